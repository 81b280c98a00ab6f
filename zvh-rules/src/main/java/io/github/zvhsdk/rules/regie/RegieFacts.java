package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of a regie question (regie.md, "Regie facts"). Regie reads definite facts only: {@code phase} (1–4),
 * {@code venue} and {@code caseKind} are required; an absent set is empty, an absent {@code minor} is false, an
 * absent {@code lifeDomains} entry counts as no problem, and {@code identifiedSubject} defaults to true.
 *
 * <p>Refused when built (an {@link io.github.zvhsdk.model.InvalidInputException} naming each field): a missing
 * required fact, a phase outside 1–4, a {@code PERSOONSGERICHT} or {@code SYSTEEMGERICHT} case without an
 * identified subject, and a youth measure ({@code CHILD_PROTECTION}, {@code YOUTH_PROBATION}) on a person who is not
 * a minor ({@code subject.measures} or {@code household[i].measures}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieFacts.class)
@JsonDeserialize(as = ImmutableRegieFacts.class)
public interface RegieFacts {
    /** The rule id under which a youth measure on an adult is refused. */
    String YOUTH_MEASURE_RULE = "REGIE-YOUTH-MEASURE";
    /** The rule id under which a person or system case without an identified subject is refused. */
    String SUBJECT_RULE = "REGIE-SUBJECT";

    /** @return the AVE phase, 1–4, from a definite escalation decision; required */
    @NotNull
    Integer phase();

    /** @return where the case is handled; required */
    @NotNull
    Venue venue();

    /** @return the kind of case; required */
    @NotNull
    CaseKind caseKind();

    /** @return whether the case names a person; true when not given */
    @Value.Default
    default Boolean identifiedSubject() {
        return true;
    }

    /** @return the case's themes; empty when none */
    Set<Theme> themes();

    /** @return the partners involved besides {@code GEMEENTE}, which is always involved; empty when none */
    Set<PartnerType> involvedPartners();

    /** @return the subject; a minor-less, measure-less subject when not given */
    @Value.Default
    default RegieSubject subject() {
        return RegieSubject.builder().build();
    }

    /** @return the leefgebied assessment, for the centre of gravity; an absent entry counts as no problem */
    @Value.Default
    default LifeDomainAssessment lifeDomains() {
        return LifeDomainAssessment.unknown();
    }

    /** @return the household members, in input order; empty when none */
    List<HouseholdMember> household();

    /** @return a new builder */
    static ImmutableRegieFacts.Builder builder() {
        return ImmutableRegieFacts.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "RegieFacts");
        if (phase() != null) {
            v.require(phase() >= 1 && phase() <= 4, "phase", "AVE-PHASE",
                    "value " + phase() + " is not an AVE phase (1 to 4)");
        }
        if (caseKind() != null) {
            boolean needsSubject = caseKind() == CaseKind.PERSOONSGERICHT || caseKind() == CaseKind.SYSTEEMGERICHT;
            v.require(!needsSubject || identifiedSubject(), "identifiedSubject", SUBJECT_RULE,
                    "a " + caseKind().name() + " case needs an identified subject");
        }
        youth(v, "subject.measures", subject().minor(), subject().measures());
        for (int i = 0; i < household().size(); i++) {
            HouseholdMember m = household().get(i);
            youth(v, "household[" + i + "].measures", m.minor(), m.measures());
        }
        v.throwIfAny();
    }

    private static void youth(Violations v, String field, boolean minor, Set<Measure> measures) {
        for (Measure m : measures) {
            v.require(minor || !m.isYouthMeasure(), field, YOUTH_MEASURE_RULE,
                    m.name() + " is a youth measure, but this person is not a minor (minor is false or absent)");
        }
    }
}
