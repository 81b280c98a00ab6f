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
    static final List<Citation> WGS_CITATIONS =
            List.of(Citation.of(SourceId.WVV2024, "§6"), Citation.of(SourceId.WGS, ""));
    static final List<Citation> REGIME_CITATIONS =
            List.of(Citation.of(SourceId.LK2013, "§1.1"), Citation.of(SourceId.BGS, ""));

    private Intake() {}

    /**
     * INTAKE-REGIME (SRC-LK2013 §1.1, SRC-BGS): the test that governs on a date: {@link IntakeRegime#LK2013} before
     * the configuration's WGS date, {@link IntakeRegime#WGS2025} from it.
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
     * WGS-SUBJECT, WGS-A..D, WGS-REGIONAL (SRC-WVV2024 §6, SRC-WGS): the WGS registration test on its own, whatever
     * regime governs on {@code asOf} (the decision's {@link IntakeDecision#governing()} says whether it does).
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
                .putCriteria("A", result("LK2013-A", a, LK2013_CITATIONS))
                .putCriteria("B", result("LK2013-B", b, LK2013_CITATIONS))
                .putCriteria("C", result("LK2013-C", c, LK2013_CITATIONS))
                .putCriteria("D", result("LK2013-D", d, LK2013_CITATIONS))
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
                .putCriteria("subject", result("WGS-SUBJECT", subject, WGS_CITATIONS))
                .putCriteria("a", result("WGS-A", a, WGS_CITATIONS))
                .putCriteria("b", result("WGS-B", b, WGS_CITATIONS))
                .putCriteria("c", result("WGS-C", c, WGS_CITATIONS))
                .putCriteria("d", result("WGS-D", d, WGS_CITATIONS))
                .putCriteria("regional", result("WGS-REGIONAL", regional, WGS_CITATIONS))
                .regional(evaluated)
                .missing(outcome.sortedMissing())
                .asOf(asOf)
                .config(config)
                .regimeRule(regimeRule(governing))
                .build();
    }

    private static RuleResult result(String ruleId, Term term, List<Citation> citations) {
        return RuleResult.of(ruleId, term.value(), term.missing(), citations);
    }

    private static RuleResult regimeRule(boolean governing) {
        return RuleResult.of(REGIME_RULE, Tri.of(governing), List.of(), REGIME_CITATIONS);
    }
}
