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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of casework.md (1–3) and every CASE-* rule against an independent reading of the spec's tables,
 * over the lifecycle's whole input space, enumerated exhaustively: every status × every event × every date point
 * (each side of the configured WGS date and of 2025-07-01, with the days on either side of both, and a WGS date
 * configured before and after 2025-07-01) × every value (unknown or absent included) of every fact the event's rule
 * reads, with the step parameters absent too.
 *
 * <p>The facts an event's rule does not read are left unknown in that enumeration. That they cannot change a decision
 * is a test of its own ({@link #otherEventsFacts_neverChangeTheDecision}): for every input, each such fact is set to
 * each of its values in turn, and then all of them at once to seeded random values. So the space factorises: an
 * input of the full product (about 8.5 million per date point) decides as the input of this enumeration that shares
 * its status, event, date point and read facts.
 */
@DisplayName("The case lifecycle, over every input")
class LifecyclePropertiesTest {
    private static final Tri[] TRI = Tri.values();

    /** The referrer kind classes: unknown type, the house's bureau, a partner that is not the bureau. */
    private static final List<PartnerType> REFERRER_KINDS = Arrays.asList(null, PartnerType.ZVH, PartnerType.POLITIE);
    private static final List<IntakeRegime> REGIMES = Arrays.asList(null, IntakeRegime.LK2013, IntakeRegime.WGS2025);
    private static final List<CloseReason> CLOSE_REASONS = Arrays.asList(null, CloseReason.GOALS_REACHED,
            CloseReason.CRITERIA_NO_LONGER_MET, CloseReason.OTHER);

    /** A reference date with the WGS date configured for it. */
    record DatePoint(LocalDate wgsDate, LocalDate asOf) {
        TransitionConfig config() {
            return TransitionConfig.builder().wgsDate(wgsDate).build();
        }

        boolean wgs() {
            return !asOf.isBefore(wgsDate);
        }

        boolean handOver() {
            return !asOf.isBefore(LocalDate.of(2025, 7, 1));
        }
    }

    private static final LocalDate WGS = LocalDate.of(2025, 3, 1);
    /** Every side of both dates, the days on either side of each, and a WGS date configured early and late. */
    static final List<DatePoint> DATES = List.of(
            new DatePoint(WGS, LocalDate.of(2024, 6, 1)),
            new DatePoint(WGS, LocalDate.of(2025, 2, 28)),
            new DatePoint(WGS, LocalDate.of(2025, 3, 1)),
            new DatePoint(WGS, LocalDate.of(2025, 6, 30)),
            new DatePoint(WGS, LocalDate.of(2025, 7, 1)),
            new DatePoint(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)),
            new DatePoint(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 7, 1)),
            new DatePoint(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 31)),
            new DatePoint(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1)));

    /** One input of the lifecycle; null = absent (unknown, or a missing required parameter). */
    record Input(CaseStatus status, Event event, DatePoint date, PartnerType referrerType, Tri participant,
            Tri intakeOutcome, IntakeRegime regime, Tri advice, CloseReason closeReason, Tri planEvaluated,
            Tri localTakeover, Tri criteriaMet, Tri criteriaPublished, Tri handOverAccepted) {
        TransitionFacts facts() {
            ImmutableReferrer.Builder r = Referrer.builder().participant(participant);
            if (referrerType != null) {
                r.type(referrerType);
            }
            ImmutableTransitionFacts.Builder b = TransitionFacts.builder().status(status).event(event).referrer(r.build())
                    .intakeOutcome(intakeOutcome).adviceToReferrer(advice).planEvaluated(planEvaluated)
                    .localTakeover(localTakeover).topX(TopX.of(criteriaMet, criteriaPublished))
                    .handOverAccepted(handOverAccepted);
            if (regime != null) {
                b.intakeRegime(regime);
            }
            if (closeReason != null) {
                b.closeReason(closeReason);
            }
            return b.build();
        }

        Object get(Axis a) {
            return switch (a) {
                case REFERRER_TYPE -> referrerType;
                case PARTICIPANT -> participant;
                case INTAKE_OUTCOME -> intakeOutcome;
                case INTAKE_REGIME -> regime;
                case ADVICE -> advice;
                case CLOSE_REASON -> closeReason;
                case PLAN_EVALUATED -> planEvaluated;
                case LOCAL_TAKEOVER -> localTakeover;
                case CRITERIA_MET -> criteriaMet;
                case CRITERIA_PUBLISHED -> criteriaPublished;
                case HAND_OVER_ACCEPTED -> handOverAccepted;
            };
        }

        /** @return a copy with one fact set (null for absent) */
        Input with(Axis a, Object v) {
            Map<Axis, Object> m = new EnumMap<>(Axis.class);
            for (Axis x : Axis.values()) {
                m.put(x, x == a ? v : get(x));
            }
            return of(status, event, date, m);
        }

        static Input of(CaseStatus s, Event e, DatePoint d, Map<Axis, Object> m) {
            return new Input(s, e, d, (PartnerType) m.get(Axis.REFERRER_TYPE), (Tri) m.get(Axis.PARTICIPANT),
                    (Tri) m.get(Axis.INTAKE_OUTCOME), (IntakeRegime) m.get(Axis.INTAKE_REGIME), (Tri) m.get(Axis.ADVICE),
                    (CloseReason) m.get(Axis.CLOSE_REASON), (Tri) m.get(Axis.PLAN_EVALUATED),
                    (Tri) m.get(Axis.LOCAL_TAKEOVER), (Tri) m.get(Axis.CRITERIA_MET), (Tri) m.get(Axis.CRITERIA_PUBLISHED),
                    (Tri) m.get(Axis.HAND_OVER_ACCEPTED));
        }
    }

    /** Every fact other than status and event, with its values; the first value is "not known" (absent or UNKNOWN). */
    enum Axis {
        REFERRER_TYPE(REFERRER_KINDS),
        PARTICIPANT(List.of(TRI)),
        INTAKE_OUTCOME(List.of(TRI)),
        INTAKE_REGIME(REGIMES),
        ADVICE(List.of(TRI)),
        CLOSE_REASON(CLOSE_REASONS),
        PLAN_EVALUATED(List.of(TRI)),
        LOCAL_TAKEOVER(List.of(TRI)),
        CRITERIA_MET(List.of(TRI)),
        CRITERIA_PUBLISHED(List.of(TRI)),
        HAND_OVER_ACCEPTED(List.of(TRI));

        final List<?> values;

        Axis(List<?> values) {
            this.values = values;
        }

        Object notKnown() {
            return values.get(0) == null ? null : Tri.UNKNOWN;
        }
    }

    /** The facts each event's rule reads, and its step parameter (casework.md's rule and fact tables). */
    static Set<Axis> reads(Event e) {
        return switch (e) {
            case START_SCREENING -> EnumSet.of(Axis.REFERRER_TYPE, Axis.PARTICIPANT);
            case ADMIT -> EnumSet.of(Axis.INTAKE_OUTCOME, Axis.INTAKE_REGIME);
            case DECLINE -> EnumSet.of(Axis.ADVICE);
            case CLOSE -> EnumSet.of(Axis.CLOSE_REASON, Axis.PLAN_EVALUATED, Axis.INTAKE_OUTCOME, Axis.LOCAL_TAKEOVER);
            case PLACE_ON_TOP_X -> EnumSet.of(Axis.INTAKE_REGIME, Axis.INTAKE_OUTCOME, Axis.CRITERIA_MET,
                    Axis.CRITERIA_PUBLISHED);
            case HAND_OVER -> EnumSet.of(Axis.HAND_OVER_ACCEPTED);
        };
    }

    /** The decision for each input, or empty when the input is refused as bad input. */
    private static final Map<Input, Optional<TransitionDecision>> ALL = new LinkedHashMap<>();

    @BeforeAll
    static void enumerate() {
        for (CaseStatus s : CaseStatus.values()) {
            for (Event e : Event.values()) {
                for (DatePoint d : DATES) {
                    Map<Axis, Object> m = new EnumMap<>(Axis.class);
                    for (Axis a : Axis.values()) {
                        m.put(a, a.notKnown());
                    }
                    product(s, e, d, new ArrayList<>(reads(e)), 0, m);
                }
            }
        }
    }

    private static void product(CaseStatus s, Event e, DatePoint d, List<Axis> axes, int i, Map<Axis, Object> m) {
        if (i == axes.size()) {
            Input in = Input.of(s, e, d, m);
            ALL.put(in, decide(in));
            return;
        }
        Axis a = axes.get(i);
        for (Object v : a.values) {
            m.put(a, v);
            product(s, e, d, axes, i + 1, m);
        }
        m.put(a, a.notKnown());
    }

    private static Optional<TransitionDecision> decide(Input in) {
        TransitionFacts facts;
        try {
            facts = in.facts();
        } catch (InvalidInputException x) {
            return Optional.empty();
        }
        return Optional.of(Lifecycle.transition(facts, in.date().config(), in.date().asOf()));
    }

    @Test
    @DisplayName("the whole input space is enumerated, and every date point lies on the side of both dates it claims")
    void inputSpace_isComplete() {
        // per status and date point: START_SCREENING 3×3, ADMIT 3×3, DECLINE 3, CLOSE 4×3×3×3, PLACE_ON_TOP_X 3×3×3×3,
        // HAND_OVER 3
        assertThat(ALL).hasSize(6 * DATES.size() * (9 + 9 + 3 + 108 + 81 + 3));
        assertThat(ALL.values().stream().filter(Optional::isPresent).map(o -> o.get().allowed()).distinct())
                .containsExactlyInAnyOrder(true, false);
        Set<List<Boolean>> sides = new HashSet<>();
        for (DatePoint d : DATES) {
            sides.add(List.of(d.wgs(), d.handOver()));
        }
        assertThat(sides).as("each side of the WGS date and of 2025-07-01").hasSize(4);
        assertThat(Event.values()).hasSize(6);
        assertThat(CaseStatus.values()).hasSize(6);
    }

    @Test
    @DisplayName("bad input exactly when ADMIT or PLACE_ON_TOP_X lacks intakeRegime or CLOSE lacks closeReason, naming the field")
    void requiredStepParameters_missingIsBadInput() {
        int bad = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            Input in = e.getKey();
            boolean regimeNeeded = in.event() == Event.ADMIT || in.event() == Event.PLACE_ON_TOP_X;
            boolean refused = regimeNeeded && in.regime() == null || in.event() == Event.CLOSE && in.closeReason() == null;
            assertThat(e.getValue().isEmpty()).as("%s", in).isEqualTo(refused);
            if (refused) {
                bad++;
                try {
                    in.facts();
                    fail("accepted %s", in);
                } catch (InvalidInputException x) {
                    assertThat(x.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo(regimeNeeded ? "intakeRegime" : "closeReason");
                        assertThat(v.ruleId()).isEqualTo("MODEL-REQUIRED");
                        assertThat(v.message()).contains("event " + in.event());
                    });
                }
            }
        }
        assertThat(bad).isEqualTo(6 * DATES.size() * (3 + 27 + 27));
    }

    @Test
    @DisplayName("every decision matches an independent reading of the spec's tables (rules, refusals, missing facts, what an allowed step carries)")
    void everyInput_matchesTheSpec() {
        Map<String, Set<Tri>> values = new HashMap<>();
        ALL.forEach((in, od) -> od.ifPresent(d -> {
            Expected x = expected(in);
            assertThat(d.rules()).extracting(RuleResult::ruleId).as("%s", in)
                    .containsExactly("CASE-TRANSITION", LifecycleRules.ruleOf(in.event()).ruleId());
            assertThat(d.rules().get(0).value()).as("table %s", in).isEqualTo(Tri.of(!x.inTable));
            assertThat(d.rules().get(1).value()).as("value %s", in).isEqualTo(x.eventRule);
            values.computeIfAbsent(d.rules().get(1).ruleId(), k -> EnumSet.noneOf(Tri.class)).add(x.eventRule);
            assertThat(d.refusedBy()).as("refusedBy %s", in).isEqualTo(x.refusedBy);
            assertThat(d.missing()).as("missing %s", in).isEqualTo(List.copyOf(x.missing));
            assertThat(d.rules().get(1).missing()).as("rule missing %s", in).containsExactlyInAnyOrderElementsOf(
                    x.eventRule == Tri.UNKNOWN ? x.missing : Set.of());
            assertThat(d.allowed()).as("allowed %s", in).isEqualTo(x.refusedBy.isEmpty());
            assertThat(d.to()).as("to %s", in).isEqualTo(d.allowed() ? Optional.of(in.event().to()) : Optional.empty());
            boolean advisory = d.allowed() && in.event() == Event.CLOSE
                    && in.closeReason() == CloseReason.CRITERIA_NO_LONGER_MET;
            assertThat(d.advisoryRole()).as("advisoryRole %s", in)
                    .isEqualTo(advisory ? Optional.of(Venue.ZVH) : Optional.empty());
            boolean admitted = d.allowed() && (in.event() == Event.ADMIT || in.event() == Event.PLACE_ON_TOP_X);
            assertThat(d.admittedUnder()).as("admittedUnder %s", in)
                    .isEqualTo(admitted ? Optional.of(in.regime()) : Optional.empty());
            assertThat(d.dataAction()).as("dataAction %s", in).isEqualTo(x.dataAction);
            assertThat(d.closeReason()).isEqualTo(in.event() == Event.CLOSE ? Optional.of(in.closeReason()) : Optional.empty());
            assertThat(d.status()).isEqualTo(in.status());
            assertThat(d.event()).isEqualTo(in.event());
            assertThat(d.asOf()).isEqualTo(in.date().asOf());
            assertThat(d.wgsDate()).isEqualTo(in.date().wgsDate());
            assertThat(d.citations()).isNotEmpty();
        }));
        // every rule of an event is TRUE, FALSE and UNKNOWN in some input (DECLINE, HAND_OVER: its one fact)
        for (Event e : Event.values()) {
            assertThat(values.get(LifecycleRules.ruleOf(e).ruleId())).as("%s", e).containsExactlyInAnyOrder(TRI);
        }
    }

    record Expected(boolean inTable, Tri eventRule, List<String> refusedBy, Set<String> missing,
            Optional<DataAction> dataAction) {}

    /** casework.md's tables, read independently of the implementation (hand-written Kleene cases). */
    private static Expected expected(Input in) {
        List<String> refusedBy = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        CaseStatus s = in.status();
        boolean inTable = switch (in.event()) {
            case START_SCREENING -> s == CaseStatus.REGISTERED;
            case ADMIT -> s == CaseStatus.SCREENING;
            case DECLINE, PLACE_ON_TOP_X -> s == CaseStatus.REGISTERED || s == CaseStatus.SCREENING;
            case CLOSE -> s == CaseStatus.ADMITTED;
            case HAND_OVER -> s == CaseStatus.REGISTERED || s == CaseStatus.SCREENING || s == CaseStatus.ADMITTED;
        };
        if (!inTable) {
            refusedBy.add("CASE-TRANSITION");
        }
        Tri v;
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
            case PLACE_ON_TOP_X -> {
                List<Tri> all = List.of(in.intakeOutcome(), in.criteriaMet(), in.criteriaPublished());
                if (!in.date().wgs() || in.regime() != IntakeRegime.WGS2025 || all.contains(Tri.FALSE)) {
                    v = Tri.TRUE;
                } else if (!all.contains(Tri.UNKNOWN)) {
                    v = Tri.FALSE;
                } else {
                    v = Tri.UNKNOWN;
                    if (in.intakeOutcome() == Tri.UNKNOWN) {
                        missing.add("intakeOutcome");
                    }
                    if (in.criteriaMet() == Tri.UNKNOWN) {
                        missing.add("topX.criteriaMet");
                    }
                    if (in.criteriaPublished() == Tri.UNKNOWN) {
                        missing.add("topX.criteriaPublished");
                    }
                }
            }
            case HAND_OVER -> {
                if (!in.date().handOver() || in.handOverAccepted() == Tri.FALSE) {
                    v = Tri.TRUE;
                } else if (in.handOverAccepted() == Tri.TRUE) {
                    v = Tri.FALSE;
                } else {
                    v = Tri.UNKNOWN;
                    missing.add("handOverAccepted");
                }
            }
            default -> throw new IllegalStateException();
        }
        if (v != Tri.FALSE) {
            refusedBy.add(LifecycleRules.ruleOf(in.event()).ruleId());
        }
        Optional<DataAction> action = Optional.empty();
        if (refusedBy.isEmpty() && in.date().wgs()) {
            action = switch (in.event()) {
                case DECLINE -> Optional.of(DataAction.DELETE);
                case CLOSE -> Optional.of(DataAction.SHIELD);
                case HAND_OVER -> Optional.of(DataAction.STOP);
                default -> Optional.empty();
            };
        }
        return new Expected(inTable, v, refusedBy, missing, action);
    }

    @Test
    @DisplayName("the facts of another event's rule never change a decision: each on its own in every value, then all at once (seeded)")
    void otherEventsFacts_neverChangeTheDecision() {
        SplittableRandom r = new SplittableRandom(0xCA5E_F00DL);
        int checked = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            Input in = e.getKey();
            List<Axis> others = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(reads(in.event()))));
            for (Axis a : others) {
                for (Object v : a.values) {
                    assertThat(decide(in.with(a, v))).as("%s with %s=%s", in, a, v).isEqualTo(e.getValue());
                    checked++;
                }
            }
            for (int k = 0; k < 3; k++) {
                Input x = in;
                for (Axis a : others) {
                    x = x.with(a, a.values.get(r.nextInt(a.values.size())));
                }
                assertThat(decide(x)).as("%s", x).isEqualTo(e.getValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(250_000);
    }

    @Test
    @DisplayName("1. Forward only: an allowed step always goes forward; DECLINED, CLOSED and HANDED_OVER allow no event")
    void property1_forwardOnly() {
        Map<CaseStatus, Set<CaseStatus>> edges = new EnumMap<>(CaseStatus.class);
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
        for (CaseStatus end : List.of(CaseStatus.DECLINED, CaseStatus.CLOSED, CaseStatus.HANDED_OVER)) {
            assertThat(edges.get(end)).as("%s is final", end).isEmpty();
            assertThat(ALL.entrySet().stream().filter(e -> e.getKey().status() == end && e.getValue().isPresent()))
                    .as("%s: every event decided and refused by CASE-TRANSITION", end).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getValue().get().refusedBy()).first().isEqualTo("CASE-TRANSITION"));
        }
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
    @DisplayName("2. No admission without the criteria: ADMIT and PLACE_ON_TOP_X allowed only with intakeOutcome TRUE, recording the regime")
    void property2_noAdmissionWithoutTheCriteria() {
        Map<Event, Set<IntakeRegime>> admitted = new EnumMap<>(Event.class);
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            Input in = e.getKey();
            if (e.getValue().isEmpty()) {
                continue;
            }
            TransitionDecision d = e.getValue().get();
            if (d.allowed() && d.to().orElseThrow() == CaseStatus.ADMITTED) {
                admitted.computeIfAbsent(in.event(), k -> EnumSet.noneOf(IntakeRegime.class)).add(in.regime());
                assertThat(in.intakeOutcome()).as("%s", in).isEqualTo(Tri.TRUE);
                assertThat(d.admittedUnder()).as("%s", in).contains(in.regime());
            } else {
                assertThat(d.admittedUnder()).as("%s", in).isEmpty();
            }
            if (d.allowed() && in.event() == Event.PLACE_ON_TOP_X) {
                // a placement needs the WGS, published objective criteria that the person meets (SRC-BGS art. 2.22)
                assertThat(in.date().wgs()).isTrue();
                assertThat(List.of(in.criteriaMet(), in.criteriaPublished())).containsOnly(Tri.TRUE);
            }
        }
        assertThat(admitted).containsOnlyKeys(Event.ADMIT, Event.PLACE_ON_TOP_X);
        assertThat(admitted.get(Event.ADMIT)).containsExactlyInAnyOrder(IntakeRegime.values());
        assertThat(admitted.get(Event.PLACE_ON_TOP_X)).containsExactly(IntakeRegime.WGS2025);
    }

    @Test
    @DisplayName("3. Fails closed: making any fact other than the required ones unknown never turns a refusal into an allowed step")
    void property3_failsClosed() {
        int checked = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            if (e.getValue().isEmpty() || e.getValue().get().allowed()) {
                continue;
            }
            Input in = e.getKey();
            for (Axis a : reads(in.event())) {
                boolean required = a == Axis.INTAKE_REGIME || a == Axis.CLOSE_REASON;
                if (required || in.get(a) == a.notKnown()) {
                    continue;
                }
                Input weaker = in.with(a, a.notKnown());
                Optional<TransitionDecision> w = ALL.get(weaker);
                assertThat(w).as("%s", weaker).isNotNull().isPresent();
                assertThat(w.get().allowed()).as("%s allowed, but refused with more known: %s", weaker, in).isFalse();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    @DisplayName("dataAction: present exactly on an allowed DECLINE, CLOSE or HAND_OVER on or after the configured WGS date; each action reached")
    void dataAction_followsTheRegimeOnAsOf() {
        Map<DataAction, Integer> seen = new EnumMap<>(DataAction.class);
        int allowedBeforeWgs = 0;
        for (Map.Entry<Input, Optional<TransitionDecision>> e : ALL.entrySet()) {
            Input in = e.getKey();
            Optional<TransitionDecision> od = e.getValue();
            if (od.isEmpty()) {
                continue;
            }
            TransitionDecision d = od.get();
            d.dataAction().ifPresent(a -> seen.merge(a, 1, Integer::sum));
            if (d.allowed() && !in.date().wgs() && EnumSet.of(Event.DECLINE, Event.CLOSE, Event.HAND_OVER).contains(in.event())) {
                allowedBeforeWgs++;
                assertThat(d.dataAction()).as("%s", in).isEmpty();
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(DataAction.values());
        assertThat(allowedBeforeWgs).as("allowed steps before the WGS date, without an action").isPositive();
    }

    @Test
    @DisplayName("CASE-HANDOVER: 2025-07-01 is fixed; a WGS date configured after it neither refuses the hand-over nor gives it STOP")
    void caseHandover_dateIsNotMovedByTheWgsDate() {
        TransitionFacts f = TransitionFacts.builder().status(CaseStatus.ADMITTED).event(Event.HAND_OVER)
                .handOverAccepted(Tri.TRUE).build();
        TransitionConfig late = TransitionConfig.builder().wgsDate(LocalDate.of(2025, 9, 1)).build();
        TransitionConfig early = TransitionConfig.builder().wgsDate(LocalDate.of(2025, 1, 1)).build();
        TransitionDecision lateWgs = Lifecycle.transition(f, late, LocalDate.of(2025, 7, 1));
        assertThat(lateWgs.allowed()).isTrue();
        assertThat(lateWgs.dataAction()).isEmpty();
        assertThat(Lifecycle.transition(f, late, LocalDate.of(2025, 9, 1)).dataAction()).contains(DataAction.STOP);
        TransitionDecision earlyWgs = Lifecycle.transition(f, early, LocalDate.of(2025, 6, 30));
        assertThat(earlyWgs.refusedBy()).containsExactly("CASE-HANDOVER");
        assertThat(earlyWgs.missing()).isEmpty();
        assertThat(Lifecycle.HAND_OVER_DATE).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    @DisplayName("CASE-REFERRER: every partner type; ZVH always is a participant")
    void caseReferrer_everyPartnerType() {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        for (PartnerType t : PartnerType.values()) {
            for (Tri p : TRI) {
                TransitionDecision d = Lifecycle.transition(TransitionFacts.builder().status(CaseStatus.REGISTERED)
                        .event(Event.START_SCREENING).referrer(Referrer.of(t, p)).build(), asOf);
                boolean allowed = t == PartnerType.ZVH || p == Tri.TRUE;
                assertThat(d.allowed()).as("%s %s", t, p).isEqualTo(allowed);
                assertThat(d.missing()).as("%s %s", t, p)
                        .isEqualTo(!allowed && p == Tri.UNKNOWN ? List.of("referrer.participant") : List.of());
            }
        }
        assertThat(Arrays.stream(PartnerType.values())).contains(PartnerType.ZVH);
    }
}
