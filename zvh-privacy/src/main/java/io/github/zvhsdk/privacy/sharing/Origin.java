package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.ZvhStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the data come from (JSON {@code origin}; rev. 2): {@code holder}, the partner that holds the data at their
 * source and first provided them to the house. When the provider is not {@code ZVH} the holder is the provider itself
 * (a different value is refused by {@link SharingFacts}); when the house's bureau ({@code ZVH}) passes data on, it is
 * the partner that brought them in, or {@code ZVH} for the case's own records, and unknown when absent. The holder's
 * professional secrecy ({@code SHARE-SECRECY}) and justice-data regime ({@code SHARE-JUSTICE-ORIGIN}) travel with the
 * data.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableOrigin.class)
@JsonDeserialize(as = ImmutableOrigin.class)
public interface Origin {
    /** @return the origin holder; empty when not given */
    Optional<PartnerType> holder();

    /** @return an origin of which nothing is known */
    static Origin unknown() {
        return builder().build();
    }

    /**
     * @param holder the origin holder; never null
     * @return the origin
     * @throws NullPointerException when {@code holder} is null
     */
    static Origin of(PartnerType holder) {
        return builder().holder(Objects.requireNonNull(holder, "holder")).build();
    }

    /** @return a new builder */
    static ImmutableOrigin.Builder builder() {
        return ImmutableOrigin.builder();
    }
}
