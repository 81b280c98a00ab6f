package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The purpose-bound sharing check of sharing.md (revision 2): may this provider give this category of data about this
 * person to this recipient, for this purpose, on this date? It works like an authorization engine: default deny, every
 * refusal explained.
 *
 * <ul>
 *   <li>{@code SHARE-NO-PERSONAL-DATA}: aggregated data are allowed (with the regime as computed) and no other rule
 *       applies.</li>
 *   <li>Otherwise every SHARE-* rule is evaluated three-valued with the model's {@link io.github.zvhsdk.model.rule.RefusalRule}: a rule refuses
 *       when its condition is TRUE or UNKNOWN. With the regime UNKNOWN, {@code SHARE-COVENANT} and
 *       {@code SHARE-TRANSITION} are not evaluated, and the rules that read the regime ({@code SHARE-GUEST},
 *       {@code SHARE-SECRECY}'s accepted bases, {@code SHARE-SPECIAL-CATEGORY}, {@code SHARE-JUSTICE-ORIGIN},
 *       {@code SHARE-THIRD-PARTY}, the screening enrichment question) read "the regime is WGS" as UNKNOWN; for the
 *       aggregated-only purposes {@code SHARE-STATUS}, {@code SHARE-RECIPIENT} and {@code SHARE-CATEGORY} do not
 *       apply. {@code SHARE-CONSENT-CAPACITY} reads the consent facts over their completions (sharing.md, "Guests,
 *       origin and consent").</li>
 *   <li>{@code SHARE-RETENTION} (rev. 2) is evaluated only when the request gives the dates its case's retention
 *       needs ({@code case.firstProcessedOn} under the WGS; {@code case.closedOn} and configured terms under a
 *       covenant): it refuses every purpose after the end of retention, the last day on which the data may be
 *       processed ({@link RetentionCheck}). The decision carries that end, its regime and the renewals not applied;
 *       without the dates it says that retention was not checked.</li>
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
     * @throws InvalidInputException when {@code asOf} is before 2013-01-01 (FRAMEWORK-DATE), or a retention date
     *     ({@code case.firstProcessedOn}, {@code case.closedOn}, {@code case.declinedOn}, a renewal's {@code on}) lies
     *     after {@code asOf} (RETENTION; every such date at once)
     * @throws NullPointerException when an argument is null
     */
    public static SharingDecision check(SharingFacts facts, HouseConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        FrameworkDates.requireInFramework(asOf, "SharingFacts");
        RetentionCheck.Result retention = RetentionCheck.of(facts, config, asOf);

        SharingRegime regime = SharingRules.regime(facts, config.wgsDate(), asOf);
        ImmutableSharingDecision.Builder d = SharingDecision.builder().facts(facts).asOf(asOf).regime(regime)
                .configId(config.id()).configDigest(config.digest());
        if (regime != SharingRegime.UNKNOWN) {
            d.basis(SharingRules.basis(regime, config.wgsDate(), asOf));
        }
        if (retention.end() != null && retention.regime() != null) {
            d.retentionEnd(retention.end()).retentionRegime(retention.regime());
        }
        d.renewalsNotApplied(retention.notApplied());
        if (facts.aggregated()) {
            return d.outcome(SharingOutcome.ALLOW).addTrace(SharingRules.NO_PERSONAL_DATA_RESULT).build();
        }

        List<RuleResult> trace = SharingRules.trace(facts, config, regime, asOf, retention.rule());
        List<String> refusedBy = List.of();
        List<String> missing = List.of();
        for (RuleResult result : trace) {
            if (result.value() != Tri.FALSE) {
                if (refusedBy.isEmpty()) {
                    // an allow refuses nothing: the lists are made at the first refusal
                    refusedBy = new ArrayList<>(trace.size());
                    missing = new ArrayList<>();
                }
                refusedBy.add(result.ruleId());
                if (!result.missing().isEmpty()) {
                    // most refusals name nothing: no copy of an empty list
                    missing.addAll(result.missing());
                }
            }
        }
        List<String> distinct = missing;
        if (missing.size() > 1) {
            missing.sort(null);
            distinct = new ArrayList<>(missing.size());
            for (String m : missing) {
                if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(m)) {
                    distinct.add(m);
                }
            }
        }
        d.trace(trace).refusedBy(refusedBy).missing(distinct);
        if (!refusedBy.isEmpty()) {
            // a DENY carries no conditions (the builder's default: none)
            return d.outcome(SharingOutcome.DENY).build();
        }
        Set<SharingCondition> conditions = SharingRules.conditions(facts, config, regime);
        return d.outcome(conditions.isEmpty() ? SharingOutcome.ALLOW : SharingOutcome.ALLOW_WITH_CONDITIONS)
                .conditions(conditions).build();
    }
}
