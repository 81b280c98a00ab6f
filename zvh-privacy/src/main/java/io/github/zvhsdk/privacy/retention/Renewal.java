package io.github.zvhsdk.privacy.retention;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A renewal of the WGS retention (JSON {@code case.renewals[]}, sharing.md "Retention"; SRC-WGS art. 1.8 lid 7, second
 * sentence; SRC-BGS art. 1.16 lid 2–3): on the date {@link #on()} the participants made the case's data available for
 * renewed processing, for at most two years from that date, on the ground {@link #ground()}, with the consent of the
 * participant that provided the data ({@link #originConsent()}). Whether it is applied is decided by
 * {@link Retention#wgs}: a renewal that does not hold is listed as not applied, never silently dropped.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRenewal.class)
@JsonDeserialize(as = ImmutableRenewal.class)
public interface Renewal {
    /** @return the date the data were made available for renewed processing; required */
    @NotNull
    LocalDate on();

    /** @return the ground of the renewal; required */
    @NotNull
    RenewalGround ground();

    /**
     * @return the participant that provided the data agrees to the renewal; UNKNOWN when absent (then the renewal is
     *     not applied: only TRUE serves)
     */
    @Value.Default
    default Tri originConsent() {
        return Tri.UNKNOWN;
    }

    /**
     * @param on the date of the renewal; never null
     * @param ground the ground; never null
     * @param originConsent the origin's consent; never null (UNKNOWN when not known)
     * @return the renewal
     * @throws io.github.zvhsdk.model.InvalidInputException when an argument is null (MODEL-REQUIRED)
     */
    static Renewal of(LocalDate on, RenewalGround ground, Tri originConsent) {
        return builder().on(on).ground(ground).originConsent(originConsent).build();
    }

    /** @return a new builder */
    static ImmutableRenewal.Builder builder() {
        return ImmutableRenewal.builder();
    }

    /** Checks every constraint at once: {@code on} and {@code ground} are required (MODEL-REQUIRED). */
    @Value.Check
    default void check() {
        Violations.of(this, "Renewal")
                .require(originConsent() != null, "originConsent", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .throwIfAny();
    }
}
