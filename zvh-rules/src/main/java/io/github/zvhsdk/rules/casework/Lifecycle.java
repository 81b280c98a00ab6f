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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The case lifecycle (casework.md, decision {@code transition}): may this case take this step now?
 *
 * <p>Two rules are evaluated: {@code CASE-TRANSITION} (the pair of status and event is in the table) and the rule that
 * belongs to the event asked for ({@code CASE-REFERRER}, {@code CASE-ADMIT-CRITERIA}, {@code CASE-DECLINE-ADVICE},
 * {@code CASE-CLOSE-REASON}, {@code CASE-TOPX} or {@code CASE-HANDOVER}), even when {@code CASE-TRANSITION} refuses,
 * so that every reason is listed. A rule of another event is not evaluated. Each is a fail-closed
 * {@link RefusalRule}: it refuses when its condition is TRUE or UNKNOWN, and names the missing facts exactly as
 * sharing.md defines them.
 *
 * <p>An allowed step carries, from the configured WGS date on, what it means for the case's personal data
 * ({@link DataAction}).
 *
 * <p>This class is stateless and thread-safe: {@link #transition} is a pure function.
 */
public final class Lifecycle {
    /**
     * The first day a case can be handed over to the radicalisation case consultation: SRC-WGS art. 2.31 lid 13 is in
     * the law's versions from 2025-07-01, not in that of 2025-03-01 (statute.md). A fixed date of the statute: the
     * configured WGS date does not move it.
     */
    public static final LocalDate HAND_OVER_DATE = LocalDate.of(2025, 7, 1);

    private static final TransitionConfig DEFAULTS = TransitionConfig.defaults();

    private Lifecycle() {}

    /**
     * Decides whether the case may take the step asked for, with the reference configuration (the WGS from
     * 2025-03-01).
     *
     * @param facts the facts, valid (the builder and the JSON reader refuse a missing status, event or step
     *     parameter); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static TransitionDecision transition(TransitionFacts facts, LocalDate asOf) {
        return transition(facts, DEFAULTS, asOf);
    }

    /**
     * Decides whether the case may take the step asked for.
     *
     * @param facts the facts, valid (the builder and the JSON reader refuse a missing status, event or step
     *     parameter); never null
     * @param config the configuration: the WGS date that {@code CASE-TOPX} and the data action read; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} or {@code config} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static TransitionDecision transition(TransitionFacts facts, TransitionConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(asOf, "TransitionFacts");
        LocalDate wgsDate = config.wgsDate();
        Facts known = LifecycleRules.factsOf(facts, asOf, wgsDate);
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
                .asOf(asOf)
                .wgsDate(wgsDate);
        if (facts.event() == Event.CLOSE) {
            d.closeReason(facts.closeReason());
        }
        if (allowed) {
            CaseStatus to = facts.event().to();
            d.to(to);
            if (facts.event() == Event.ADMIT || facts.event() == Event.PLACE_ON_TOP_X) {
                d.admittedUnder(facts.intakeRegime());
            }
            if (facts.event() == Event.CLOSE && facts.closeReason().orElseThrow() == CloseReason.CRITERIA_NO_LONGER_MET) {
                d.advisoryRole(Venue.ZVH);
            }
            d.dataAction(asOf.isBefore(wgsDate) ? Optional.empty() : dataAction(facts.event()));
        }
        return d.build();
    }

    /**
     * What an allowed step means for the case's personal data under the WGS (casework.md, rev. 2).
     *
     * @param event the step; never null
     * @return {@code DELETE} for {@link Event#DECLINE}, {@code SHIELD} for {@link Event#CLOSE}, {@code STOP} for
     *     {@link Event#HAND_OVER}; empty for every other step
     */
    static Optional<DataAction> dataAction(Event event) {
        return switch (event) {
            case DECLINE -> Optional.of(DataAction.DELETE);
            case CLOSE -> Optional.of(DataAction.SHIELD);
            case HAND_OVER -> Optional.of(DataAction.STOP);
            case START_SCREENING, ADMIT, PLACE_ON_TOP_X -> Optional.empty();
        };
    }
}
