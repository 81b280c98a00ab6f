package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.Fact;
import io.github.zvhsdk.model.rule.Facts;
import io.github.zvhsdk.model.rule.RefusalRule;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CASE-* rules of casework.md as {@link RefusalRule}s over named {@link Fact}s: the shared fail-closed evaluator
 * that sharing uses too. Each rule refuses when its condition is TRUE or UNKNOWN.
 */
final class LifecycleRules {
    static final Fact<CaseStatus> STATUS = Fact.ofEnum("status", CaseStatus.class);
    static final Fact<Event> EVENT = Fact.ofEnum("event", Event.class);
    static final Fact<PartnerType> REFERRER_TYPE = Fact.ofEnum("referrer.type", PartnerType.class);
    static final Fact<Tri> REFERRER_PARTICIPANT = Fact.tri("referrer.participant");
    static final Fact<Tri> INTAKE_OUTCOME = Fact.tri("intakeOutcome");
    static final Fact<Tri> ADVICE_TO_REFERRER = Fact.tri("adviceToReferrer");
    static final Fact<CloseReason> CLOSE_REASON = Fact.ofEnum("closeReason", CloseReason.class);
    static final Fact<Tri> PLAN_EVALUATED = Fact.tri("planEvaluated");
    static final Fact<Tri> LOCAL_TAKEOVER = Fact.tri("localTakeover");
    static final Fact<IntakeRegime> INTAKE_REGIME = Fact.ofEnum("intakeRegime", IntakeRegime.class);
    static final Fact<Tri> TOP_X_CRITERIA_MET = Fact.tri("topX.criteriaMet");
    static final Fact<Tri> TOP_X_CRITERIA_PUBLISHED = Fact.tri("topX.criteriaPublished");
    static final Fact<Tri> HAND_OVER_ACCEPTED = Fact.tri("handOverAccepted");
    /** Derived from {@code asOf} and the configured WGS date, so never unknown: {@code asOf} is on or after that date. */
    static final Fact<Tri> WGS_IN_FORCE = Fact.tri("asOf.wgsInForce");
    /** Derived from {@code asOf}, so never unknown: {@code asOf} is on or after {@link Lifecycle#HAND_OVER_DATE}. */
    static final Fact<Tri> HAND_OVER_IN_FORCE = Fact.tri("asOf.handOverInForce");

    /**
     * The fact names casework.md defines {@code missing} over. The other facts a rule reads are required
     * ({@code status}, {@code event}, {@code closeReason}, {@code intakeRegime} where a rule reads it), derived from
     * {@code asOf} (never unknown) or, for {@code referrer.type}, not a missing-fact name of the spec: they take part
     * in the completions but are never named.
     */
    static final Set<String> MISSING_NAMES = Set.of(REFERRER_PARTICIPANT.name(), INTAKE_OUTCOME.name(),
            ADVICE_TO_REFERRER.name(), PLAN_EVALUATED.name(), LOCAL_TAKEOVER.name(), TOP_X_CRITERIA_MET.name(),
            TOP_X_CRITERIA_PUBLISHED.name(), HAND_OVER_ACCEPTED.name());

    /** CASE-TRANSITION (model.md, forward-only status): the pair of status and event is not in the table. */
    static final RefusalRule CASE_TRANSITION = RefusalRule.of("CASE-TRANSITION", List.of(STATUS, EVENT),
            LifecycleRules::notInTable, List.of(Citation.of(SourceId.MODEL, "case status (forward only)")));

    /** CASE-REFERRER (SRC-LK2013 §4.3): the referrer is not a participant; ZVH always is. */
    static final RefusalRule CASE_REFERRER = RefusalRule.of("CASE-REFERRER", List.of(REFERRER_TYPE, REFERRER_PARTICIPANT),
            f -> f.is(REFERRER_TYPE, PartnerType.ZVH).or(f.tri(REFERRER_PARTICIPANT)).not(),
            List.of(Citation.of(SourceId.LK2013, "§4.3")));

    /** CASE-ADMIT-CRITERIA (SRC-LK2013 §4.3; SRC-WVV2024 §6): {@code intakeOutcome} is not TRUE. */
    static final RefusalRule CASE_ADMIT_CRITERIA = RefusalRule.of("CASE-ADMIT-CRITERIA", List.of(INTAKE_OUTCOME),
            f -> f.tri(INTAKE_OUTCOME).not(),
            List.of(Citation.of(SourceId.LK2013, "§4.3"), Citation.of(SourceId.WVV2024, "§6")));

    /** CASE-DECLINE-ADVICE (SRC-BZO2020 §3a): {@code adviceToReferrer} is not TRUE. */
    static final RefusalRule CASE_DECLINE_ADVICE = RefusalRule.of("CASE-DECLINE-ADVICE", List.of(ADVICE_TO_REFERRER),
            f -> f.tri(ADVICE_TO_REFERRER).not(), List.of(Citation.of(SourceId.BZO2020, "§3a")));

    /**
     * CASE-CLOSE-REASON (SRC-WVV2024 §5.2): {@code GOALS_REACHED} and {@code planEvaluated} is not TRUE; or
     * {@code CRITERIA_NO_LONGER_MET} and not ({@code intakeOutcome} is FALSE and {@code localTakeover} is TRUE);
     * {@code OTHER} closes without a check.
     */
    static final RefusalRule CASE_CLOSE_REASON = RefusalRule.of("CASE-CLOSE-REASON",
            List.of(CLOSE_REASON, PLAN_EVALUATED, INTAKE_OUTCOME, LOCAL_TAKEOVER), LifecycleRules::closeRefused,
            List.of(Citation.of(SourceId.WVV2024, "§5.2")));

    /**
     * CASE-TOPX (SRC-WGS art. 2.32 lid 1 and 3; SRC-BGS art. 2.22; rev. 2): {@code asOf} is before the WGS date, or
     * {@code intakeRegime} is not {@code WGS2025}, or not all of {@code intakeOutcome}, {@code topX.criteriaMet} and
     * {@code topX.criteriaPublished} are TRUE.
     */
    static final RefusalRule CASE_TOPX = RefusalRule.of("CASE-TOPX",
            List.of(WGS_IN_FORCE, INTAKE_REGIME, INTAKE_OUTCOME, TOP_X_CRITERIA_MET, TOP_X_CRITERIA_PUBLISHED),
            f -> f.tri(WGS_IN_FORCE).not()
                    .or(f.is(INTAKE_REGIME, IntakeRegime.WGS2025).not())
                    .or(f.tri(INTAKE_OUTCOME).and(f.tri(TOP_X_CRITERIA_MET)).and(f.tri(TOP_X_CRITERIA_PUBLISHED)).not()),
            List.of(Citation.of(SourceId.WGS, "art. 2.32 lid 1, 3"), Citation.of(SourceId.BGS, "art. 2.22")));

    /**
     * CASE-HANDOVER (SRC-WGS art. 2.31 lid 13; rev. 2): {@code asOf} is before 2025-07-01 (a fixed date, not moved by
     * the configured WGS date), or {@code handOverAccepted} is not TRUE.
     */
    static final RefusalRule CASE_HANDOVER = RefusalRule.of("CASE-HANDOVER", List.of(HAND_OVER_IN_FORCE, HAND_OVER_ACCEPTED),
            f -> f.tri(HAND_OVER_IN_FORCE).not().or(f.tri(HAND_OVER_ACCEPTED).not()),
            List.of(Citation.of(SourceId.WGS, "art. 2.31 lid 13")));

    private LifecycleRules() {}

    private static Tri notInTable(Facts f) {
        Optional<CaseStatus> status = f.get(STATUS);
        Optional<Event> event = f.get(EVENT);
        if (status.isEmpty() || event.isEmpty()) {
            return Tri.UNKNOWN;
        }
        return Tri.of(!event.get().isStepFrom(status.get()));
    }

    private static Tri closeRefused(Facts f) {
        Tri goals = f.is(CLOSE_REASON, CloseReason.GOALS_REACHED).and(f.tri(PLAN_EVALUATED).not());
        Tri handedOver = f.tri(INTAKE_OUTCOME).not().and(f.tri(LOCAL_TAKEOVER));
        Tri criteria = f.is(CLOSE_REASON, CloseReason.CRITERIA_NO_LONGER_MET).and(handedOver.not());
        return goals.or(criteria);
    }

    /**
     * @param event the event asked for
     * @return the rule that belongs to that event (the only one evaluated besides CASE-TRANSITION)
     */
    static RefusalRule ruleOf(Event event) {
        return switch (event) {
            case START_SCREENING -> CASE_REFERRER;
            case ADMIT -> CASE_ADMIT_CRITERIA;
            case DECLINE -> CASE_DECLINE_ADVICE;
            case CLOSE -> CASE_CLOSE_REASON;
            case PLACE_ON_TOP_X -> CASE_TOPX;
            case HAND_OVER -> CASE_HANDOVER;
        };
    }

    /**
     * @param t the facts
     * @param asOf the reference date
     * @param wgsDate the configured WGS date
     * @return the facts as the rules read them, with the two facts derived from {@code asOf}
     */
    static Facts factsOf(TransitionFacts t, LocalDate asOf, LocalDate wgsDate) {
        return Facts.builder()
                .with(STATUS, t.status())
                .with(EVENT, t.event())
                .with(REFERRER_TYPE, t.referrer().type().orElse(null))
                .with(REFERRER_PARTICIPANT, t.referrer().participant())
                .with(INTAKE_OUTCOME, t.intakeOutcome())
                .with(ADVICE_TO_REFERRER, t.adviceToReferrer())
                .with(CLOSE_REASON, t.closeReason().orElse(null))
                .with(PLAN_EVALUATED, t.planEvaluated())
                .with(LOCAL_TAKEOVER, t.localTakeover())
                .with(INTAKE_REGIME, t.intakeRegime().orElse(null))
                .with(TOP_X_CRITERIA_MET, t.topX().criteriaMet())
                .with(TOP_X_CRITERIA_PUBLISHED, t.topX().criteriaPublished())
                .with(HAND_OVER_ACCEPTED, t.handOverAccepted())
                .with(WGS_IN_FORCE, Tri.of(!asOf.isBefore(wgsDate)))
                .with(HAND_OVER_IN_FORCE, Tri.of(!asOf.isBefore(Lifecycle.HAND_OVER_DATE)))
                .build();
    }
}
