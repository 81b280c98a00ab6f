package io.github.zvhsdk.rules.intake;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of an intake test (spec/intake.md, "What a decision carries"): the regime, the three-valued outcome,
 * every criterion with its rule id, value, the facts that could settle it and its citations, the reading (LK2013),
 * the regional criteria evaluated (WGS), the missing facts, the reference date and the configuration used.
 *
 * <p>Criteria keys are those of the conformance vectors: {@code A B C D} for {@link IntakeRegime#LK2013}
 * ({@code LK2013-A..D}) and {@code subject a b c d regional} for {@link IntakeRegime#WGS2025}
 * ({@code WGS-SUBJECT}, {@code WGS-A..D}, {@code WGS-REGIONAL}).
 *
 * <p>The WGS criteria cite the article that lays them down, SRC-BGS art. 2.20 lid 1 onder a–d (rev. 2), and
 * INTAKE-REGIME its date of entry into force, SRC-BGS art. 4.1. A citation of the WGS or the BGS opens that article as
 * it read on the decision's date with {@code citation.link(decision.asOf())}
 * ({@link io.github.zvhsdk.model.rule.Citation#link}); the decision's JSON carries the citations, not the links.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableIntakeDecision.class)
@JsonDeserialize(as = ImmutableIntakeDecision.class)
public interface IntakeDecision {
    /** @return the test applied; never null */
    IntakeRegime regime();

    /**
     * @return whether {@link #regime()} is the test that governs on {@link #asOf()} under the configuration (rule
     *     INTAKE-REGIME); always true for {@link Intake#assess}, false when a stand-alone test was asked for a date
     *     on which the other regime governs; never null
     */
    Boolean governing();

    /** @return whether the case is complex (LK2013) or may be registered (WGS2025); never null */
    Tri outcome();

    /** @return the reading applied; present exactly for {@link IntakeRegime#LK2013} */
    Optional<ComplexityReading> reading();

    /** @return each criterion by its key, in evaluation order; never null */
    Map<String, RuleResult> criteria();

    /**
     * @return the house's additional criteria evaluated, by id (WGS2025; empty for LK2013 and for a house without
     *     any); never null
     */
    Map<String, Tri> regional();

    /**
     * @return the facts whose values could settle an UNKNOWN outcome, sorted (e.g. {@code effects.CRIME},
     *     {@code lifeDomains.DRUGS}, {@code domainsNeeded}, {@code regional.R1}); empty when the outcome is definite
     */
    List<String> missing();

    /** @return the reference date; never null */
    LocalDate asOf();

    /** @return the configuration applied; never null */
    IntakeConfig config();

    /** @return the INTAKE-REGIME rule: its value is {@link #governing()}; never null */
    RuleResult regimeRule();

    /** @return the configuration's identity ({@code name@version}); never null */
    default String configIdentity() {
        return config().identity();
    }

    /**
     * @param key a criterion key ({@code A}…{@code D}, or {@code subject}, {@code a}…{@code d}, {@code regional});
     *     never null
     * @return that criterion's result
     * @throws IllegalArgumentException when this decision has no such criterion
     */
    default RuleResult criterion(String key) {
        RuleResult r = criteria().get(Objects.requireNonNull(key, "key"));
        if (r == null) {
            throw new IllegalArgumentException("no criterion " + key + " in a " + regime() + " decision");
        }
        return r;
    }

    /**
     * @return the rules evaluated, in order: INTAKE-REGIME, then every criterion; never null
     */
    default List<RuleResult> trace() {
        List<RuleResult> t = new ArrayList<>();
        t.add(regimeRule());
        t.addAll(criteria().values());
        return List.copyOf(t);
    }

    /**
     * @param locale Dutch ({@code nl}) gives a Dutch paragraph, any other locale an English one; never null
     * @return a short paragraph a caseworker can read: the test and reading, the outcome, each criterion, what is
     *     missing and the configuration; never null, never showing personal data
     */
    default String explain(Locale locale) {
        return IntakeExplanation.explain(this, Objects.requireNonNull(locale, "locale"));
    }

    /** @return a new builder (decisions are made by {@link Intake}; this is for deserialisation and tests) */
    static ImmutableIntakeDecision.Builder builder() {
        return ImmutableIntakeDecision.builder();
    }

    /** Checks the decision's invariants at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.named("IntakeDecision")
                .requireNonNull(regime(), "regime")
                .requireNonNull(governing(), "governing")
                .requireNonNull(outcome(), "outcome")
                .requireNonNull(asOf(), "asOf")
                .requireNonNull(config(), "config")
                .requireNonNull(regimeRule(), "regimeRule");
        v.require(outcome() != Tri.TRUE && outcome() != Tri.FALSE || missing().isEmpty(), "missing",
                "INTAKE-MISSING", "a definite decision lists no missing facts");
        v.require(regime() == null || reading().isPresent() == (regime() == IntakeRegime.LK2013), "reading",
                "INTAKE-REGIME", "an LK2013 decision records its reading, a WGS2025 decision has none");
        v.throwIfAny();
    }
}
