package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * A covenant and privacy protocol of the house in force on a range of dates (SRC-MJA2124 §3.3.1; SRC-HANDVAT2019).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableCovenant.class)
@JsonDeserialize(as = ImmutableCovenant.class)
public interface Covenant {
    /** @return the dates on which the covenant is in force, {@code [start, end)}; required */
    @NotNull
    Validity validity();

    /** @return where the entry comes from; required */
    @NotNull
    Provenance provenance();

    /** @return a new builder */
    static ImmutableCovenant.Builder builder() {
        return ImmutableCovenant.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Covenant").throwIfAny();
    }
}
