package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.Facts;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RefusalRule;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The case lifecycle (casework.md, decision {@code transition}): may this case take this step now?
 *
 * <p>Two rules are evaluated: {@code CASE-TRANSITION} (the pair of status and event is in the table) and the rule that
 * belongs to the event asked for ({@code CASE-REFERRER}, {@code CASE-ADMIT-CRITERIA}, {@code CASE-DECLINE-ADVICE} or
 * {@code CASE-CLOSE-REASON}), even when {@code CASE-TRANSITION} refuses, so that every reason is listed. A rule of
 * another event is not evaluated. Each is a fail-closed {@link RefusalRule}: it refuses when its condition is TRUE or
 * UNKNOWN, and names the missing facts exactly as sharing.md defines them.
 *
 * <p>This class is stateless and thread-safe: {@link #transition} is a pure function.
 */
public final class Lifecycle {
    private Lifecycle() {}

    /**
     * Decides whether the case may take the step asked for.
     *
     * @param facts the facts, valid (the builder and the JSON reader refuse a missing status, event or step
     *     parameter); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static TransitionDecision transition(TransitionFacts facts, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        FrameworkDates.requireInFramework(asOf, "TransitionFacts");
        Facts known = LifecycleRules.factsOf(facts);
        List<RuleResult> results = new ArrayList<>();
        for (RefusalRule rule : List.of(LifecycleRules.CASE_TRANSITION, LifecycleRules.ruleOf(facts.event()))) {
            RuleResult r = rule.evaluate(known);
            List<String> named = r.missing().stream().filter(LifecycleRules.MISSING_NAMES::contains).toList();
            results.add(RuleResult.of(r.ruleId(), r.value(), named, r.citations()));
        }
        List<String> refusedBy = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        Set<Citation> citations = new LinkedHashSet<>();
        for (RuleResult r : results) {
            citations.addAll(r.citations());
            if (r.value() != Tri.FALSE) {
                refusedBy.add(r.ruleId());
                missing.addAll(r.missing());
            }
        }
        boolean allowed = refusedBy.isEmpty();
        ImmutableTransitionDecision.Builder d = TransitionDecision.builder()
                .status(facts.status())
                .event(facts.event())
                .allowed(allowed)
                .refusedBy(refusedBy)
                .missing(missing)
                .rules(results)
                .citations(citations)
                .asOf(asOf);
        if (facts.event() == Event.CLOSE) {
            d.closeReason(facts.closeReason());
        }
        if (allowed) {
            CaseStatus to = facts.event().to();
            d.to(to);
            if (facts.event() == Event.ADMIT) {
                d.admittedUnder(facts.intakeRegime());
            }
            if (facts.event() == Event.CLOSE && facts.closeReason().orElseThrow() == CloseReason.CRITERIA_NO_LONGER_MET) {
                d.advisoryRole(Venue.ZVH);
            }
        }
        return d.build();
    }
}
