package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The intake decision (spec/intake.md): does a case belong in a Zorg- en Veiligheidshuis on a given date?
 *
 * <pre>{@code
 * IntakeDecision d = Intake.assess(facts, IntakeConfig.defaults(), LocalDate.of(2025, 6, 1));
 * d.regime();    // WGS2025
 * d.outcome();   // TRUE / FALSE / UNKNOWN
 * d.missing();   // [effects.CRIME, ...] when UNKNOWN
 * d.explain(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * <p>Every function is pure: no clock, no I/O, no state. Bad input is refused with one
 * {@link InvalidInputException} listing every violation; no partial decision is ever returned.
 *
 * <p>This class is thread-safe.
 */
public final class Intake {
    /** The rule that picks the governing test by date. */
    public static final String REGIME_RULE = "INTAKE-REGIME";

    static final List<Citation> LK2013_CITATIONS =
            List.of(Citation.of(SourceId.LK2013, "§4.2"), Citation.of(SourceId.MJA2124, "§2.2.4"));
    /** The article of the BGS that lays down the WGS registration criteria (intake.md, rev. 2). */
    static final String CRITERIA_ARTICLE = "art. 2.20 lid 1";
    /** The report that quotes the criteria, and says a house may add criteria of its own. */
    static final Citation WVV_CRITERIA = Citation.of(SourceId.WVV2024, "§6");
    static final List<Citation> REGIME_CITATIONS =
            List.of(Citation.of(SourceId.LK2013, "§1.1"), Citation.of(SourceId.BGS, "art. 4.1"));

    private static final Criterion LK2013_A = new Criterion("LK2013-A", LK2013_CITATIONS);
    private static final Criterion LK2013_B = new Criterion("LK2013-B", LK2013_CITATIONS);
    private static final Criterion LK2013_C = new Criterion("LK2013-C", LK2013_CITATIONS);
    private static final Criterion LK2013_D = new Criterion("LK2013-D", LK2013_CITATIONS);
    // a case is reported about a betrokkene (WGS art. 2.31 lid 1), and the criteria are those of such a case (aanhef)
    private static final Criterion WGS_SUBJECT = new Criterion("WGS-SUBJECT", List.of(
            Citation.of(SourceId.WGS, "art. 2.31 lid 1"), Citation.of(SourceId.BGS, CRITERIA_ARTICLE + " aanhef"),
            WVV_CRITERIA));
    private static final Criterion WGS_A = new Criterion("WGS-A", wgsCriterion("a"));
    private static final Criterion WGS_B = new Criterion("WGS-B", wgsCriterion("b"));
    private static final Criterion WGS_C = new Criterion("WGS-C", wgsCriterion("c"));
    private static final Criterion WGS_D = new Criterion("WGS-D", wgsCriterion("d"));
    // "Binnen deze criteria kunnen Zorg- en Veiligheidshuizen aanvullende criteria opstellen": the report, within
    // the criteria of the BGS
    private static final Criterion WGS_REGIONAL = new Criterion("WGS-REGIONAL", List.of(WVV_CRITERIA,
            Citation.of(SourceId.BGS, CRITERIA_ARTICLE)));
    private static final Criterion REGIME = new Criterion(REGIME_RULE, REGIME_CITATIONS);

    private Intake() {}

    /** WGS-A..D: BGS art. 2.20 lid 1 onder a, b, c or d, quoted in SRC-WVV2024 §6. */
    private static List<Citation> wgsCriterion(String letter) {
        return List.of(Citation.of(SourceId.BGS, CRITERIA_ARTICLE + " onder " + letter), WVV_CRITERIA);
    }

    /**
     * INTAKE-REGIME (SRC-LK2013 §1.1, SRC-BGS art. 4.1): the test that governs on a date: {@link IntakeRegime#LK2013}
     * before the configuration's WGS date, {@link IntakeRegime#WGS2025} from it.
     *
     * @param config the configuration; never null
     * @param asOf the reference date; never null
     * @return the governing regime
     * @throws InvalidInputException when {@code asOf} is before 2013-01-01 (outside the framework)
     * @throws NullPointerException when {@code config} is null
     */
    public static IntakeRegime regime(IntakeConfig config, LocalDate asOf) {
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(asOf, "IntakeFacts");
        return asOf.isBefore(config.wgsDate()) ? IntakeRegime.LK2013 : IntakeRegime.WGS2025;
    }

    /**
     * Applies the test that governs on {@code asOf} (INTAKE-REGIME): the landelijk kader before the WGS date, the WGS
     * registration criteria (with the house's regional criteria) from it.
     *
     * @param facts the facts; never null
     * @param config the configuration; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws InvalidInputException when {@code asOf} is before 2013-01-01, or {@code facts} give a value for a
     *     regional criterion the configuration does not have (every violation at once)
     * @throws NullPointerException when {@code facts} or {@code config} is null
     */
    public static IntakeDecision assess(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        validate(facts, config, asOf);
        return regime(config, asOf) == IntakeRegime.LK2013 ? lk2013(facts, config, asOf) : wgs2025(facts, config,
                asOf);
    }

    /**
     * {@link #assess(IntakeFacts, IntakeConfig, LocalDate)} with the reference configuration
     * ({@link IntakeConfig#defaults()}).
     *
     * @param facts the facts; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws InvalidInputException as {@link #assess(IntakeFacts, IntakeConfig, LocalDate)}
     */
    public static IntakeDecision assess(IntakeFacts facts, LocalDate asOf) {
        return assess(facts, IntakeConfig.defaults(), asOf);
    }

    /**
     * LK2013-A..D (SRC-LK2013 §4.2, SRC-MJA2124 §2.2.4): the landelijk kader's complexity test on its own, whatever
     * regime governs on {@code asOf} (the decision's {@link IntakeDecision#governing()} says whether it does).
     *
     * @param facts the facts; never null
     * @param config the configuration (its reading is applied); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return an LK2013 decision; never null
     * @throws InvalidInputException as {@link #assess(IntakeFacts, IntakeConfig, LocalDate)}
     */
    public static IntakeDecision complexity(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        validate(facts, config, asOf);
        return lk2013(facts, config, asOf);
    }

    /**
     * The landelijk kader's complexity test on its own under a reading, with the reference configuration otherwise.
     *
     * @param facts the facts; never null; it may give no regional values (the reference configuration has none)
     * @param reading the reading; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return an LK2013 decision; never null
     * @throws InvalidInputException as {@link #assess(IntakeFacts, IntakeConfig, LocalDate)}
     */
    public static IntakeDecision complexity(IntakeFacts facts, ComplexityReading reading, LocalDate asOf) {
        Objects.requireNonNull(reading, "reading");
        return complexity(facts, IntakeConfig.builder().complexityReading(reading).build(), asOf);
    }

    /**
     * WGS-SUBJECT, WGS-A..D, WGS-REGIONAL (SRC-BGS art. 2.20 lid 1, SRC-WVV2024 §6): the WGS registration test on its
     * own, whatever regime governs on {@code asOf} (the decision's {@link IntakeDecision#governing()} says whether it
     * does).
     *
     * @param facts the facts; never null
     * @param config the configuration (its regional criteria are applied); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return a WGS2025 decision; never null
     * @throws InvalidInputException as {@link #assess(IntakeFacts, IntakeConfig, LocalDate)}
     */
    public static IntakeDecision wgs(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        validate(facts, config, asOf);
        return wgs2025(facts, config, asOf);
    }

    /**
     * The WGS registration test on its own with the reference configuration (no regional criteria).
     *
     * @param facts the facts; never null; it may give no regional values
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return a WGS2025 decision; never null
     * @throws InvalidInputException as {@link #assess(IntakeFacts, IntakeConfig, LocalDate)}
     */
    public static IntakeDecision wgs(IntakeFacts facts, LocalDate asOf) {
        return wgs(facts, IntakeConfig.defaults(), asOf);
    }

    private static void validate(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        Violations v = Violations.named("IntakeFacts");
        try {
            FrameworkDates.requireInFramework(asOf, "IntakeFacts");
        } catch (InvalidInputException e) {
            e.violations().forEach(v::add);
        }
        for (String id : facts.regional().keySet()) {
            v.require(config.regionalCriteria().contains(id), "regional." + id, "WGS-REGIONAL",
                    "the configuration " + config.identity() + " has no regional criterion with this id; configured: "
                            + config.regionalCriteria());
        }
        v.throwIfAny();
    }

    private static IntakeDecision lk2013(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        Term a = IntakeCriteria.lk2013A(facts);
        Term b = IntakeCriteria.lk2013B(facts);
        Term c = IntakeCriteria.lk2013C(facts);
        Term d = IntakeCriteria.lk2013D(facts);
        Term outcome = IntakeCriteria.lk2013(config.complexityReading(), a, b, c, d);
        boolean governing = regime(config, asOf) == IntakeRegime.LK2013;
        return IntakeDecision.builder()
                .regime(IntakeRegime.LK2013)
                .governing(governing)
                .outcome(outcome.value())
                .reading(config.complexityReading())
                .putCriteria("A", LK2013_A.result(a))
                .putCriteria("B", LK2013_B.result(b))
                .putCriteria("C", LK2013_C.result(c))
                .putCriteria("D", LK2013_D.result(d))
                .missing(outcome.sortedMissing())
                .asOf(asOf)
                .config(config)
                .regimeRule(regimeRule(governing))
                .build();
    }

    private static IntakeDecision wgs2025(IntakeFacts facts, IntakeConfig config, LocalDate asOf) {
        Term subject = IntakeCriteria.wgsSubject(facts);
        Term a = IntakeCriteria.wgsA(facts);
        Term b = IntakeCriteria.wgsB(facts);
        Term c = IntakeCriteria.wgsC(facts);
        Term d = IntakeCriteria.wgsD(facts);
        Term regional = IntakeCriteria.wgsRegional(facts, config);
        Term outcome = Term.and(List.of(subject, a, b, c, d, regional));
        Map<String, Tri> evaluated = new LinkedHashMap<>();
        for (String id : config.regionalCriteria()) {
            evaluated.put(id, facts.regional().getOrDefault(id, Tri.UNKNOWN));
        }
        boolean governing = regime(config, asOf) == IntakeRegime.WGS2025;
        return IntakeDecision.builder()
                .regime(IntakeRegime.WGS2025)
                .governing(governing)
                .outcome(outcome.value())
                .putCriteria("subject", WGS_SUBJECT.result(subject))
                .putCriteria("a", WGS_A.result(a))
                .putCriteria("b", WGS_B.result(b))
                .putCriteria("c", WGS_C.result(c))
                .putCriteria("d", WGS_D.result(d))
                .putCriteria("regional", WGS_REGIONAL.result(regional))
                .regional(evaluated)
                .missing(outcome.sortedMissing())
                .asOf(asOf)
                .config(config)
                .regimeRule(regimeRule(governing))
                .build();
    }

    private static RuleResult regimeRule(boolean governing) {
        return REGIME.result(Term.definite(Tri.of(governing)));
    }

    /**
     * A rule of the decision: its id and citations, with its two definite results built once (a definite term names
     * no missing fact, so its result is the same value every time; most criteria of most decisions are definite).
     */
    private static final class Criterion {
        private final String ruleId;
        private final List<Citation> citations;
        private final RuleResult whenTrue;
        private final RuleResult whenFalse;

        Criterion(String ruleId, List<Citation> citations) {
            this.ruleId = ruleId;
            this.citations = citations;
            this.whenTrue = RuleResult.of(ruleId, Tri.TRUE, List.of(), citations);
            this.whenFalse = RuleResult.of(ruleId, Tri.FALSE, List.of(), citations);
        }

        /** @return the rule's result for a term's value and missing facts (a definite term has none) */
        RuleResult result(Term term) {
            return switch (term.value()) {
                case TRUE -> whenTrue;
                case FALSE -> whenFalse;
                case UNKNOWN -> RuleResult.of(ruleId, Tri.UNKNOWN, term.missing(), citations);
            };
        }
    }
}
