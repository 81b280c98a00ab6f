package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the request knows about the case (JSON {@code case}): {@code status}, {@code taskCategory},
 * {@code admittedUnder}, {@code covenantInForce}, and the retention facts {@code closedOn} and
 * {@code retentionExtensions} (an SDK addition for rule {@code SHARE-RETENTION}). Every fact may be unknown (absent).
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
     * @return the date the case was closed, when retention is to be checked ({@code SHARE-RETENTION}); empty when
     *     not given (then retention is not evaluated)
     */
    Optional<LocalDate> closedOn();

    /** @return every recorded extension of the retention term, ISO-8601 periods; each positive; read with {@link #closedOn()} */
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
        v.throwIfAny();
    }
}
