package io.github.zvhsdk.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of casework.md (1–3) over the lifecycle's whole input space, enumerated exhaustively: every status ×
 * event × referrer kind (unknown, ZVH, another partner) × tri-state of the referrer's participation, the intake
 * outcome, the advice, the plan evaluation and the local takeover × intake regime (absent or each) × close reason
 * (absent or each). 174,960 inputs.
 */
@DisplayName("The case lifecycle, over every input")
class LifecyclePropertiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Tri[] TRI = Tri.values();
    /** The referrer kind classes: unknown type, the house's bureau, a partner that is not the bureau. */
    private static final PartnerType[] REFERRER_KINDS = {null, PartnerType.ZVH, PartnerType.POLITIE};
    private static final IntakeRegime[] REGIMES = {null, IntakeRegime.LK2013, IntakeRegime.WGS2025};
    private static final CloseReason[] CLOSE_REASONS = {null, CloseReason.GOALS_REACHED,
            CloseReason.CRITERIA_NO_LONGER_MET, CloseReason.OTHER};

    /** One input of the lifecycle; null = absent (unknown, or a missing required parameter). */
    record Input(CaseStatus status, Event event, PartnerType referrerType, Tri participant, Tri intakeOutcome,
            IntakeRegime regime, Tri advice, CloseReason closeReason, Tri planEvaluated, Tri localTakeover) {
        TransitionFacts facts() {
            ImmutableReferrer.Builder r = Referrer.builder().participant(participant);
            if (referrerType != null) {
                r.type(referrerType);
            }
            ImmutableTransitionFacts.Builder b = TransitionFacts.builder().status(status).event(event).referrer(r.build())
                    .intakeOutcome(intakeOutcome).adviceToReferrer(advice).planEvaluated(planEvaluated)
                    .localTakeover(localTakeover);
            if (regime != null) {
                b.intakeRegime(regime);
            }
            if (closeReason != null) {
                b.closeReason(closeReason);
            }
            return b.build();
        }

        /** @return the facts other than the required ones, each made unknown (or left out) where it is known */
        List<Input> eachFactMadeUnknown() {
            List<Input> r = new ArrayList<>();
            if (referrerType != null) {
                r.add(new Input(status, event, null, participant, intakeOutcome, regime, advice, closeReason, planEvaluated, localTakeover));
            }
            if (participant != Tri.UNKNOWN) {
                r.add(new Input(status, event, referrerType, Tri.UNKNOWN, intakeOutcome, regime, advice, closeReason, planEvaluated, localTakeover));
            }
            if (intakeOutcome != Tri.UNKNOWN) {
                r.add(new Input(status, event, referrerType, participant, Tri.UNKNOWN, regime, advice, closeReason, planEvaluated, localTakeover));
            }
            if (regime != null && event != Event.ADMIT) {
                r.add(new Input(status, event, referrerType, participant, intakeOutcome, null, advice, closeReason, planEvaluated, localTakeover));
            }
            if (advice != Tri.UNKNOWN) {
                r.add(new Input(status, event, referrerType, participant, intakeOutcome, regime, Tri.UNKNOWN, closeReason, planEvaluated, localTakeover));
            }
            if (closeReason != null && event != Event.CLOSE) {
                r.add(new Input(status, event, referrerType, participant, intakeOutcome, regime, advice, null, planEvaluated, localTakeover));
            }
            if (planEvaluated != Tri.UNKNOWN) {
                r.add(new Input(status, event, referrerType, participant, intakeOutcome, regime, advice, closeReason, Tri.UNKNOWN, localTakeover));
            }
            if (localTakeover != Tri.UNKNOWN) {
                r.add(new Input(status, event, referrerType, participant, intakeOutcome, regime, advice, closeReason, planEvaluated, Tri.UNKNOWN));
            }
            return r;
        }
    }

    /** The decision for each input, or empty when the input is refused as bad input. */
    private static final Map<Input, Optional<TransitionDecision>> ALL = new HashMap<>();

    @BeforeAll
    static void enumerate() {
        for (CaseStatus s : CaseStatus.values()) {
            for (Event e : Event.values()) {
                for (PartnerType rt : REFERRER_KINDS) {
                    for (Tri p : TRI) {
                        for (Tri io : TRI) {
                            for (IntakeRegime reg : REGIMES) {
                                for (Tri adv : TRI) {
                                    for (CloseReason cr : CLOSE_REASONS) {
                                        for (Tri pe : TRI) {
                                            for (Tri lt : TRI) {
                                                Input in = new Input(s, e, rt, p, io, reg, adv, cr, pe, lt);
                                                ALL.put(in, decide(in));
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static Optional<TransitionDecision> decide(Input in) {
        TransitionFacts facts;
        try {
            facts = in.facts();
        } catch (InvalidInputException x) {
            return Optional.empty();
        }
        return Optional.of(Lifecycle.transition(facts, AS_OF));
    }

    @Test
    @DisplayName("the whole input space is enumerated")
    void inputSpace_isComplete() {
        assertThat(ALL).hasSize(5 * 4 * 3 * 3 * 3 * 3 * 3 * 4 * 3 * 3);
        assertThat(ALL.values().stream().filter(Optional::isPresent).map(o -> o.get().allowed()).distinct())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    @DisplayName("bad input exactly when ADMIT lacks intakeRegime or CLOSE lacks closeReason, naming the field")
    void requiredStepParameters_missingIsBadInput() {
        ALL.forEach((in, d) -> {
            boolean bad = in.event() == Event.ADMIT && in.regime() == null
                    || in.event() == Event.CLOSE && in.closeReason() == null;
            assertThat(d.isEmpty()).as("%s", in).isEqualTo(bad);
            if (bad) {
                try {
                    in.facts();
                    fail("accepted %s", in);
                } catch (InvalidInputException x) {
                    assertThat(x.violations()).extracting(v -> v.field())
                            .containsExactly(in.event() == Event.ADMIT ? "intakeRegime" : "closeReason");
                }
            }
        });
    }

    @Test
    @DisplayName("every decision matches an independent reading of the spec's tables (rules, refusals, missing facts)")
    void everyInput_matchesTheSpec() {
        ALL.forEach((in, od) -> od.ifPresent(d -> {
            Expected x = expected(in);
            assertThat(d.rules()).extracting(RuleResult::ruleId).as("%s", in)
                    .containsExactly("CASE-TRANSITION", LifecycleRules.ruleOf(in.event()).ruleId());
            assertThat(d.rules().get(1).value()).as("value %s", in).isEqualTo(x.eventRule);
            assertThat(d.refusedBy()).as("refusedBy %s", in).isEqualTo(x.refusedBy);
            assertThat(d.missing()).as("missing %s", in).isEqualTo(List.copyOf(x.missing));
            assertThat(d.allowed()).as("allowed %s", in).isEqualTo(x.refusedBy.isEmpty());
            assertThat(d.to()).as("to %s", in).isEqualTo(d.allowed() ? Optional.of(in.event().to()) : Optional.empty());
            boolean advisory = d.allowed() && in.event() == Event.CLOSE
                    && in.closeReason() == CloseReason.CRITERIA_NO_LONGER_MET;
            assertThat(d.advisoryRole()).as("advisoryRole %s", in)
                    .isEqualTo(advisory ? Optional.of(Venue.ZVH) : Optional.empty());
            assertThat(d.asOf()).isEqualTo(AS_OF);
            assertThat(d.citations()).isNotEmpty();
        }));
    }

    record Expected(Tri eventRule, List<String> refusedBy, Set<String> missing) {}

    /** casework.md's tables, read independently of the implementation (hand-written Kleene cases). */
    private static Expected expected(Input in) {
        List<String> refusedBy = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        boolean inTable = switch (in.event()) {
            case START_SCREENING -> in.status() == CaseStatus.REGISTERED;
            case ADMIT -> in.status() == CaseStatus.SCREENING;
            case DECLINE -> in.status() == CaseStatus.REGISTERED || in.status() == CaseStatus.SCREENING;
            case CLOSE -> in.status() == CaseStatus.ADMITTED;
        };
        if (!inTable) {
            refusedBy.add("CASE-TRANSITION");
        }
        Tri v;
        String rule = LifecycleRules.ruleOf(in.event()).ruleId();
        switch (in.event()) {
            case START_SCREENING -> {
                if (in.referrerType() == PartnerType.ZVH || in.participant() == Tri.TRUE) {
                    v = Tri.FALSE;
                } else if (in.referrerType() != null && in.participant() == Tri.FALSE) {
                    v = Tri.TRUE;
                } else {
                    v = Tri.UNKNOWN;
                    if (in.participant() == Tri.UNKNOWN) {
                        missing.add("referrer.participant");
                    }
                }
            }
            case ADMIT -> {
                v = in.intakeOutcome().not();
                if (v == Tri.UNKNOWN) {
                    missing.add("intakeOutcome");
                }
            }
            case DECLINE -> {
                v = in.advice().not();
                if (v == Tri.UNKNOWN) {
                    missing.add("adviceToReferrer");
                }
            }
            case CLOSE -> {
                switch (in.closeReason()) {
                    case GOALS_REACHED -> {
                        v = in.planEvaluated().not();
                        if (v == Tri.UNKNOWN) {
                            missing.add("planEvaluated");
                        }
                    }
                    case CRITERIA_NO_LONGER_MET -> {
                        if (in.intakeOutcome() == Tri.FALSE && in.localTakeover() == Tri.TRUE) {
                            v = Tri.FALSE;
                        } else if (in.intakeOutcome() == Tri.TRUE || in.localTakeover() == Tri.FALSE) {
                            v = Tri.TRUE;
                        } else {
                            v = Tri.UNKNOWN;
                            if (in.intakeOutcome() == Tri.UNKNOWN) {
                                missing.add("intakeOutcome");
                            }
                            if (in.localTakeover() == Tri.UNKNOWN) {
                                missing.add("localTakeover");
                            }
                        }
                    }
                    default -> v = Tri.FALSE;
                }
            }
            default -> throw new IllegalStateException();
        }
        if (v != Tri.FALSE) {
            refusedBy.add(rule);
        }
        return new Expected(v, refusedBy, missing);
    }

    @Test
    @DisplayName("1. Forward only: an allowed step always goes forward, and DECLINED and CLOSED allow no event")
    void property1_forwardOnly() {
        Map<CaseStatus, Set<CaseStatus>> edges = new HashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            edges.put(s, EnumSet.noneOf(CaseStatus.class));
        }
        ALL.forEach((in, od) -> od.filter(TransitionDecision::allowed).ifPresent(d -> {
            CaseStatus to = d.to().orElseThrow();
            assertThat(in.status().isFinal()).as("a final status allowed %s", in).isFalse();
            assertThat(to.ordinal()).as("%s", in).isGreaterThan(in.status().ordinal());
            edges.get(in.status()).add(to);
        }));
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(edges.get(s)).as("steps from %s", s).isEqualTo(s.next());
        }
        assertThat(edges.get(CaseStatus.DECLINED)).isEmpty();
        assertThat(edges.get(CaseStatus.CLOSED)).isEmpty();
        // every sequence of allowed steps from every status: no status is visited twice, none is earlier
        for (CaseStatus start : CaseStatus.values()) {
            walk(start, new ArrayList<>(List.of(start)), edges);
        }
    }

    private static void walk(CaseStatus at, List<CaseStatus> path, Map<CaseStatus, Set<CaseStatus>> edges) {
        for (CaseStatus next : edges.get(at)) {
            assertThat(path).as("returns to an earlier status: %s → %s", path, next).doesNotContain(next);
            assertThat(path.stream().allMatch(p -> p.ordinal() < next.ordinal())).isTrue();
            path.add(next);
            walk(next, path, edges);
            path.remove(path.size() - 1);
        }
    }

    @Test
    @DisplayName("2. No admission without the criteria: ADMIT allowed only with intakeOutcome TRUE, recording the regime")
    void property2_noAdmissionWithoutTheCriteria() {
        int admitted = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            Input in = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            TransitionDecision d = e.getValue().get();
            if (in.event() == Event.ADMIT && d.allowed()) {
                admitted++;
                assertThat(in.intakeOutcome()).as("%s", in).isEqualTo(Tri.TRUE);
                assertThat(d.admittedUnder()).as("%s", in).contains(in.regime());
                assertThat(d.to()).contains(CaseStatus.ADMITTED);
            } else {
                assertThat(d.admittedUnder()).as("%s", in).isEmpty();
            }
        }
        assertThat(admitted).isPositive();
    }

    @Test
    @DisplayName("3. Fails closed: making any fact other than the required ones unknown never turns a refusal into an allowed step")
    void property3_failsClosed() {
        int checked = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            if (e.getValue().isEmpty() || e.getValue().get().allowed()) {
                continue;
            }
            for (Input weaker : e.getKey().eachFactMadeUnknown()) {
                Optional<TransitionDecision> w = ALL.get(weaker);
                assertThat(w).as("%s", weaker).isPresent();
                assertThat(w.get().allowed()).as("%s allowed, but refused with more known: %s", weaker, e.getKey()).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    @DisplayName("CASE-REFERRER: every partner type; ZVH always is a participant")
    void caseReferrer_everyPartnerType() {
        for (PartnerType t : PartnerType.values()) {
            for (Tri p : TRI) {
                TransitionDecision d = Lifecycle.transition(TransitionFacts.builder().status(CaseStatus.REGISTERED)
                        .event(Event.START_SCREENING).referrer(Referrer.of(t, p)).build(), AS_OF);
                boolean allowed = t == PartnerType.ZVH || p == Tri.TRUE;
                assertThat(d.allowed()).as("%s %s", t, p).isEqualTo(allowed);
                assertThat(d.missing()).as("%s %s", t, p)
                        .isEqualTo(!allowed && p == Tri.UNKNOWN ? List.of("referrer.participant") : List.of());
            }
        }
        assertThat(Arrays.stream(PartnerType.values())).contains(PartnerType.ZVH);
    }

    @Test
    @DisplayName("a rule of another event is not evaluated, and its facts do not change the decision")
    void otherEventsRules_notEvaluated() {
        ALL.forEach((in, od) -> od.ifPresent(d -> {
            UnaryOperator<Input> scramble = x -> switch (x.event()) {
                case START_SCREENING -> new Input(x.status(), x.event(), x.referrerType(), x.participant(), Tri.FALSE, null,
                        Tri.FALSE, null, Tri.FALSE, Tri.FALSE);
                case ADMIT -> new Input(x.status(), x.event(), null, Tri.FALSE, x.intakeOutcome(), x.regime(), Tri.FALSE,
                        null, Tri.FALSE, Tri.FALSE);
                case DECLINE -> new Input(x.status(), x.event(), null, Tri.FALSE, Tri.FALSE, null, x.advice(), null,
                        Tri.FALSE, Tri.FALSE);
                case CLOSE -> new Input(x.status(), x.event(), null, Tri.FALSE, x.intakeOutcome(), null, Tri.FALSE,
                        x.closeReason(), x.planEvaluated(), x.localTakeover());
            };
            TransitionDecision other = ALL.get(scramble.apply(in)).orElseThrow();
            assertThat(other.refusedBy()).as("%s", in).isEqualTo(d.refusedBy());
            assertThat(other.missing()).as("%s", in).isEqualTo(d.missing());
            assertThat(other.allowed()).isEqualTo(d.allowed());
        }));
    }
}
