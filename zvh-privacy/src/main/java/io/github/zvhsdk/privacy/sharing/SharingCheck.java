package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.retention.Retention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The purpose-bound sharing check of sharing.md: may this provider give this category of data about this person to
 * this recipient, for this purpose, on this date? It works like an authorization engine: default deny, every refusal
 * explained.
 *
 * <ul>
 *   <li>{@code SHARE-NO-PERSONAL-DATA}: aggregated data are allowed (with the regime as computed) and no other rule
 *       applies.</li>
 *   <li>Otherwise every SHARE-* rule is evaluated three-valued with the model's {@link io.github.zvhsdk.model.rule.RefusalRule}: a rule refuses
 *       when its condition is TRUE or UNKNOWN. With the regime UNKNOWN, {@code SHARE-COVENANT} and
 *       {@code SHARE-TRANSITION} are not evaluated; for the aggregated-only purposes {@code SHARE-STATUS},
 *       {@code SHARE-RECIPIENT} and {@code SHARE-CATEGORY} do not apply.</li>
 *   <li>{@code SHARE-RETENTION} (an SDK rule for sharing.md's {@code RETENTION}) is evaluated only when the request
 *       gives {@code case.closedOn}: it refuses from the end of retention on (closing date + the configured base term
 *       + every recorded extension).</li>
 *   <li>The outcome is DENY when any rule refuses, ALLOW_WITH_CONDITIONS when none does and a condition applies, ALLOW
 *       otherwise; {@code missing} is the union of the refusing rules' missing facts.</li>
 * </ul>
 *
 * <p>Pure: no clock, no I/O, no state. This class is thread-safe.
 */
public final class SharingCheck {
    private SharingCheck() {}

    /**
     * Decides a request with the reference profile ({@link HouseConfig#reference()}).
     *
     * @param facts the request; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws InvalidInputException when {@code asOf} is outside the framework or the input is refused
     * @throws NullPointerException when an argument is null
     */
    public static SharingDecision check(SharingFacts facts, LocalDate asOf) {
        return check(facts, HouseConfig.reference(), asOf);
    }

    /**
     * Decides a request.
     *
     * @param facts the request; never null
     * @param config the house's configuration; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws InvalidInputException when {@code asOf} is before 2013-01-01 (FRAMEWORK-DATE), or the retention facts are
     *     given while the configuration has no retention terms or the closing date lies after {@code asOf}
     *     (RETENTION); every violation at once
     * @throws NullPointerException when an argument is null
     */
    public static SharingDecision check(SharingFacts facts, HouseConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        FrameworkDates.requireInFramework(asOf, "SharingFacts");
        LocalDate retentionEnd = retentionEnd(facts, config, asOf);

        SharingRegime regime = SharingRules.regime(facts, config.wgsDate(), asOf);
        ImmutableSharingDecision.Builder d = SharingDecision.builder().facts(facts).asOf(asOf).regime(regime)
                .configId(config.id()).configDigest(config.digest());
        if (regime != SharingRegime.UNKNOWN) {
            d.basis(SharingRules.basis(regime, config.wgsDate(), asOf));
        }
        if (retentionEnd != null) {
            d.retentionEnd(retentionEnd);
        }
        if (facts.aggregated()) {
            return d.outcome(SharingOutcome.ALLOW).addTrace(SharingRules.NO_PERSONAL_DATA_RESULT).build();
        }

        List<RuleResult> trace = SharingRules.trace(facts, config, regime, asOf, retentionEnd);
        List<String> refusedBy = new ArrayList<>(trace.size());
        List<String> missing = new ArrayList<>();
        for (RuleResult result : trace) {
            if (result.value() != Tri.FALSE) {
                refusedBy.add(result.ruleId());
                missing.addAll(result.missing());
            }
        }
        missing.sort(null);
        List<String> distinct = new ArrayList<>(missing.size());
        for (String m : missing) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(m)) {
                distinct.add(m);
            }
        }
        d.trace(trace).refusedBy(refusedBy).missing(distinct);
        if (!refusedBy.isEmpty()) {
            // a DENY carries no conditions (the builder's default: none)
            return d.outcome(SharingOutcome.DENY).build();
        }
        Set<SharingCondition> conditions = SharingRules.conditions(facts, config);
        return d.outcome(conditions.isEmpty() ? SharingOutcome.ALLOW : SharingOutcome.ALLOW_WITH_CONDITIONS)
                .conditions(conditions).build();
    }

    private static @Nullable LocalDate retentionEnd(SharingFacts facts, HouseConfig config, LocalDate asOf) {
        CaseFacts c = facts.caseFacts();
        if (c.closedOn().isEmpty()) {
            return null;
        }
        List<Violation> vs = new ArrayList<>();
        if (config.retention().isEmpty()) {
            vs.add(new Violation("case.closedOn", "RETENTION",
                    "retention facts are given but the configuration has no retention terms (they are [open] and must be configured)"));
        }
        if (c.closedOn().get().isAfter(asOf)) {
            vs.add(new Violation("case.closedOn", "RETENTION", "the closing date lies after asOf"));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException("SharingFacts", vs);
        }
        return Retention.end(c.closedOn().get(), c.retentionExtensions(), config.retention().get());
    }
}
