package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.immutables.value.Value;

/**
 * The retention terms of the house (sharing.md, {@code RETENTION}): the base term that runs from a case's closing
 * date. The terms are [open] in the sources and must be configured, never guessed: the reference profile has none.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRetentionTerms.class)
@JsonDeserialize(as = ImmutableRetentionTerms.class)
public interface RetentionTerms {
    /** @return the base term after the closing date, an ISO-8601 period such as {@code P5Y}; required, positive */
    @NotNull
    Period baseTerm();

    /** @return where the term comes from; required */
    @NotNull
    Provenance provenance();

    /** @return a new builder */
    static ImmutableRetentionTerms.Builder builder() {
        return ImmutableRetentionTerms.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Period t = baseTerm();
        Violations.of(this, "RetentionTerms")
                .require(t == null || (!t.isNegative() && !t.isZero() && t.getYears() >= 0 && t.getMonths() >= 0
                        && t.getDays() >= 0), "baseTerm", "RETENTION", "must be a positive period without negative parts")
                .throwIfAny();
    }
}
