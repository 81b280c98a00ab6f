package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of the plan check (casework.md, "Plan facts"), named as in the spec and readable from JSON with those
 * names. All plan facts are definite.
 *
 * <p>Required: {@link #caseKind()}, {@link #casusregie()} (one or two holders), {@link #plan()} with its date and
 * interventions. An absent set is empty, {@link #householdSize()} is 0 and {@link #lifeDomains()} leaves every
 * leefgebied {@code UNKNOWN} by default. Building facts that break this throws
 * {@link io.github.zvhsdk.model.InvalidInputException} with every violation.
 *
 * <p>An embedder that has the regie decision builds these facts with {@link #fromRegie}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePlanFacts.class)
@JsonDeserialize(as = ImmutablePlanFacts.class)
public interface PlanFacts {
    /** @return the kind of case; required */
    @NotNull
    CaseKind caseKind();

    /** @return the current leefgebied assessment; every leefgebied {@code UNKNOWN} by default */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default LifeDomainAssessment lifeDomains() {
        return LifeDomainAssessment.unknown();
    }

    /** @return the partners involved in the case; {@code GEMEENTE} always is, whether listed or not */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<PartnerType> involvedPartners();

    /**
     * @return the casusregie holders decided by regie.md; one or two, required, never {@code ZVH} (the house holds
     *     procesregie, never casusregie: rule {@code PLAN-CASUSREGIE-ZVH}, rev. 2)
     */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<PartnerType> casusregie();

    /** @return the holders of the retained statutory roles decided by regie.md; empty by default */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<PartnerType> retainedHolders();

    /**
     * @return the number of household members in the case, ≥ 0; 0 when absent or JSON {@code null}
     *     (conformance/FORMAT.md: a null fact that has a default takes its default)
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default int householdSize() {
        return 0;
    }

    /** @return the plan of approach; required */
    @NotNull
    PlanOfApproach plan();

    /** @return a new builder */
    static ImmutablePlanFacts.Builder builder() {
        return ImmutablePlanFacts.builder();
    }

    /**
     * Starts the plan check's facts from what the regie decision (regie.md) decided and the current assessment; the
     * caller adds the case kind, the involved partners, the household size and the plan.
     *
     * @param casusregie the casusregie holders, one or two; never null
     * @param retainedHolders the holders of the retained statutory roles; never null, may be empty
     * @param lifeDomains the current leefgebied assessment; never null
     * @return a builder with those three facts set
     * @throws NullPointerException when an argument is null
     */
    static ImmutablePlanFacts.Builder fromRegie(Set<PartnerType> casusregie, Set<PartnerType> retainedHolders,
            LifeDomainAssessment lifeDomains) {
        Objects.requireNonNull(casusregie, "casusregie");
        Objects.requireNonNull(retainedHolders, "retainedHolders");
        Objects.requireNonNull(lifeDomains, "lifeDomains");
        return builder().casusregie(casusregie).retainedHolders(retainedHolders).lifeDomains(lifeDomains);
    }

    /**
     * The plan check's inputs straight from a regie decision and the facts it was made on, so that an embedder copies
     * no field by hand: {@code caseKind}, {@code involvedPartners}, the leefgebied assessment, {@code householdSize}
     * (the size of the household the regie facts list, whatever the case kind: a person-oriented plan may address the
     * household too, rev. 2; review.md), the casusregie holders and the holders of the retained statutory roles. The
     * caller adds the plan itself.
     *
     * @param regie the regie decision; never null
     * @param facts the facts that decision was made on; never null
     * @return a builder with every field but {@code plan} set
     */
    static ImmutablePlanFacts.Builder fromRegie(io.github.zvhsdk.rules.regie.RegieDecision regie,
            io.github.zvhsdk.rules.regie.RegieFacts facts) {
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(facts, "facts");
        java.util.Set<PartnerType> retained = new java.util.TreeSet<>();
        regie.retainedStatutoryRoles().forEach(r -> retained.add(r.holder()));
        return fromRegie(regie.casusregie(), retained, facts.lifeDomains())
                .caseKind(facts.caseKind())
                .involvedPartners(facts.involvedPartners())
                .householdSize(facts.household().size());
    }

    /**
     * Checks every constraint at once.
     *
     * @throws io.github.zvhsdk.model.InvalidInputException with every violation: {@code MODEL-CASUSREGIE} (not one or
     *     two holders), {@code PLAN-CASUSREGIE-ZVH} (a holder is {@code ZVH}), {@code MODEL-HOUSEHOLD-SIZE}, and the
     *     Bean Validation constraints
     */
    @Value.Check
    default void check() {
        Violations.of(this, "PlanFacts")
                .requireNonNull(lifeDomains(), "lifeDomains")
                .require(!casusregie().isEmpty() && casusregie().size() <= 2, "casusregie", "MODEL-CASUSREGIE",
                        "is a set of one or two partner types (regie.md); got " + casusregie().size())
                .require(!casusregie().contains(PartnerType.ZVH), "casusregie", "PLAN-CASUSREGIE-ZVH",
                        "names ZVH: the house holds procesregie, never casusregie (SRC-LK2013 §4.2, §5.5)")
                .require(householdSize() >= 0, "householdSize", "MODEL-HOUSEHOLD-SIZE", "must be 0 or more")
                .throwIfAny();
    }
}
