package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * Who gives the data: {@code provider.type} (required) and {@code provider.participant} (three-valued, unknown when
 * absent). For {@code ZVH} the participation is not read: the house's own bureau always participates.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableProvider.class)
@JsonDeserialize(as = ImmutableProvider.class)
public interface Provider {
    /** @return the provider's partner type ({@code ZVH} for the house's own bureau); required */
    @NotNull
    PartnerType type();

    /** @return party to the covenant or deelnemer of the house on {@code asOf}; UNKNOWN when absent */
    @Value.Default
    default Tri participant() {
        return Tri.UNKNOWN;
    }

    /**
     * @param type the partner type; never null
     * @param participant the participation; never null (UNKNOWN when not known)
     * @return the provider
     */
    static Provider of(PartnerType type, Tri participant) {
        return builder().type(type).participant(participant).build();
    }

    /** @return a new builder */
    static ImmutableProvider.Builder builder() {
        return ImmutableProvider.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Provider")
                .require(participant() != null, "participant", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .throwIfAny();
    }
}
