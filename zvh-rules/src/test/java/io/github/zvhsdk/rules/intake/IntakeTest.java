package io.github.zvhsdk.rules.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Intake: the landelijk kader 2013 test and the WGS registration criteria")
class IntakeTest {
    static final LocalDate LK = LocalDate.of(2024, 6, 1);
    static final LocalDate WGS = LocalDate.of(2025, 6, 1);
    static final IntakeConfig DEFAULTS = IntakeConfig.defaults();
    static final IntakeConfig REPLACES = IntakeConfig.builder().complexityReading(ComplexityReading.D_REPLACES_C).build();

    /** Every leefgebied assessed: the given ones as stated, the rest NO_PROBLEM. */
    static LifeDomainAssessment assessed(Map<LifeDomain, LifeDomainStatus> given) {
        Map<LifeDomain, LifeDomainStatus> m = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            m.put(d, given.getOrDefault(d, LifeDomainStatus.NO_PROBLEM));
        }
        return LifeDomainAssessment.of(m);
    }

    /** Every effect known: the given ones as stated, the rest ABSENT. */
    static Map<EffectType, Prospect> effects(Map<EffectType, Prospect> given) {
        Map<EffectType, Prospect> m = new EnumMap<>(EffectType.class);
        for (EffectType e : EffectType.values()) {
            m.put(e, given.getOrDefault(e, Prospect.ABSENT));
        }
        return m;
    }

    /** The textbook case (INT-001): every criterion of both tests TRUE, every fact known. */
    static ImmutableIntakeFacts.Builder textbook() {
        return IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .familyProblemsRelevant(Tri.FALSE)
                .lifeDomains(assessed(Map.of(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM,
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                        LifeDomain.OFFENCE_HISTORY, LifeDomainStatus.CRIMINOGENIC)))
                .effects(effects(Map.of(EffectType.CRIME, Prospect.PRESENT)))
                .domainsNeeded(Set.of(Domain.STRAF, Domain.ZORG))
                .singleChainSufficient(Tri.FALSE)
                .voluntaryFrameworkSufficient(Tri.FALSE)
                .systemInteraction(Prospect.PRESENT)
                .areaSafetyProblem(Tri.FALSE);
    }

    static Tri lk(IntakeFacts f, String key) {
        return Intake.assess(f, DEFAULTS, LK).criterion(key).value();
    }

    static Tri wgs(IntakeFacts f, String key) {
        return Intake.assess(f, DEFAULTS, WGS).criterion(key).value();
    }

    static InvalidInputException refused(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("the textbook case is complex under LK2013 and registered under the WGS, with nothing missing")
    void textbookCase() {
        IntakeDecision lk = Intake.assess(textbook().build(), LK);
        assertThat(lk.regime()).isEqualTo(IntakeRegime.LK2013);
        assertThat(lk.outcome()).isEqualTo(Tri.TRUE);
        assertThat(lk.reading()).contains(ComplexityReading.STANDALONE_D);
        assertThat(lk.criteria().keySet()).containsExactly("A", "B", "C", "D");
        assertThat(lk.missing()).isEmpty();
        IntakeDecision wgs = Intake.assess(textbook().build(), WGS);
        assertThat(wgs.regime()).isEqualTo(IntakeRegime.WGS2025);
        assertThat(wgs.outcome()).isEqualTo(Tri.TRUE);
        assertThat(wgs.reading()).isEmpty();
        assertThat(wgs.criteria().keySet()).containsExactly("subject", "a", "b", "c", "d", "regional");
        assertThat(wgs.criteria().values()).extracting(RuleResult::value).containsOnly(Tri.TRUE);
    }

    @Test
    @DisplayName("INTAKE-REGIONAL-ID: an id with a run of 8 or more digits (it could be a BSN) is refused, and never echoed")
    void intakeRegionalId_noNumberThatCouldBeABsn() {
        InvalidInputException facts = refused(() -> textbook().regional(Map.of("R123456782", Tri.TRUE)).build());
        assertThat(fields(facts)).containsExactly("regional");
        assertThat(facts.getMessage()).doesNotContain("123456782");
        InvalidInputException config = refused(() -> IntakeConfig.builder().addRegionalCriteria("x-12345678").build());
        assertThat(fields(config)).containsExactly("regionalCriteria");
        assertThat(IntakeConfig.builder().addRegionalCriteria("R1", "GM0228.wijk-1234567").build().regionalCriteria())
                .containsExactly("GM0228.wijk-1234567", "R1");
    }

    @Nested
    @DisplayName("LK2013-A: problems on several leefgebieden that lead (or are expected to lead) to crime, nuisance or decline")
    class Lk2013A {
        @ParameterizedTest(name = "{0} counts as one problem leefgebied")
        @EnumSource(LifeDomain.class)
        @DisplayName("every leefgebied counts, PROBLEM as well as CRIMINOGENIC")
        void lk2013A_everyLeefgebiedCounts(LifeDomain d) {
            LifeDomain other = d == LifeDomain.ATTITUDE ? LifeDomain.HOUSING : LifeDomain.ATTITUDE;
            for (LifeDomainStatus s : List.of(LifeDomainStatus.PROBLEM, LifeDomainStatus.CRIMINOGENIC)) {
                IntakeFacts two = textbook().lifeDomains(assessed(Map.of(d, s, other, LifeDomainStatus.PROBLEM))).build();
                IntakeFacts one = textbook().lifeDomains(assessed(Map.of(d, s))).build();
                assertThat(lk(two, "A")).isEqualTo(Tri.TRUE);
                assertThat(lk(one, "A")).isEqualTo(Tri.FALSE);
            }
        }

        static Stream<Arguments> lk2013Effects() {
            List<Arguments> r = new ArrayList<>();
            for (EffectType e : EffectType.values()) {
                for (Prospect p : Prospect.values()) {
                    boolean read = e != EffectType.UNSAFE_SITUATION;
                    Tri expected = !read ? Tri.FALSE
                            : p == Prospect.UNKNOWN ? Tri.UNKNOWN
                            : Tri.of(p == Prospect.PRESENT || p == Prospect.EXPECTED_OBJECTIVE || p == Prospect.EXPECTED);
                    r.add(Arguments.of(e, p, expected));
                }
            }
            return r.stream();
        }

        @ParameterizedTest(name = "{0} {1} alone gives A {2}")
        @MethodSource("lk2013Effects")
        @DisplayName("crime, nuisance or decline now or expected counts; PAST alone and unsafe situations do not")
        void lk2013A_effects(EffectType e, Prospect p, Tri expected) {
            IntakeFacts f = textbook().effects(effects(Map.of(e, p))).build();
            IntakeDecision d = Intake.assess(f, LK);
            assertThat(d.criterion("A").value()).isEqualTo(expected);
            assertThat(d.criterion("A").missing())
                    .isEqualTo(expected == Tri.UNKNOWN ? List.of("effects." + e.name()) : List.of());
        }

        @Test
        @DisplayName("one problem leefgebied and the rest unassessed: A UNKNOWN, every unassessed leefgebied missing (INT-002)")
        void lk2013A_unassessedLeefgebiedenAreMissing() {
            IntakeFacts f = textbook().lifeDomains(LifeDomainAssessment.of(Map.of(
                    LifeDomain.HOUSING, LifeDomainStatus.PROBLEM, LifeDomain.FRIENDS, LifeDomainStatus.NO_PROBLEM))).build();
            IntakeDecision d = Intake.assess(f, LK);
            assertThat(d.criterion("A").value()).isEqualTo(Tri.UNKNOWN);
            assertThat(d.outcome()).isEqualTo(Tri.UNKNOWN);
            assertThat(d.missing()).hasSize(10).allMatch(s -> s.startsWith("lifeDomains."))
                    .doesNotContain("lifeDomains.HOUSING", "lifeDomains.FRIENDS").isSorted();
        }

        @Test
        @DisplayName("without a qualifying effect the leefgebieden are not missing (A is FALSE whatever they are)")
        void lk2013A_noEffectMeansNoLeefgebiedMissing() {
            IntakeFacts f = textbook().lifeDomains(LifeDomainAssessment.unknown()).effects(effects(Map.of())).build();
            IntakeDecision d = Intake.assess(f, LK);
            assertThat(d.criterion("A").value()).isEqualTo(Tri.FALSE);
            assertThat(d.criterion("A").missing()).isEmpty();
        }
    }

    @Nested
    @DisplayName("LK2013-B: several chains needed, not within one chain, not voluntarily")
    class Lk2013B {
        static Stream<Arguments> domainSets() {
            return Stream.of(
                    Arguments.of(Set.of(Domain.STRAF, Domain.ZORG), Tri.TRUE),
                    Arguments.of(Set.of(Domain.ZORG, Domain.GEMEENTE), Tri.TRUE),
                    Arguments.of(EnumSet.allOf(Domain.class), Tri.TRUE),
                    Arguments.of(Set.of(Domain.STRAF, Domain.OVERIG), Tri.FALSE),
                    Arguments.of(Set.of(Domain.GEMEENTE), Tri.FALSE),
                    Arguments.of(Set.of(), Tri.FALSE));
        }

        @ParameterizedTest(name = "{0} gives {1}")
        @MethodSource("domainSets")
        @DisplayName("only STRAF, ZORG and GEMEENTE count towards several domains (LK2013-B and WGS-D alike)")
        void lk2013B_severalDomains(Set<Domain> needed, Tri expected) {
            IntakeFacts f = textbook().domainsNeeded(needed).build();
            assertThat(lk(f, "B")).isEqualTo(expected);
            assertThat(wgs(f, "d")).isEqualTo(expected);
        }

        @Test
        @DisplayName("an unknown domainsNeeded is UNKNOWN and missing; an absent one is unknown, an empty one is not")
        void lk2013B_unknownDomains() {
            IntakeDecision d = Intake.assess(textbook().domainsNeeded(java.util.Optional.empty()).build(), LK);
            assertThat(d.criterion("B").value()).isEqualTo(Tri.UNKNOWN);
            assertThat(d.missing()).containsExactly("domainsNeeded");
        }

        @ParameterizedTest(name = "singleChainSufficient {0}, voluntaryFrameworkSufficient {1}")
        @MethodSource("io.github.zvhsdk.rules.intake.IntakeTest#triPairs")
        @DisplayName("B needs both a single chain and the voluntary framework to fall short")
        void lk2013B_chainAndCoercion(Tri single, Tri voluntary) {
            IntakeFacts f = textbook().singleChainSufficient(single).voluntaryFrameworkSufficient(voluntary).build();
            assertThat(lk(f, "B")).isEqualTo(single.not().and(voluntary.not()));
        }
    }

    static Stream<Arguments> triPairs() {
        List<Arguments> r = new ArrayList<>();
        for (Tri a : Tri.values()) {
            for (Tri b : Tri.values()) {
                r.add(Arguments.of(a, b));
            }
        }
        return r.stream();
    }

    @ParameterizedTest(name = "systemInteraction {0}")
    @EnumSource(Prospect.class)
    @DisplayName("LK2013-C: the system interaction counts now or expected, not only in the past (INT-018)")
    void lk2013C_systemInteraction(Prospect p) {
        Tri expected = p == Prospect.UNKNOWN ? Tri.UNKNOWN
                : Tri.of(p == Prospect.PRESENT || p == Prospect.EXPECTED_OBJECTIVE || p == Prospect.EXPECTED);
        assertThat(lk(textbook().systemInteraction(p).build(), "C")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "areaSafetyProblem {0}")
    @EnumSource(Tri.class)
    @DisplayName("LK2013-D: a serious area-bound safety problem")
    void lk2013D_areaSafetyProblem(Tri t) {
        assertThat(lk(textbook().areaSafetyProblem(t).build(), "D")).isEqualTo(t);
    }

    @Nested
    @DisplayName("readings of 'A; en: B; en: C; of: D'")
    class Readings {
        IntakeFacts areaOnly = textbook().lifeDomains(assessed(Map.of())).areaSafetyProblem(Tri.TRUE).build();

        @Test
        @DisplayName("STANDALONE_D (default): D alone makes the case complex (INT-003)")
        void reading_standaloneD() {
            IntakeDecision d = Intake.assess(areaOnly, LK);
            assertThat(d.reading()).contains(ComplexityReading.STANDALONE_D);
            assertThat(d.criterion("A").value()).isEqualTo(Tri.FALSE);
            assertThat(d.outcome()).isEqualTo(Tri.TRUE);
        }

        @Test
        @DisplayName("D_REPLACES_C: D only stands in for C, so A fails the case (INT-004)")
        void reading_dReplacesC() {
            IntakeDecision d = Intake.assess(areaOnly, REPLACES, LK);
            assertThat(d.reading()).contains(ComplexityReading.D_REPLACES_C);
            assertThat(d.outcome()).isEqualTo(Tri.FALSE);
            IntakeDecision withA = Intake.assess(textbook().systemInteraction(Prospect.ABSENT).areaSafetyProblem(Tri.TRUE)
                    .build(), REPLACES, LK);
            assertThat(withA.criterion("C").value()).isEqualTo(Tri.FALSE);
            assertThat(withA.outcome()).isEqualTo(Tri.TRUE);
        }

        @Test
        @DisplayName("STANDALONE_D with A FALSE: the facts of B and C are not missing, those of D are")
        void reading_missingFollowsRelevance() {
            IntakeFacts f = IntakeFacts.builder().identifiedSubject(true).lifeDomains(assessed(Map.of())).build();
            IntakeDecision d = Intake.assess(f, LK);
            assertThat(d.criterion("A").value()).isEqualTo(Tri.FALSE);
            assertThat(d.criterion("B").missing()).containsExactly("domainsNeeded", "singleChainSufficient",
                    "voluntaryFrameworkSufficient");
            assertThat(d.missing()).containsExactly("areaSafetyProblem");
            IntakeDecision r = Intake.assess(f, REPLACES, LK);
            assertThat(r.outcome()).isEqualTo(Tri.FALSE);
            assertThat(r.missing()).isEmpty();
        }

        @Test
        @DisplayName("labels are Dutch and English")
        void reading_labels() {
            for (ComplexityReading r : ComplexityReading.values()) {
                assertThat(r.labelNl()).isNotBlank().isNotEqualTo(r.labelEn());
                assertThat(r.label(Locale.forLanguageTag("nl"))).isEqualTo(r.labelNl());
            }
        }
    }

    @Nested
    @DisplayName("INTAKE-REGIME: the date picks the test")
    class Regime {
        @Test
        @DisplayName("LK2013 up to the day before the WGS date, WGS2025 from it, and the date can be moved")
        void intakeRegime_boundary() {
            IntakeFacts f = textbook().build();
            assertThat(Intake.assess(f, LocalDate.of(2013, 1, 1)).regime()).isEqualTo(IntakeRegime.LK2013);
            assertThat(Intake.assess(f, LocalDate.of(2025, 2, 28)).regime()).isEqualTo(IntakeRegime.LK2013);
            assertThat(Intake.assess(f, LocalDate.of(2025, 3, 1)).regime()).isEqualTo(IntakeRegime.WGS2025);
            IntakeConfig early = IntakeConfig.builder().wgsDate(LocalDate.of(2025, 1, 1)).build();
            assertThat(Intake.assess(f, early, LocalDate.of(2024, 12, 31)).regime()).isEqualTo(IntakeRegime.LK2013);
            assertThat(Intake.assess(f, early, LocalDate.of(2025, 1, 1)).regime()).isEqualTo(IntakeRegime.WGS2025);
            assertThat(Intake.regime(early, LocalDate.of(2025, 1, 1))).isEqualTo(IntakeRegime.WGS2025);
        }

        @Test
        @DisplayName("both tests on their own: same criteria as assess, and the decision says whether its test governs")
        void intakeRegime_standaloneTests() {
            IntakeFacts f = textbook().areaSafetyProblem(Tri.UNKNOWN).build();
            IntakeDecision lkOnWgsDate = Intake.complexity(f, ComplexityReading.D_REPLACES_C, WGS);
            assertThat(lkOnWgsDate.regime()).isEqualTo(IntakeRegime.LK2013);
            assertThat(lkOnWgsDate.governing()).isFalse();
            assertThat(lkOnWgsDate.regimeRule().value()).isEqualTo(Tri.FALSE);
            assertThat(lkOnWgsDate.criteria()).isEqualTo(Intake.assess(f, REPLACES, LK).criteria());
            assertThat(lkOnWgsDate.explain(Locale.ENGLISH)).contains("does not govern");
            IntakeDecision wgsBefore = Intake.wgs(f, LK);
            assertThat(wgsBefore.regime()).isEqualTo(IntakeRegime.WGS2025);
            assertThat(wgsBefore.governing()).isFalse();
            assertThat(wgsBefore.criteria()).isEqualTo(Intake.assess(f, WGS).criteria());
            assertThat(Intake.assess(f, WGS).governing()).isTrue();
            assertThat(Intake.complexity(f, DEFAULTS, LK)).isEqualTo(Intake.assess(f, LK));
        }
    }

    @ParameterizedTest(name = "subjectProblems {0}, familyProblemsRelevant {1}")
    @MethodSource("triPairs")
    @DisplayName("WGS-A: problems of the subject, or relevant problems in the family situation (INT-016)")
    void wgsA_subjectOrFamily(Tri subject, Tri family) {
        IntakeDecision d = Intake.assess(textbook().subjectProblems(subject).familyProblemsRelevant(family).build(), WGS);
        assertThat(d.criterion("a").value()).isEqualTo(subject.or(family));
        List<String> expected = new ArrayList<>();
        if (subject.or(family) == Tri.UNKNOWN) {
            if (family == Tri.UNKNOWN) {
                expected.add("familyProblemsRelevant");
            }
            if (subject == Tri.UNKNOWN) {
                expected.add("subjectProblems");
            }
        }
        assertThat(d.missing()).isEqualTo(expected);
    }

    @Test
    @DisplayName("WGS-B: only CRIMINOGENIC leefgebieden count; three problems with one criminogenic fail (INT-010)")
    void wgsB_criminogenicOnly() {
        IntakeFacts oneCrim = textbook().lifeDomains(assessed(Map.of(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM,
                LifeDomain.INCOME_MONEY, LifeDomainStatus.PROBLEM, LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC))).build();
        assertThat(wgs(oneCrim, "b")).isEqualTo(Tri.FALSE);
        assertThat(lk(oneCrim, "A")).isEqualTo(Tri.TRUE);
        for (LifeDomain d : LifeDomain.values()) {
            LifeDomain other = d == LifeDomain.ATTITUDE ? LifeDomain.HOUSING : LifeDomain.ATTITUDE;
            IntakeFacts two = textbook().lifeDomains(assessed(Map.of(d, LifeDomainStatus.CRIMINOGENIC, other,
                    LifeDomainStatus.CRIMINOGENIC))).build();
            assertThat(wgs(two, "b")).as(d.name()).isEqualTo(Tri.TRUE);
        }
        IntakeFacts partly = textbook().lifeDomains(LifeDomainAssessment.of(Map.of(LifeDomain.DRUGS,
                LifeDomainStatus.CRIMINOGENIC, LifeDomain.HOUSING, LifeDomainStatus.PROBLEM))).build();
        IntakeDecision d = Intake.assess(partly, WGS);
        assertThat(d.criterion("b").value()).isEqualTo(Tri.UNKNOWN);
        assertThat(d.missing()).hasSize(10).doesNotContain("lifeDomains.DRUGS", "lifeDomains.HOUSING");
    }

    static Stream<Arguments> wgsEffects() {
        List<Arguments> r = new ArrayList<>();
        for (EffectType e : EffectType.values()) {
            for (Prospect p : Prospect.values()) {
                boolean read = e == EffectType.CRIME || e == EffectType.SERIOUS_NUISANCE || e == EffectType.UNSAFE_SITUATION;
                Tri expected = !read ? Tri.FALSE
                        : p == Prospect.UNKNOWN ? Tri.UNKNOWN
                        : Tri.of(p == Prospect.PRESENT || p == Prospect.PAST || p == Prospect.EXPECTED_OBJECTIVE);
                r.add(Arguments.of(e, p, expected));
            }
        }
        return r.stream();
    }

    @ParameterizedTest(name = "{0} {1} alone gives c {2}")
    @MethodSource("wgsEffects")
    @DisplayName("WGS-C: crime, serious nuisance or unsafe situations caused now, before or objectively expected (INT-011..013)")
    void wgsC_effects(EffectType e, Prospect p, Tri expected) {
        IntakeDecision d = Intake.assess(textbook().effects(effects(Map.of(e, p))).build(), WGS);
        assertThat(d.criterion("c").value()).isEqualTo(expected);
        assertThat(d.missing()).isEqualTo(expected == Tri.UNKNOWN ? List.of("effects." + e.name()) : List.of());
    }

    @Test
    @DisplayName("WGS-D: several domains of participants; unknown set is missing")
    void wgsD_severalDomains() {
        IntakeDecision d = Intake.assess(textbook().domainsNeeded(java.util.Optional.empty()).build(), WGS);
        assertThat(d.criterion("d").value()).isEqualTo(Tri.UNKNOWN);
        assertThat(d.missing()).containsExactly("domainsNeeded");
        assertThat(wgs(textbook().domainsNeeded(Set.of(Domain.ZORG, Domain.OVERIG)).build(), "d")).isEqualTo(Tri.FALSE);
    }

    @Test
    @DisplayName("WGS-SUBJECT: an area case without an identified person is not registered (INT-014); LK2013 does not read it")
    void wgsSubject_identifiedPerson() {
        IntakeFacts area = textbook().identifiedSubject(false).build();
        IntakeDecision d = Intake.assess(area, WGS);
        assertThat(d.criterion("subject").value()).isEqualTo(Tri.FALSE);
        assertThat(d.outcome()).isEqualTo(Tri.FALSE);
        assertThat(Intake.assess(area, LK).outcome()).isEqualTo(Tri.TRUE);
    }

    @Nested
    @DisplayName("WGS-REGIONAL: the house's additional criteria narrow")
    class Regional {
        IntakeConfig house = IntakeConfig.builder().name("ZVH-Test").version("2025.1")
                .addRegionalCriteria("R2", "R1").build();

        @Test
        @DisplayName("no regional criteria configured: TRUE")
        void wgsRegional_noneConfigured() {
            IntakeDecision d = Intake.assess(textbook().build(), WGS);
            assertThat(d.criterion("regional").value()).isEqualTo(Tri.TRUE);
            assertThat(d.regional()).isEmpty();
        }

        @Test
        @DisplayName("a configured id without a value is UNKNOWN and missing; a FALSE one fails the case (INT-015)")
        void wgsRegional_configured() {
            IntakeDecision d = Intake.assess(textbook().putRegional("R1", Tri.TRUE).build(), house, WGS);
            assertThat(d.criterion("regional").value()).isEqualTo(Tri.UNKNOWN);
            assertThat(d.regional()).containsExactly(Map.entry("R1", Tri.TRUE), Map.entry("R2", Tri.UNKNOWN));
            assertThat(d.missing()).containsExactly("regional.R2");
            assertThat(d.configIdentity()).isEqualTo("ZVH-Test@2025.1");
            IntakeDecision f = Intake.assess(textbook().putRegional("R1", Tri.FALSE).build(), house, WGS);
            assertThat(f.outcome()).isEqualTo(Tri.FALSE);
            assertThat(f.missing()).isEmpty();
            IntakeDecision t = Intake.assess(textbook().putRegional("R1", Tri.TRUE).putRegional("R2", Tri.TRUE).build(),
                    house, WGS);
            assertThat(t.outcome()).isEqualTo(Tri.TRUE);
        }

        @Test
        @DisplayName("LK2013 does not evaluate regional criteria, nor lists them as missing")
        void wgsRegional_notUnderLk2013() {
            IntakeDecision d = Intake.assess(textbook().systemInteraction(Prospect.UNKNOWN).build(), house, LK);
            assertThat(d.regional()).isEmpty();
            assertThat(d.missing()).containsExactly("systemInteraction");
        }

        @Test
        @DisplayName("a value for an id the house does not have is refused, under either regime")
        void wgsRegional_unknownIdRefused() {
            IntakeFacts f = textbook().putRegional("R9", Tri.TRUE).build();
            for (LocalDate asOf : List.of(LK, WGS)) {
                InvalidInputException e = refused(() -> Intake.assess(f, house, asOf));
                assertThat(fields(e)).containsExactly("regional.R9");
                assertThat(e.violations().get(0).ruleId()).isEqualTo("WGS-REGIONAL");
            }
            assertThat(fields(refused(() -> Intake.wgs(f, WGS)))).containsExactly("regional.R9");
        }
    }

    @Test
    @DisplayName("citations (rev. 2): LK2013 criteria cite SRC-LK2013 §4.2 and SRC-MJA2124 §2.2.4; WGS a-d SRC-BGS art."
            + " 2.20 lid 1 onder a-d; subject WGS art. 2.31 lid 1; regional SRC-WVV2024 §6; INTAKE-REGIME BGS art. 4.1")
    void citations() {
        IntakeDecision lk = Intake.assess(textbook().build(), LK);
        for (String k : List.of("A", "B", "C", "D")) {
            assertThat(lk.criterion(k).ruleId()).isEqualTo("LK2013-" + k);
            assertThat(lk.criterion(k).citations()).containsExactly(Citation.of(SourceId.LK2013, "§4.2"),
                    Citation.of(SourceId.MJA2124, "§2.2.4"));
        }
        assertThat(lk.regimeRule().citations()).containsExactly(Citation.of(SourceId.LK2013, "§1.1"),
                Citation.of(SourceId.BGS, "art. 4.1"));
        IntakeDecision w = Intake.assess(textbook().build(), WGS);
        assertThat(w.criteria().values()).extracting(RuleResult::ruleId)
                .containsExactly("WGS-SUBJECT", "WGS-A", "WGS-B", "WGS-C", "WGS-D", "WGS-REGIONAL");
        Citation wvv = Citation.of(SourceId.WVV2024, "§6");
        for (String k : List.of("a", "b", "c", "d")) {
            assertThat(w.criterion(k).citations()).as(k)
                    .containsExactly(Citation.of(SourceId.BGS, "art. 2.20 lid 1 onder " + k), wvv);
        }
        assertThat(w.criterion("subject").citations()).containsExactly(Citation.of(SourceId.WGS, "art. 2.31 lid 1"),
                Citation.of(SourceId.BGS, "art. 2.20 lid 1 aanhef"), wvv);
        assertThat(w.criterion("regional").citations()).containsExactly(wvv, Citation.of(SourceId.BGS, "art. 2.20 lid 1"));
        assertThat(w.regimeRule().citations()).isEqualTo(lk.regimeRule().citations());
        // an UNKNOWN criterion cites the same as a definite one
        IntakeDecision u = Intake.assess(textbook().subjectProblems(Tri.UNKNOWN).familyProblemsRelevant(Tri.UNKNOWN)
                .build(), WGS);
        assertThat(u.criterion("a").value()).isEqualTo(Tri.UNKNOWN);
        assertThat(u.criterion("a").citations()).isEqualTo(w.criterion("a").citations());
        assertThat(w.trace()).extracting(RuleResult::ruleId).containsExactly("INTAKE-REGIME", "WGS-SUBJECT", "WGS-A",
                "WGS-B", "WGS-C", "WGS-D", "WGS-REGIONAL");
        assertThatThrownBy(() -> w.criterion("A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("citation links (rev. 2): every WGS criterion opens BGS art. 2.20 as it read on the decision's date;"
            + " sources outside the Basiswettenbestand have no link")
    void citationLinks() {
        IntakeDecision w = Intake.assess(textbook().build(), WGS);
        String article = "https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=2.20&z=2025-06-01&g=2025-06-01";
        for (String k : List.of("a", "b", "c", "d", "regional")) {
            List<String> links = w.criterion(k).citations().stream()
                    .flatMap(c -> c.link(w.asOf()).stream()).map(Object::toString).toList();
            assertThat(links).as(k).containsExactly(article);
        }
        assertThat(w.criterion("subject").citations().stream().flatMap(c -> c.link(w.asOf()).stream())
                .map(Object::toString)).containsExactly(
                        "https://wetten.overheid.nl/jci1.3:c:BWBR0049962&artikel=2.31&z=2025-06-01&g=2025-06-01",
                        article);
        // before the WGS date the LK2013 test cites no statute, and INTAKE-REGIME's BGS art. 4.1 opens its first version
        IntakeDecision lk = Intake.assess(textbook().build(), LK);
        assertThat(lk.criteria().values().stream().flatMap(r -> r.citations().stream())
                .flatMap(c -> c.link(lk.asOf()).stream())).isEmpty();
        assertThat(lk.regimeRule().citations().stream().flatMap(c -> c.link(lk.asOf()).stream()).map(Object::toString))
                .containsExactly("https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=4.1&z=2025-03-01&g=2025-03-01");
        // the decision's JSON carries citations, not links or dates of their own
        assertThat(ZvhJson.write(w)).contains("\"section\":\"art. 2.20 lid 1 onder c\"").doesNotContain("wetten.overheid.nl");
    }

    @Test
    @DisplayName("explain gives a Dutch and an English paragraph with the reading, criteria, missing facts and configuration")
    void explain() {
        IntakeDecision d = Intake.assess(textbook().systemInteraction(Prospect.UNKNOWN).areaSafetyProblem(Tri.UNKNOWN)
                .build(), LK);
        String nl = d.explain(Locale.forLanguageTag("nl"));
        String en = d.explain(Locale.ENGLISH);
        assertThat(nl).contains("landelijk kader", "D zelfstandig", "LK2013-A", "onbekend", "areaSafetyProblem",
                "systemInteraction", IntakeConfig.REFERENCE_NAME, "2024-06-01");
        assertThat(en).contains("Tested", "D stands alone", "not yet known", "Needed for a decision", "areaSafetyProblem");
        IntakeDecision w = Intake.assess(textbook().putRegional("R1", Tri.FALSE).build(),
                IntakeConfig.builder().addRegionalCriteria("R1").build(), WGS);
        assertThat(w.explain(Locale.forLanguageTag("nl"))).contains("WGS-registratiecriteria", "voldoet niet", "R1 onwaar",
                "WGS-REGIONAL");
        assertThat(w.explain(Locale.ENGLISH)).contains("does not meet", "R1 false");
    }

    @Test
    @DisplayName("INTAKE-MISSING: a definite decision lists no missing facts; an UNKNOWN one may")
    void definiteDecisionListsNoMissing() {
        IntakeDecision open = Intake.assess(textbook().systemInteraction(Prospect.UNKNOWN).areaSafetyProblem(Tri.UNKNOWN)
                .build(), LK);
        assertThat(open.outcome()).isEqualTo(Tri.UNKNOWN);
        assertThat(open.missing()).isNotEmpty();
        ImmutableIntakeDecision copy = ImmutableIntakeDecision.copyOf(open);
        for (Tri definite : List.of(Tri.TRUE, Tri.FALSE)) {
            assertThatThrownBy(() -> copy.withOutcome(definite)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.violations()).extracting(Violation::field, Violation::ruleId)
                            .containsExactly(tuple("missing", "INTAKE-MISSING")));
            assertThat(copy.withMissing().withOutcome(definite).outcome()).isEqualTo(definite);
        }
        assertThat(copy.withMissing("areaSafetyProblem").missing()).containsExactly("areaSafetyProblem");
    }

    @Test
    @DisplayName("a decision read back with a criterion this version does not know shows that criterion by its id")
    void explain_unknownCriterionById() {
        IntakeDecision d = Intake.assess(textbook().build(), LK);
        String json = ZvhJson.write(d);
        assertThat(json).contains("\"criteria\":{\"A\":");
        IntakeDecision later = ZvhJson.read(json.replace("\"criteria\":{\"A\":", "\"criteria\":{\"LATER\":"),
                IntakeDecision.class);
        assertThat(later.criteria().keySet()).containsExactly("LATER", "B", "C", "D");
        for (Locale l : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            assertThat(later.explain(l)).contains("Criteria: LATER: " + Tri.TRUE.label(l) + " [LK2013-A]");
        }
    }

    @Nested
    @DisplayName("refused input: every violation at once, naming the field; never a partial decision")
    class Errors {
        @Test
        @DisplayName("asOf 2012-12-31 is outside the framework (INT-017); 2013-01-01 is inside; null is refused")
        void errors_asOfBeforeFramework() {
            InvalidInputException e = refused(() -> Intake.assess(textbook().build(), LocalDate.of(2012, 12, 31)));
            assertThat(fields(e)).containsExactly("asOf");
            assertThat(e.getMessage()).contains("2013-01-01");
            assertThat(fields(refused(() -> Intake.assess(textbook().build(), null)))).containsExactly("asOf");
            assertThat(fields(refused(() -> Intake.complexity(textbook().build(), ComplexityReading.STANDALONE_D,
                    LocalDate.of(2012, 12, 31))))).containsExactly("asOf");
            assertThat(fields(refused(() -> Intake.wgs(textbook().build(), LocalDate.of(2012, 12, 31)))))
                    .containsExactly("asOf");
        }

        @Test
        @DisplayName("a bad date and an unknown regional id are reported together")
        void errors_allAtOnce() {
            InvalidInputException e = refused(() -> Intake.assess(textbook().putRegional("R1", Tri.TRUE).build(),
                    LocalDate.of(2000, 1, 1)));
            assertThat(fields(e)).containsExactlyInAnyOrder("asOf", "regional.R1");
        }

        @Test
        @DisplayName("identifiedSubject is required: missing in the builder or in JSON, or JSON null, is refused")
        void errors_identifiedSubjectRequired() {
            assertThat(fields(refused(() -> IntakeFacts.builder().build()))).containsExactly("identifiedSubject");
            InvalidInputException e = refused(() -> ZvhJson.read("{\"subjectProblems\": \"TRUE\"}", IntakeFacts.class));
            assertThat(fields(e)).singleElement().asString().contains("identifiedSubject");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": null}", IntakeFacts.class))).isNotNull();
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": \"true\"}", IntakeFacts.class))).isNotNull();
        }

        @Test
        @DisplayName("an unknown enum token is refused with its path, token and the allowed values")
        void errors_unknownEnumToken() {
            InvalidInputException e = refused(() -> ZvhJson.read(
                    "{\"identifiedSubject\": true, \"lifeDomains\": {\"DRUGS\": \"SEVERE\"}}", IntakeFacts.class));
            assertThat(e.getMessage()).contains("lifeDomains", "SEVERE", "CRIMINOGENIC");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"effects\": {\"CRIME\": \"SOMETIMES\"}}",
                    IntakeFacts.class)).getMessage()).contains("SOMETIMES", "EXPECTED_OBJECTIVE");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"effects\": {\"THEFT\": \"PRESENT\"}}",
                    IntakeFacts.class)).getMessage()).contains("THEFT");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"domainsNeeded\": [\"UNKNOWN\"]}",
                    IntakeFacts.class)).getMessage()).contains("domainsNeeded");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"domainsNeeded\": [\"STRAF\", null]}",
                    IntakeFacts.class)).getMessage()).contains("domainsNeeded");
        }

        @Test
        @DisplayName("a three-valued fact given as a JSON boolean is refused (INT-020); an unknown fact is refused (INT-019)")
        void errors_jsonBooleanForTri() {
            InvalidInputException e = refused(() -> ZvhJson.read(
                    "{\"identifiedSubject\": true, \"areaSafetyProblem\": true}", IntakeFacts.class));
            assertThat(e.getMessage()).contains("areaSafetyProblem");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"regional\": {\"R1\": false}}",
                    IntakeFacts.class)).getMessage()).contains("regional");
            assertThat(refused(() -> ZvhJson.read("{\"identifiedSubject\": true, \"bogusFact\": \"TRUE\"}",
                    IntakeFacts.class)).getMessage()).contains("bogusFact");
        }

        @Test
        @DisplayName("configuration: unknown key, unknown reading, WGS date before 2013 and a bad regional id are refused")
        void errors_config() {
            assertThat(refused(() -> ZvhJson.read("{\"bogus\": 1}", IntakeConfig.class)).getMessage()).contains("bogus");
            assertThat(refused(() -> ZvhJson.read("{\"complexityReading\": \"A_ONLY\"}", IntakeConfig.class)).getMessage())
                    .contains("STANDALONE_D", "D_REPLACES_C");
            assertThat(fields(refused(() -> IntakeConfig.builder().wgsDate(LocalDate.of(2012, 1, 1)).build())))
                    .containsExactly("wgsDate");
            assertThat(fields(refused(() -> IntakeConfig.builder().addRegionalCriteria("has space").build())))
                    .containsExactly("regionalCriteria");
            assertThat(fields(refused(() -> textbook().putRegional("", Tri.TRUE).build()))).containsExactly("regional");
            assertThat(fields(refused(() -> IntakeConfig.builder().name("").version("<v>").build())))
                    .containsExactlyInAnyOrder("name", "version");
            InvalidInputException e = refused(() -> textbook().putRegional("Jan Jansen", Tri.TRUE).build());
            assertThat(e.getMessage()).doesNotContain("Jansen");
        }

        @Test
        @DisplayName("MODEL-REQUIRED: a Java null for a fact or a map value is refused naming the field, never read as"
                + " FALSE (a null systemInteraction or effect was no qualifying prospect: C FALSE instead of UNKNOWN)")
        void modelRequired_nullFactRefusedNotGuessed() {
            assertThat(fields(refused(() -> textbook().subjectProblems(null).familyProblemsRelevant(null)
                    .lifeDomains(null).singleChainSufficient(null).voluntaryFrameworkSufficient(null)
                    .systemInteraction(null).areaSafetyProblem(null).build()))).containsExactlyInAnyOrder(
                    "subjectProblems", "familyProblemsRelevant", "lifeDomains", "singleChainSufficient",
                    "voluntaryFrameworkSufficient", "systemInteraction", "areaSafetyProblem");
            Map<EffectType, Prospect> effects = new java.util.HashMap<>();
            effects.put(EffectType.CRIME, null);
            InvalidInputException e = refused(() -> textbook().effects(effects).build());
            assertThat(fields(e)).containsExactly("effects.CRIME");
            assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("MODEL-REQUIRED");
            Map<String, Tri> regional = new java.util.HashMap<>();
            regional.put("R1", null);
            assertThat(fields(refused(() -> textbook().regional(regional).build()))).containsExactly("regional.R1");
            // JSON null stays what FORMAT.md says it is: unknown
            assertThat(ZvhJson.read("{\"identifiedSubject\": true, \"systemInteraction\": null, \"effects\":"
                    + " {\"CRIME\": null}, \"regional\": {\"R1\": null}}", IntakeFacts.class).regional())
                    .containsEntry("R1", Tri.UNKNOWN);
            assertThat(fields(refused(() -> IntakeConfig.builder().complexityReading(null).wgsDate(null).build())))
                    .containsExactlyInAnyOrder("complexityReading", "wgsDate");
        }

        @Test
        @DisplayName("null arguments fail fast with the argument's name")
        void errors_nullArguments() {
            assertThatThrownBy(() -> Intake.assess(null, LK)).isInstanceOf(NullPointerException.class).hasMessage("facts");
            assertThatThrownBy(() -> Intake.assess(textbook().build(), null, LK)).hasMessage("config");
            assertThatThrownBy(() -> Intake.complexity(textbook().build(), (ComplexityReading) null, LK))
                    .hasMessage("reading");
        }
    }

    @Nested
    @DisplayName("JSON")
    class Json {
        @Test
        @DisplayName("absent and null facts are unknown; present values read as the spec names them")
        void json_absentAndNullAreUnknown() {
            IntakeFacts f = ZvhJson.read("{\"identifiedSubject\": true, \"lifeDomains\": null, \"effects\": {\"CRIME\": null},"
                    + " \"domainsNeeded\": null, \"systemInteraction\": null, \"areaSafetyProblem\": null}", IntakeFacts.class);
            assertThat(f).isEqualTo(IntakeFacts.builder().identifiedSubject(true).build());
            assertThat(f.effect(EffectType.CRIME)).isEqualTo(Prospect.UNKNOWN);
            assertThat(f.domainsNeeded()).isEmpty();
            IntakeFacts empty = ZvhJson.read("{\"identifiedSubject\": true, \"domainsNeeded\": []}", IntakeFacts.class);
            assertThat(empty.domainsNeeded()).contains(Set.of());
        }

        @Test
        @DisplayName("facts, configuration and decision round-trip (write, read, equal)")
        void json_roundTrip() {
            IntakeFacts f = textbook().putRegional("R1", Tri.UNKNOWN).build();
            assertThat(ZvhJson.read(ZvhJson.write(f), IntakeFacts.class)).isEqualTo(f);
            IntakeConfig c = IntakeConfig.builder().addRegionalCriteria("R1").wgsDate(LocalDate.of(2025, 1, 1))
                    .complexityReading(ComplexityReading.D_REPLACES_C).name("x").version("1").build();
            assertThat(ZvhJson.read(ZvhJson.write(c), IntakeConfig.class)).isEqualTo(c);
            for (LocalDate asOf : List.of(LK, WGS)) {
                IntakeDecision d = Intake.assess(f, c, asOf);
                String json = ZvhJson.write(d);
                assertThat(json).doesNotContain("explain").contains("\"regime\"", "\"missing\"", "\"criteria\"");
                assertThat(ZvhJson.read(json, IntakeDecision.class)).isEqualTo(d);
            }
        }

        @Test
        @DisplayName("domainsNeeded is copied: changing the caller's set afterwards changes nothing")
        void json_domainsNeededIsImmutable() {
            Set<Domain> mine = new HashSet<>(Set.of(Domain.STRAF, Domain.ZORG));
            IntakeFacts f = textbook().domainsNeeded(mine).build();
            mine.clear();
            assertThat(f.domainsNeeded()).contains(Set.of(Domain.STRAF, Domain.ZORG));
            assertThatThrownBy(() -> f.domainsNeeded().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(ZvhJson.write(textbook().domainsNeeded(Set.of(Domain.ZORG, Domain.STRAF)).build()))
                    .contains("[\"STRAF\",\"ZORG\"]");
        }
    }

    /** The Dutch paragraph has the Dutch phrase and not the English one; the English paragraph the other way round. */
    private static void explainsIn(IntakeDecision d, String dutch, String english) {
        String nl = d.explain(Locale.forLanguageTag("nl"));
        String en = d.explain(Locale.ENGLISH);
        assertThat(nl).contains(dutch).doesNotContain(english);
        assertThat(en).contains(english).doesNotContain(dutch);
    }

    @Test
    @DisplayName("explain: every outcome of both tests, the header, the reference date, the note off the governing date, "
            + "the missing facts and the configuration, each in its own language")
    void explainEveryBranch() {
        IntakeFacts complete = textbook().build();
        IntakeDecision lkTrue = Intake.assess(complete, LK);
        assertThat(lkTrue.outcome()).isEqualTo(Tri.TRUE);
        explainsIn(lkTrue, "Getoetst aan de definitie van complexe problematiek van het landelijk kader 2013 (SRC-LK2013 §4.2), lezing \"",
                "Tested against the landelijk kader 2013 definition of complex problems (SRC-LK2013 §4.2), reading \"");
        explainsIn(lkTrue, ", peildatum 2024-06-01. ", ", reference date 2024-06-01. ");
        explainsIn(lkTrue, "Uitkomst: complexe problematiek.", "Outcome: complex problems.");
        explainsIn(lkTrue, "Configuratie: " + lkTrue.configIdentity() + ".", "Configuration: " + lkTrue.configIdentity() + ".");
        assertThat(lkTrue.explain(Locale.ENGLISH)).contains("[LK2013-A]", "[LK2013-D]").doesNotContain("Needed for a decision")
                .endsWith("Configuration: " + lkTrue.configIdentity() + ".");
        assertThat(lkTrue.explain(Locale.forLanguageTag("nl"))).doesNotContain("Nodig voor een besluit", "Let op");

        IntakeDecision lkFalse = Intake.assess(textbook().systemInteraction(Prospect.PAST).build(), LK);
        assertThat(lkFalse.outcome()).isEqualTo(Tri.FALSE);
        explainsIn(lkFalse, "Uitkomst: geen complexe problematiek.", "Outcome: not complex.");

        IntakeDecision lkUnknown = Intake.assess(textbook().systemInteraction(Prospect.UNKNOWN).areaSafetyProblem(Tri.UNKNOWN)
                .build(), LK);
        explainsIn(lkUnknown, "Uitkomst: nog onbekend.", "Outcome: not yet known.");
        explainsIn(lkUnknown, "Nodig voor een besluit: areaSafetyProblem, systemInteraction. ",
                "Needed for a decision: areaSafetyProblem, systemInteraction. ");

        IntakeDecision wgsTrue = Intake.assess(complete, WGS);
        assertThat(wgsTrue.outcome()).isEqualTo(Tri.TRUE);
        // rev. 2: the criteria are those of BGS art. 2.20 lid 1 (before: the report quoting them, SRC-WVV2024 §6)
        explainsIn(wgsTrue, "Getoetst aan de WGS-registratiecriteria a–d (SRC-BGS art. 2.20 lid 1)",
                "Tested against the WGS registration criteria a–d (SRC-BGS art. 2.20 lid 1)");
        explainsIn(wgsTrue, "Uitkomst: voldoet aan de registratiecriteria.", "Outcome: meets the registration criteria.");
        assertThat(wgsTrue.explain(Locale.ENGLISH)).contains("[WGS-SUBJECT]", "[WGS-REGIONAL]", "additional regional criteria: ")
                .doesNotContain("(R1");

        IntakeDecision wgsFalse = Intake.assess(textbook().subjectProblems(Tri.FALSE).build(), WGS);
        explainsIn(wgsFalse, "Uitkomst: voldoet niet aan de registratiecriteria.", "Outcome: does not meet the registration criteria.");
        IntakeDecision wgsUnknown = Intake.assess(textbook().subjectProblems(Tri.UNKNOWN).build(), WGS);
        explainsIn(wgsUnknown, "Uitkomst: nog onbekend.", "Outcome: not yet known.");
        explainsIn(wgsUnknown, "Nodig voor een besluit: subjectProblems. ", "Needed for a decision: subjectProblems. ");

        IntakeDecision regional = Intake.assess(textbook().putRegional("R1", Tri.TRUE).build(),
                IntakeConfig.builder().addRegionalCriteria("R1", "R2").build(), WGS);
        assertThat(regional.explain(Locale.ENGLISH)).contains("additional regional criteria: ")
                .contains(" (R1 true, R2 ").contains(") [WGS-REGIONAL]");

        IntakeDecision offDate = Intake.complexity(complete, DEFAULTS, WGS);
        explainsIn(offDate, "Let op: op deze datum geldt deze toets niet (INTAKE-REGIME, WGS-datum " + DEFAULTS.wgsDate() + "). ",
                "Note: this test does not govern on this date (INTAKE-REGIME, WGS date " + DEFAULTS.wgsDate() + "). ");
    }

    @Test
    @DisplayName("explain: the criteria carry their labels in the paragraph's language")
    void explainCriterionLabels() {
        IntakeDecision lk = Intake.assess(textbook().build(), LK);
        explainsIn(lk, "A (problemen op meerdere leefgebieden", "A (problems on several leefgebieden");
        IntakeDecision wgs = Intake.assess(textbook().build(), WGS);
        explainsIn(wgs, "geïdentificeerde betrokkene: ", "identified subject: ");
    }
}
