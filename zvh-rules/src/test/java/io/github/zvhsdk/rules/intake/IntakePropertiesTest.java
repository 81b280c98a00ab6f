package io.github.zvhsdk.rules.intake;

import static io.github.zvhsdk.rules.intake.IntakeSpace.FALSE;
import static io.github.zvhsdk.rules.intake.IntakeSpace.TRUE;
import static io.github.zvhsdk.rules.intake.IntakeSpace.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.IntakeSpace.Context;
import io.github.zvhsdk.rules.intake.IntakeSpace.Coord;
import io.github.zvhsdk.rules.intake.IntakeSpace.Draft;
import io.github.zvhsdk.rules.intake.IntakeSpace.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of spec/intake.md, checked EXHAUSTIVELY over the equivalence classes the rules can distinguish.
 *
 * <p>Why the spaces below are exhaustive. The rules are symmetric in the leefgebieden (only counts against the
 * threshold 2 matter), symmetric in the effect types of one "some effect among …" group, and only count the chains
 * in {@code domainsNeeded}. So:
 * <ul>
 *   <li>leefgebieden: in the product spaces two slot leefgebieden (the other ten NO_PROBLEM), each qualifying, not
 *       qualifying or UNKNOWN for its regime (LK2013: PROBLEM / NO_PROBLEM / UNKNOWN; WGS: CRIMINOGENIC /
 *       NO_PROBLEM / UNKNOWN), reach every class of the three-valued count "at least two qualify": (known,
 *       known + unknown) capped at 2 takes all six values (0,0) (0,1) (0,2) (1,1) (1,2) (2,2). The counting space
 *       (five slots over all four statuses = 1024 assessments, under both readings and the WGS) checks that PROBLEM
 *       and CRIMINOGENIC count alike under LK2013 and PROBLEM not at all under the WGS, and adds the classes with more
 *       unknowns; property 4 adds all 455 count compositions of the twelve leefgebieden;</li>
 *   <li>effects: per regime two effect types of the group read, each over all six {@link Prospect}s (LK2013: CRIME
 *       and NUISANCE; WGS: CRIME and UNSAFE_SITUATION), reach every class of "some effect qualifies" with zero, one
 *       or two unknown members; the other effect types are fixed (ABSENT where the regime reads them, UNKNOWN where
 *       it must not read them, so that any cross-reading surfaces as a missing fact that is no coordinate);</li>
 *   <li>domainsNeeded: unknown, and 0, 0 (OVERIG only), 1 (with OVERIG), 2 and 3 chains (with OVERIG);</li>
 *   <li>every other fact read by a regime takes all its values: each three-valued fact TRUE/FALSE/UNKNOWN,
 *       systemInteraction all six Prospects, identifiedSubject true/false;</li>
 *   <li>both readings (LK2013 space), and three regional configurations (none; R1; R1 and R2, each regional value
 *       TRUE, FALSE or not given).</li>
 * </ul>
 * The LK2013 space is 314,928 points under two readings, the WGS spaces 314,928 (R1, R2) + 104,976 (R1) + 34,992
 * (national) points, the counting space 6,144 points under three contexts; each point's decision is computed once
 * and the properties are checked on the stored tables by index arithmetic (a changed fact is another point).
 */
@DisplayName("Intake properties 1–6 (spec/intake.md), exhaustive over the rule's equivalence classes")
class IntakePropertiesTest {
    static final LocalDate LK = LocalDate.of(2024, 6, 1);
    static final LocalDate WGS = LocalDate.of(2025, 6, 1);
    static final IntakeConfig STANDALONE = IntakeConfig.defaults();
    static final IntakeConfig REPLACES = IntakeConfig.builder().complexityReading(ComplexityReading.D_REPLACES_C).build();
    static final IntakeConfig R1 = IntakeConfig.builder().name("house-r1").addRegionalCriteria("R1").build();
    static final IntakeConfig R1R2 = IntakeConfig.builder().name("house-r1r2").addRegionalCriteria("R1", "R2").build();

    static final List<LifeDomain> SLOTS2 = List.of(LifeDomain.DRUGS, LifeDomain.ATTITUDE);
    static final List<LifeDomain> SLOTS5 = List.of(LifeDomain.OFFENCE_HISTORY, LifeDomain.HOUSING,
            LifeDomain.FRIENDS, LifeDomain.ALCOHOL, LifeDomain.ATTITUDE);

    /** LK2013 counts PROBLEM and CRIMINOGENIC alike (the count space checks that with all four statuses). */
    static final LifeDomainStatus[] LK_STATUSES = {LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.PROBLEM,
        LifeDomainStatus.UNKNOWN};
    /** WGS-B counts CRIMINOGENIC only; PROBLEM is as NO_PROBLEM (the count space checks that with all four). */
    static final LifeDomainStatus[] WGS_STATUSES = {LifeDomainStatus.NO_PROBLEM, LifeDomainStatus.CRIMINOGENIC,
        LifeDomainStatus.UNKNOWN};

    static IntakeSpace lkSpace;
    static IntakeSpace wgsSpace;
    static IntakeSpace wgsR1Space;
    static IntakeSpace wgsNationalSpace;
    static IntakeSpace countSpace;
    static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static Consumer<Draft> noProblemExcept(List<LifeDomain> slots, Consumer<Draft> more) {
        return d -> {
            for (LifeDomain l : LifeDomain.values()) {
                if (!slots.contains(l)) {
                    d.lifeDomains.put(l, LifeDomainStatus.NO_PROBLEM);
                }
            }
            more.accept(d);
        };
    }

    static List<Coord> wgsCoords(String... regionalIds) {
        List<Coord> c = new ArrayList<>(List.of(
                IntakeSpace.identifiedSubject(),
                IntakeSpace.tri("subjectProblems", (d, v) -> d.subjectProblems = v),
                IntakeSpace.tri("familyProblemsRelevant", (d, v) -> d.familyProblemsRelevant = v),
                IntakeSpace.leefgebied(SLOTS2.get(0), WGS_STATUSES), IntakeSpace.leefgebied(SLOTS2.get(1), WGS_STATUSES),
                IntakeSpace.effect(EffectType.CRIME), IntakeSpace.effect(EffectType.UNSAFE_SITUATION),
                IntakeSpace.domainsNeeded()));
        for (String id : regionalIds) {
            c.add(IntakeSpace.regional(id));
        }
        return c;
    }

    @BeforeAll
    static void evaluateEverything() {
        // LK2013: the WGS-only facts stay UNKNOWN; they must never be missing (not coordinates).
        lkSpace = new IntakeSpace("LK2013", noProblemExcept(SLOTS2, d -> {
            d.effects.put(EffectType.SERIOUS_NUISANCE, Prospect.ABSENT);
            d.effects.put(EffectType.DERAILING, Prospect.ABSENT);
        }), List.of(
                IntakeSpace.leefgebied(SLOTS2.get(0), LK_STATUSES), IntakeSpace.leefgebied(SLOTS2.get(1), LK_STATUSES),
                IntakeSpace.effect(EffectType.CRIME), IntakeSpace.effect(EffectType.NUISANCE),
                IntakeSpace.domainsNeeded(),
                IntakeSpace.tri("singleChainSufficient", (d, v) -> d.singleChainSufficient = v),
                IntakeSpace.tri("voluntaryFrameworkSufficient", (d, v) -> d.voluntaryFrameworkSufficient = v),
                IntakeSpace.prospect("systemInteraction", (d, v) -> d.systemInteraction = v),
                IntakeSpace.tri("areaSafetyProblem", (d, v) -> d.areaSafetyProblem = v)));
        TABLES.putAll(lkSpace.evaluate(List.of(new Context("LK2013/STANDALONE_D", STANDALONE, LK),
                new Context("LK2013/D_REPLACES_C", REPLACES, LK))));
        // WGS: the LK2013-only facts stay UNKNOWN (NUISANCE, DERAILING, chains, system, area).
        Consumer<Draft> wgsBase = noProblemExcept(SLOTS2, d -> d.effects.put(EffectType.SERIOUS_NUISANCE, Prospect.ABSENT));
        wgsSpace = new IntakeSpace("WGS2025+R1R2", wgsBase, wgsCoords("R1", "R2"));
        TABLES.putAll(wgsSpace.evaluate(List.of(new Context("WGS2025/R1R2", R1R2, WGS))));
        wgsR1Space = new IntakeSpace("WGS2025+R1", wgsBase, wgsCoords("R1"));
        TABLES.putAll(wgsR1Space.evaluate(List.of(new Context("WGS2025/R1", R1, WGS))));
        wgsNationalSpace = new IntakeSpace("WGS2025", wgsBase, wgsCoords());
        TABLES.putAll(wgsNationalSpace.evaluate(List.of(new Context("WGS2025/national", STANDALONE, WGS))));
        // Counting: five slot leefgebieden (all statuses) and CRIME; every other criterion of both regimes TRUE.
        countSpace = new IntakeSpace("count", noProblemExcept(SLOTS5, d -> {
            d.subjectProblems = Tri.TRUE;
            for (EffectType e : EffectType.values()) {
                if (e != EffectType.CRIME) { // CRIME is a coordinate
                    d.effects.put(e, Prospect.ABSENT);
                }
            }
            d.domainsNeeded = java.util.Optional.of(Set.of(Domain.STRAF, Domain.ZORG));
            d.singleChainSufficient = Tri.FALSE;
            d.voluntaryFrameworkSufficient = Tri.FALSE;
            d.systemInteraction = Prospect.PRESENT;
            d.areaSafetyProblem = Tri.FALSE;
        }), List.of(IntakeSpace.leefgebied(SLOTS5.get(0)), IntakeSpace.leefgebied(SLOTS5.get(1)),
                IntakeSpace.leefgebied(SLOTS5.get(2)), IntakeSpace.leefgebied(SLOTS5.get(3)),
                IntakeSpace.leefgebied(SLOTS5.get(4)), IntakeSpace.effect(EffectType.CRIME)));
        TABLES.putAll(countSpace.evaluate(List.of(new Context("count/LK2013/STANDALONE_D", STANDALONE, LK),
                new Context("count/LK2013/D_REPLACES_C", REPLACES, LK), new Context("count/WGS2025", STANDALONE, WGS))));
    }

    @Test
    @DisplayName("the spaces reach every outcome and every criterion value, and every coordinate is missing somewhere")
    void coverage() {
        for (Table t : TABLES.values()) {
            assertThat(values(t.outcome)).as(t.label + " outcome").containsExactlyInAnyOrder(TRUE, FALSE, UNKNOWN);
            int allMissing = 0;
            for (int p = 0; p < t.space.size; p++) {
                allMissing |= t.missing[p];
            }
            int unknownCoords = 0;
            for (int c = 0; c < t.space.coords.size(); c++) {
                if (t.space.coords.get(c).unknown() >= 0) {
                    unknownCoords |= 1 << c;
                }
            }
            assertThat(allMissing).as(t.label + ": every fact that can be UNKNOWN is missing somewhere")
                    .isEqualTo(unknownCoords);
            if (!t.label.startsWith("count")) {
                for (int k = 0; k < t.criteria.size(); k++) {
                    Set<Byte> expected = t.criteria.get(k).equals("subject") ? Set.of(TRUE, FALSE)
                            : t.criteria.get(k).equals("regional") && t.label.endsWith("national") ? Set.of(TRUE)
                            : Set.of(TRUE, FALSE, UNKNOWN);
                    assertThat(values(t.criterion[k])).as(t.label + " " + t.criteria.get(k))
                            .containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
    }

    static Set<Byte> values(byte[] a) {
        Set<Byte> s = new java.util.HashSet<>();
        for (byte b : a) {
            s.add(b);
        }
        return s;
    }

    @Test
    @DisplayName("property 1: replacing an UNKNOWN fact by any value never flips a definite outcome (nor a criterion)")
    void property1_monotoneInInformation() {
        long refinements = 0;
        long fromUnknown = 0;
        for (Table t : TABLES.values()) {
            IntakeSpace s = t.space;
            for (int p = 0; p < s.size; p++) {
                for (int c = 0; c < s.coords.size(); c++) {
                    if (!s.isUnknown(p, c)) {
                        continue;
                    }
                    for (int v : s.definite(c)) {
                        int q = s.with(p, c, v);
                        refinements++;
                        final int from = p;
                        if (t.outcome[p] != UNKNOWN) {
                            check(t.outcome[q] == t.outcome[p], () -> t.label + ": outcome flips from "
                                    + s.describe(from) + " to " + s.describe(q));
                        } else if (t.outcome[q] != UNKNOWN) {
                            fromUnknown++;
                        }
                        for (int k = 0; k < t.criteria.size(); k++) {
                            final int key = k;
                            check(t.criterion[k][p] == UNKNOWN || t.criterion[k][q] == t.criterion[k][p],
                                    () -> t.label + ": criterion " + t.criteria.get(key) + " flips from "
                                            + s.describe(from) + " to " + s.describe(q));
                        }
                    }
                }
            }
        }
        assertThat(refinements).isGreaterThan(1_000_000);
        assertThat(fromUnknown).isGreaterThan(0);
    }

    @Test
    @DisplayName("property 2: regional criteria only narrow: WGS with regional TRUE implies WGS national TRUE")
    void property2_regionalCriteriaOnlyNarrow() {
        int narrowedFalse = 0;
        int narrowedUnknown = 0;
        int bothTrue = 0;
        for (Table t : List.of(TABLES.get("WGS2025/R1R2"), TABLES.get("WGS2025/R1"))) {
            Table national = TABLES.get("WGS2025/national");
            int perBase = t.space.size / national.space.size; // regional coordinates come last
            for (int p = 0; p < t.space.size; p++) {
                byte n = national.outcome[p / perBase];
                final int at = p;
                if (t.outcome[p] == TRUE) {
                    check(n == TRUE, () -> t.label + " TRUE but national not: " + t.space.describe(at));
                    bothTrue++;
                }
                if (n == FALSE) {
                    check(t.outcome[p] == FALSE, () -> t.label + " not FALSE but national FALSE: " + t.space.describe(at));
                }
                if (n == TRUE && t.outcome[p] == FALSE) {
                    narrowedFalse++;
                }
                if (n == TRUE && t.outcome[p] == UNKNOWN) {
                    narrowedUnknown++;
                }
            }
        }
        assertThat(bothTrue).isPositive();
        assertThat(narrowedFalse).isPositive();
        assertThat(narrowedUnknown).isPositive();
    }

    @Test
    @DisplayName("property 3: readings nest: D_REPLACES_C TRUE implies STANDALONE_D TRUE; the converse fails exactly when D holds without A∧B")
    void property3_readingsNest() {
        int[] conversefails = new int[3];
        for (String prefix : List.of("", "count/")) {
            Table s = TABLES.get(prefix + "LK2013/STANDALONE_D");
            Table r = TABLES.get(prefix + "LK2013/D_REPLACES_C");
            for (int p = 0; p < s.space.size; p++) {
                final int point = p;
                java.util.function.Supplier<String> at = () -> s.space.describe(point);
                check(r.outcome[p] != TRUE || s.outcome[p] == TRUE, at);
                check(s.outcome[p] != FALSE || r.outcome[p] == FALSE, at);
                for (int k = 0; k < 4; k++) {
                    check(r.criterion[k][p] == s.criterion[k][p], at);
                }
                Tri a = Tri.values()[s.criterion("A", p)];
                Tri b = Tri.values()[s.criterion("B", p)];
                boolean dWithoutAB = s.criterion("D", p) == TRUE && a.and(b) != Tri.TRUE;
                boolean converseFails = s.outcome[p] == TRUE && r.outcome[p] != TRUE;
                check(converseFails == dWithoutAB, at);
                if (converseFails) {
                    conversefails[r.outcome[p]]++;
                }
            }
        }
        assertThat(conversefails[FALSE]).as("D_REPLACES_C FALSE while STANDALONE_D TRUE").isPositive();
        assertThat(conversefails[UNKNOWN]).as("D_REPLACES_C UNKNOWN while STANDALONE_D TRUE").isPositive();
    }

    @Test
    @DisplayName("property 4: WGS-B TRUE implies the leefgebied part of LK2013-A TRUE (and never stands above it)")
    void property4_wgsBStricterThanLk2013Count() {
        int stricter = 0;
        int checked = 0;
        // (a) the counting space, with CRIME PRESENT so that LK2013-A equals its leefgebied part
        Table lk = TABLES.get("count/LK2013/STANDALONE_D");
        Table wgs = TABLES.get("count/WGS2025");
        int crime = countSpace.coords.size() - 1;
        for (int p = 0; p < countSpace.size; p++) {
            if (countSpace.digit(p, crime) != Prospect.PRESENT.ordinal()) {
                continue;
            }
            stricter += checkNested(wgs.criterion("b", p), lk.criterion("A", p), countSpace.describe(p));
            checked++;
        }
        // (b) every count composition of the twelve leefgebieden (criminogenic, problem, unknown, no problem)
        int n = LifeDomain.values().length;
        for (int c = 0; c <= n; c++) {
            for (int pr = 0; c + pr <= n; pr++) {
                for (int u = 0; c + pr + u <= n; u++) {
                    Map<LifeDomain, LifeDomainStatus> m = new EnumMap<>(LifeDomain.class);
                    int i = 0;
                    for (LifeDomain l : LifeDomain.values()) {
                        m.put(l, i < c ? LifeDomainStatus.CRIMINOGENIC : i < c + pr ? LifeDomainStatus.PROBLEM
                                : i < c + pr + u ? LifeDomainStatus.UNKNOWN : LifeDomainStatus.NO_PROBLEM);
                        i++;
                    }
                    IntakeFacts f = IntakeTest.textbook().lifeDomains(LifeDomainAssessment.of(m)).build();
                    byte b = IntakeSpace.code(Intake.assess(f, WGS).criterion("b").value());
                    byte a = IntakeSpace.code(Intake.assess(f, LK).criterion("A").value());
                    stricter += checkNested(b, a, c + "/" + pr + "/" + u);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(1024 + 455);
        assertThat(stricter).as("cases where LK2013 counts and WGS-B does not").isPositive();
    }

    /** @return 1 when the leefgebied part is TRUE and WGS-B FALSE */
    static int checkNested(byte wgsB, byte lkCount, String at) {
        if (wgsB == TRUE) {
            assertThat(lkCount).as(at).isEqualTo(TRUE);
        }
        if (wgsB == UNKNOWN) {
            assertThat(lkCount).as(at).isNotEqualTo(FALSE);
        }
        return lkCount == TRUE && wgsB == FALSE ? 1 : 0;
    }

    @Test
    @DisplayName("property 5: completing the missing facts in any way decides the outcome, and each missing fact can flip it")
    void property5_missingFactsAreExactlyWhatIsNeeded() {
        long completions = 0;
        long flips = 0;
        for (Table t : TABLES.values()) {
            IntakeSpace s = t.space;
            for (int p = 0; p < s.size; p++) {
                final int point = p;
                if (t.outcome[p] != UNKNOWN) {
                    check(t.missing[p] == 0, () -> t.label + ": definite yet lists missing facts: " + s.describe(point));
                    continue;
                }
                check(t.missing[p] != 0, () -> t.label + ": UNKNOWN without missing facts: " + s.describe(point));
                // direction 1: every completion of the missing facts (the other UNKNOWN facts left UNKNOWN) decides
                completions += forEachCompletion(s, p, t.missing[p], q -> {
                    if (t.outcome[q] == UNKNOWN) {
                        throw new AssertionError(t.label + ": completing the missing facts of " + s.describe(point)
                                + " as " + s.describe(q) + " leaves the outcome UNKNOWN");
                    }
                });
                // direction 2: for each missing fact, some completion of the other UNKNOWN facts makes it decisive
                int unknowns = 0;
                for (int c = 0; c < s.coords.size(); c++) {
                    if (s.isUnknown(p, c)) {
                        unknowns |= 1 << c;
                    }
                }
                for (int c = 0; c < s.coords.size(); c++) {
                    if ((t.missing[p] & (1 << c)) == 0) {
                        continue;
                    }
                    check(s.isUnknown(p, c), () -> t.label + ": a definite fact is missing: " + s.describe(point));
                    final int fact = c;
                    int[] values = s.definite(c);
                    boolean decisive = anyCompletion(s, p, unknowns & ~(1 << c), q -> {
                        byte first = t.outcome[s.with(q, fact, values[0])];
                        for (int v : values) {
                            byte o = t.outcome[s.with(q, fact, v)];
                            if (o == UNKNOWN) {
                                throw new AssertionError(t.label + ": all facts definite yet UNKNOWN at "
                                        + s.describe(s.with(q, fact, v)));
                            }
                            if (o != first) {
                                return true;
                            }
                        }
                        return false;
                    });
                    check(decisive, () -> t.label + ": missing " + s.coords.get(fact).fact()
                            + " cannot change the outcome of " + s.describe(point));
                    flips++;
                }
            }
        }
        // Direction 1 together with property 1 also gives the converse: an UNKNOWN fact that is not missing can never
        // change the outcome, since the outcome is already decided once the missing facts are.
        assertThat(completions).isGreaterThan(1_000_000);
        assertThat(flips).isGreaterThan(100_000);
    }

    static void check(boolean ok, java.util.function.Supplier<String> message) {
        if (!ok) {
            throw new AssertionError(message.get());
        }
    }

    /** Visits every point that completes {@code mask}'s coordinates of p with definite values; returns the count. */
    static long forEachCompletion(IntakeSpace s, int p, int mask, java.util.function.IntConsumer visit) {
        long[] n = {0};
        anyCompletion(s, p, mask, q -> {
            visit.accept(q);
            n[0]++;
            return false;
        });
        return n[0];
    }

    /** @return whether some completion of {@code mask}'s coordinates of p with definite values satisfies the test */
    static boolean anyCompletion(IntakeSpace s, int p, int mask, java.util.function.IntPredicate test) {
        List<Integer> cs = new ArrayList<>();
        for (int c = 0; c < s.coords.size(); c++) {
            if ((mask & (1 << c)) != 0) {
                cs.add(c);
            }
        }
        int[][] values = new int[cs.size()][];
        for (int i = 0; i < cs.size(); i++) {
            values[i] = s.definite(cs.get(i));
        }
        int[] odometer = new int[cs.size()];
        while (true) {
            int q = p;
            for (int i = 0; i < cs.size(); i++) {
                q = s.with(q, cs.get(i), values[i][odometer[i]]);
            }
            if (test.test(q)) {
                return true;
            }
            int i = 0;
            while (i < cs.size() && ++odometer[i] == values[i].length) {
                odometer[i] = 0;
                i++;
            }
            if (i == cs.size()) {
                return false;
            }
        }
    }

    @Test
    @DisplayName("property 6: on 2025-02-28 the regime is LK2013, on 2025-03-01 WGS2025 (default configuration)")
    void property6_dateBoundary() {
        LocalDate before = LocalDate.of(2025, 2, 28);
        LocalDate from = LocalDate.of(2025, 3, 1);
        assertThat(Intake.regime(IntakeConfig.defaults(), before)).isEqualTo(IntakeRegime.LK2013);
        assertThat(Intake.regime(IntakeConfig.defaults(), from)).isEqualTo(IntakeRegime.WGS2025);
        for (int p = 0; p < lkSpace.size; p += 997) {
            IntakeFacts f = lkSpace.facts(p);
            IntakeDecision b = Intake.assess(f, before);
            IntakeDecision a = Intake.assess(f, from);
            assertThat(b.regime()).isEqualTo(IntakeRegime.LK2013);
            assertThat(a.regime()).isEqualTo(IntakeRegime.WGS2025);
            assertThat(b).isEqualTo(Intake.complexity(f, ComplexityReading.STANDALONE_D, before));
            assertThat(a).isEqualTo(Intake.wgs(f, from));
            assertThat(a.governing()).isTrue();
            assertThat(b.governing()).isTrue();
        }
    }

    @Test
    @DisplayName("each regime reads only its own facts: changing the other regime's facts changes nothing")
    void regimesReadOnlyTheirOwnFacts() {
        for (int p = 0; p < lkSpace.size; p += 211) {
            IntakeFacts f = lkSpace.facts(p);
            IntakeFacts wgsFactsChanged = ImmutableIntakeFacts.copyOf(f).withIdentifiedSubject(false)
                    .withSubjectProblems(Tri.TRUE).withFamilyProblemsRelevant(Tri.FALSE)
                    .withEffects(withEffect(f, EffectType.UNSAFE_SITUATION, Prospect.PAST));
            assertThat(Intake.assess(wgsFactsChanged, LK).criteria()).isEqualTo(Intake.assess(f, LK).criteria());
        }
        for (int p = 0; p < wgsNationalSpace.size; p += 97) {
            IntakeFacts f = wgsNationalSpace.facts(p);
            IntakeFacts lkFactsChanged = ImmutableIntakeFacts.copyOf(f).withSingleChainSufficient(Tri.FALSE)
                    .withVoluntaryFrameworkSufficient(Tri.TRUE).withSystemInteraction(Prospect.PRESENT)
                    .withAreaSafetyProblem(Tri.TRUE)
                    .withEffects(withEffect(withEffect(f, EffectType.NUISANCE, Prospect.PRESENT), EffectType.DERAILING,
                            Prospect.EXPECTED));
            assertThat(Intake.assess(lkFactsChanged, WGS).criteria()).isEqualTo(Intake.assess(f, WGS).criteria());
        }
    }

    static Map<EffectType, Prospect> withEffect(IntakeFacts f, EffectType e, Prospect p) {
        Map<EffectType, Prospect> m = new EnumMap<>(EffectType.class);
        m.putAll(f.effects());
        m.put(e, p);
        return m;
    }

    static Map<EffectType, Prospect> withEffect(Map<EffectType, Prospect> base, EffectType e, Prospect p) {
        Map<EffectType, Prospect> m = new EnumMap<>(EffectType.class);
        m.putAll(base);
        m.put(e, p);
        return m;
    }
}
