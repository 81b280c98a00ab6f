package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.retention.Renewal;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the request knows about the case (JSON {@code case}): {@code status}, {@code taskCategory},
 * {@code admittedUnder}, {@code covenantInForce}, and the retention facts of rule {@code SHARE-RETENTION}
 * (sharing.md, "Retention", rev. 2): {@code firstProcessedOn}, {@code closedOn}, {@code declinedOn} and
 * {@code renewals} (WGS), and {@code retentionExtensions} (the covenant's extensions, an SDK addition). Every fact may be
 * unknown (absent). A date after {@code asOf} is refused by the sharing check (it cannot know {@code asOf} here).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableCaseFacts.class)
@JsonDeserialize(as = ImmutableCaseFacts.class)
public interface CaseFacts {
    /** @return the case status; empty when unknown */
    Optional<CaseStatus> status();

    /** @return the task category; empty when unknown */
    Optional<TaskCategory> taskCategory();

    /** @return the intake regime the case was admitted under (read only for an ADMITTED case); empty when unknown */
    Optional<IntakeRegime> admittedUnder();

    /** @return the house's covenant and privacy protocol are in force (COVENANT regime); UNKNOWN when absent */
    @Value.Default
    default Tri covenantInForce() {
        return Tri.UNKNOWN;
    }

    /**
     * @return the date the house first processed data of this case (rev. 2): the WGS retention runs five years from it,
     *     and it decides whether the WGS retention applies at all (first processed on or after the WGS date, a
     *     basistaak); empty when not given (then the WGS retention is not checked)
     */
    Optional<LocalDate> firstProcessedOn();

    /**
     * @return the date the case was closed; empty when not given: the case is not closed (rev. 2). Read for the
     *     covenant's retention (with the configured terms) and for the WGS renewals' grounds. Only for a {@code CLOSED}
     *     case (or one whose status is unknown)
     */
    Optional<LocalDate> closedOn();

    /**
     * @return the date the case was declined, not taken into treatment (rev. 2): the WGS retention ends on it at the
     *     latest (SRC-BGS art. 1.16 lid 1 b); empty when not given. Only for a {@code DECLINED} case (or one whose status
     *     is unknown)
     */
    Optional<LocalDate> declinedOn();

    /**
     * @return the renewals of the WGS retention (rev. 2; SRC-BGS art. 1.16 lid 2–3), in any order; each needs
     *     {@code on} and {@code ground}
     */
    @Size(max = 100)
    List<Renewal> renewals();

    /**
     * @return every recorded extension of the covenant's retention term, ISO-8601 periods; each positive; read with
     *     {@link #closedOn()} under the covenant's retention only (the WGS knows renewals, not extensions)
     */
    @Size(max = 100)
    List<Period> retentionExtensions();

    /** @return case facts of which nothing is known */
    static CaseFacts unknown() {
        return builder().build();
    }

    /** @return a new builder */
    static ImmutableCaseFacts.Builder builder() {
        return ImmutableCaseFacts.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "CaseFacts");
        v.require(covenantInForce() != null, "covenantInForce", "MODEL-REQUIRED",
                "must not be null: leave it out (or give UNKNOWN) when it is not known");
        for (int i = 0; i < retentionExtensions().size(); i++) {
            Period p = retentionExtensions().get(i);
            v.require(!p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0,
                    "retentionExtensions[" + i + "]", "RETENTION", "must be a positive period without negative parts");
        }
        v.require(retentionExtensions().isEmpty() || closedOn().isPresent(), "retentionExtensions", "RETENTION",
                "extensions are read only with closedOn");
        v.require(closedOn().isEmpty() || status().isEmpty() || status().get() == CaseStatus.CLOSED, "closedOn",
                "RETENTION", "a closing date is given but the case status is not CLOSED");
        v.require(declinedOn().isEmpty() || status().isEmpty() || status().get() == CaseStatus.DECLINED, "declinedOn",
                "RETENTION", "a date of declining is given but the case status is not DECLINED");
        v.require(closedOn().isEmpty() || declinedOn().isEmpty(), "declinedOn", "RETENTION",
                "a case is closed or declined, not both: DECLINED and CLOSED are both final");
        v.throwIfAny();
    }
}
