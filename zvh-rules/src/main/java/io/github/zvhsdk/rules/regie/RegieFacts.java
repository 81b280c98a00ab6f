package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * The facts of a regie question (regie.md, "Regie facts"). Regie reads definite facts only: {@code phase} (1–4),
 * {@code venue} and {@code caseKind} are required; an absent set is empty, an absent {@code minor} is false, an
 * absent {@code lifeDomains} entry counts as no problem, and {@code identifiedSubject} defaults to true.
 *
 * <p>Refused when built (an {@link io.github.zvhsdk.model.InvalidInputException} naming each field): a missing
 * required fact, a phase outside 1–4, a {@code PERSOONSGERICHT} or {@code SYSTEEMGERICHT} case without an
 * identified subject ({@value #SUBJECT_RULE}), {@code CHILD_PROTECTION} on a person who is not a minor
 * ({@code subject.measures} or {@code household[i].measures}, {@value #YOUTH_MEASURE_RULE}; {@code YOUTH_PROBATION}
 * is accepted at any age, rev. 2), and a household member whose relation is not one of the six household relations
 * ({@code household[i].relation}, {@value #HOUSEHOLD_RULE}, rev. 2: a friend, a neighbour or family outside the
 * household is social environment, not household). These checks hold for every case kind, also where the decision
 * does not consider the subject or the household: a fact that contradicts the model is bad input wherever it is.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieFacts.class)
@JsonDeserialize(as = ImmutableRegieFacts.class)
public interface RegieFacts {
    /** The rule id under which a measure that needs a minor ({@code CHILD_PROTECTION}) on an adult is refused. */
    String YOUTH_MEASURE_RULE = "REGIE-YOUTH-MEASURE";
    /** The rule id under which a household member whose relation is not a household relation is refused (rev. 2). */
    String HOUSEHOLD_RULE = "REGIE-HOUSEHOLD";
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

    /**
     * @return the household members, in input order; empty when none. Each has one of the six household relations
     *     ({@link io.github.zvhsdk.model.Relation#isHousehold()}; {@value RegieFacts#HOUSEHOLD_RULE})
     */
    List<HouseholdMember> household();

    /** @return a new builder */
    static ImmutableRegieFacts.Builder builder() {
        return ImmutableRegieFacts.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "RegieFacts");
        // a Java null for a fact with a default is refused, never read as its default nor left to fail later
        String leaveOut = "may not be null: leave the fact out for its default";
        v.require(identifiedSubject() != null, "identifiedSubject", "MODEL-REQUIRED", leaveOut);
        v.require(subject() != null, "subject", "MODEL-REQUIRED", leaveOut);
        v.require(lifeDomains() != null, "lifeDomains", "MODEL-REQUIRED", leaveOut);
        if (phase() != null) {
            v.require(phase() >= 1 && phase() <= 4, "phase", "AVE-PHASE",
                    "value " + phase() + " is not an AVE phase (1 to 4)");
        }
        if (caseKind() != null && identifiedSubject() != null) {
            boolean needsSubject = caseKind() == CaseKind.PERSOONSGERICHT || caseKind() == CaseKind.SYSTEEMGERICHT;
            v.require(!needsSubject || identifiedSubject(), "identifiedSubject", SUBJECT_RULE,
                    "a " + caseKind().name() + " case needs an identified subject");
        }
        if (subject() != null) {
            minorOnly(v, "subject.measures", subject().minor(), subject().measures());
        }
        for (int i = 0; i < household().size(); i++) {
            HouseholdMember m = household().get(i);
            // a member without a relation is refused by HouseholdMember itself (required)
            if (!m.relation().isHousehold()) {
                v.require(false, "household[" + i + "].relation", HOUSEHOLD_RULE, m.relation().name()
                        + " is not a household relation (" + householdRelations() + "): a person of the social"
                        + " environment is no household member");
            }
            minorOnly(v, "household[" + i + "].measures", m.minor(), m.measures());
        }
        v.throwIfAny();
    }

    private static String householdRelations() {
        StringJoiner names = new StringJoiner(", ");
        for (Relation r : Relation.values()) {
            if (r.isHousehold()) {
                names.add(r.name());
            }
        }
        return names.toString();
    }

    private static void minorOnly(Violations v, String field, boolean minor, Set<Measure> measures) {
        for (Measure m : measures) {
            v.require(minor || !m.requiresMinor(), field, YOUTH_MEASURE_RULE,
                    m.name() + " ends at 18, but this person is not a minor (minor is false or absent)");
        }
    }
}
