package io.github.zvhsdk.rules.plan;

import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The plan check (casework.md, decision {@code plan}): is this integral plan of approach complete? Every PLAN-* rule
 * is checked; each that fails is a violation; the plan is valid when there is none. A plan's facts are definite, so
 * every rule is TRUE (violated) or FALSE.
 *
 * <p>This class is stateless and thread-safe: {@link #check} is a pure function.
 */
public final class PlanCheck {
    private PlanCheck() {}

    /**
     * Checks a plan of approach against every PLAN-* rule.
     *
     * @param facts the facts, valid (the builder and the JSON reader refuse bad input); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static PlanDecision check(PlanFacts facts, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        FrameworkDates.requireInFramework(asOf, "PlanFacts");
        List<String> violations = new ArrayList<>();
        List<PlanFinding> findings = new ArrayList<>();
        List<RuleResult> rules = new ArrayList<>();
        Set<Citation> all = new LinkedHashSet<>();
        Set<Citation> violated = new LinkedHashSet<>();
        for (String rule : PlanRules.ALL) {
            List<PlanFinding> found = PlanRules.evaluate(rule, facts);
            List<Citation> citations = PlanRules.citations(rule);
            rules.add(RuleResult.of(rule, Tri.of(!found.isEmpty()), List.of(), citations));
            all.addAll(citations);
            if (!found.isEmpty()) {
                violations.add(rule);
                findings.addAll(found);
                violated.addAll(citations);
            }
        }
        return PlanDecision.builder()
                .valid(violations.isEmpty())
                .violations(violations)
                .uncovered(PlanRules.uncovered(facts))
                .findings(findings)
                .rules(rules)
                .citations(violations.isEmpty() ? all : violated)
                .asOf(asOf)
                .build();
    }
}
