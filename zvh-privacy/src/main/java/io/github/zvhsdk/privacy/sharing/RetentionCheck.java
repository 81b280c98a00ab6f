package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Fact;
import io.github.zvhsdk.model.rule.Facts;
import io.github.zvhsdk.model.rule.RefusalRule;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import io.github.zvhsdk.privacy.retention.Retention;
import io.github.zvhsdk.privacy.retention.WgsRetention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHARE-RETENTION} (sharing.md, "Retention", rev. 2): which retention applies to the request's case, its end,
 * and whether {@code asOf} is after it.
 *
 * <p>The retention is that of the regime on the date the case was first processed, read with SHARE-REGIME's table: the
 * WGS retention when {@code case.firstProcessedOn} is on or after the WGS date and the case is a {@code BASISTAAK},
 * else the covenant's (first processed before the WGS date, or a {@code PLUSTAAK}, whose regime is the covenant's on
 * every date). Without {@code case.firstProcessedOn} the case was first processed before the WGS date when {@code asOf}
 * is before it; otherwise that is not known. The rule is evaluated only when the dates that one of the possible
 * retentions needs are given ({@code case.firstProcessedOn} for the WGS; {@code case.closedOn} and configured terms for
 * the covenant); it is then a {@link RefusalRule} over two facts, "first processed on or after the WGS date" (named
 * {@code case.firstProcessedOn}) and {@code case.taskCategory}:
 * {@code (wgs ∧ asOf after the WGS end) ∨ (¬wgs ∧ asOf after the covenant's end)}, where {@code wgs} is "first
 * processed on or after the WGS date ∧ task category is BASISTAAK" and a retention whose dates are not given does not
 * refuse. With the regime known this is TRUE or FALSE; with it unknown it is TRUE when both retentions refuse, FALSE when
 * neither does, and otherwise UNKNOWN (it refuses), naming the fact that would settle it.
 */
final class RetentionCheck {
    /** "First processed on or after the WGS date": unknown when {@code case.firstProcessedOn} is absent from the WGS date. */
    static final Fact<Tri> FIRST_UNDER_WGS = Fact.tri("case.firstProcessedOn");
    private static final List<Fact<?>> READS = List.of(FIRST_UNDER_WGS, SharingRules.TASK_CATEGORY);
    /** SHARE-RETENTION's two definite results, built once. */
    private static final RuleResult REFUSES = RuleResult.of(SharingRules.RETENTION, Tri.TRUE, List.of(),
            SharingRules.citations(SharingRules.RETENTION));
    private static final RuleResult HOLDS = RuleResult.of(SharingRules.RETENTION, Tri.FALSE, List.of(),
            SharingRules.citations(SharingRules.RETENTION));

    /**
     * What the check found.
     *
     * @param rule SHARE-RETENTION's result; null when retention was not checked
     * @param end the end of retention ({@link SharingDecision#retentionEnd()}); null when not checked
     * @param regime the regime of that end ({@link SharingDecision#retentionRegime()}); null when not checked
     * @param notApplied the renewals not applied ({@link SharingDecision#renewalsNotApplied()})
     */
    record Result(@Nullable RuleResult rule, @Nullable LocalDate end, @Nullable SharingRegime regime,
            List<RenewalNotApplied> notApplied) {}

    private RetentionCheck() {}

    /**
     * @param f the request; never null
     * @param config the configuration (WGS date, retention terms); never null
     * @param asOf the reference date; never null
     * @return what the check found; never null
     * @throws InvalidInputException when a retention date (a renewal's included) lies after {@code asOf}
     *     (RETENTION); every such date at once
     */
    static Result of(SharingFacts f, HouseConfig config, LocalDate asOf) {
        CaseFacts c = f.caseFacts();
        refuseDatesAfter(c, asOf);
        LocalDate wgsDate = config.wgsDate();
        Tri firstUnderWgs = c.firstProcessedOn().map(d -> Tri.of(!d.isBefore(wgsDate)))
                .orElse(asOf.isBefore(wgsDate) ? Tri.FALSE : Tri.UNKNOWN);
        TaskCategory task = c.taskCategory().orElse(null);
        Tri wgs = firstUnderWgs.and(task == null ? Tri.UNKNOWN : Tri.of(task == TaskCategory.BASISTAAK));

        WgsRetention wgsRetention = wgs == Tri.FALSE || c.firstProcessedOn().isEmpty() ? null
                : Retention.wgs(c.firstProcessedOn().get(), c.closedOn().orElse(null), c.declinedOn().orElse(null),
                        c.renewals());
        LocalDate covenantEnd = wgs == Tri.TRUE || c.closedOn().isEmpty() || config.retention().isEmpty() ? null
                : Retention.end(c.closedOn().get(), c.retentionExtensions(), config.retention().get());
        List<RenewalNotApplied> notApplied = wgs == Tri.FALSE ? Retention.underCovenant(c.renewals())
                : wgsRetention == null ? List.of() : wgsRetention.notApplied();
        if (wgsRetention == null && covenantEnd == null) {
            return new Result(null, null, null, notApplied);
        }

        boolean wgsRefuses = wgsRetention != null && Retention.isExpired(wgsRetention.end(), asOf);
        boolean covenantRefuses = covenantEnd != null && Retention.isExpired(covenantEnd, asOf);
        // the condition over what is known: whichever retention applies (Kleene alone would leave "x or not x"
        // UNKNOWN); a definite value is one of the rule's two constant results, only an UNKNOWN one is searched for
        // its missing facts
        Tri value = wgsRefuses == covenantRefuses ? Tri.of(wgsRefuses) : wgsRefuses ? wgs : wgs.not();
        RuleResult rule = value == Tri.TRUE ? REFUSES : value == Tri.FALSE ? HOLDS
                : RefusalRule.of(SharingRules.RETENTION, READS, y -> {
                    Tri underWgs = y.tri(FIRST_UNDER_WGS).and(y.is(SharingRules.TASK_CATEGORY, TaskCategory.BASISTAAK));
                    return wgsRefuses ? underWgs : underWgs.not();
                }, SharingRules.citations(SharingRules.RETENTION)).evaluate(Facts.builder()
                        .with(FIRST_UNDER_WGS, firstUnderWgs).with(SharingRules.TASK_CATEGORY, task).build());
        LocalDate end = earlier(wgsRetention == null ? null : wgsRetention.end(), covenantEnd);
        SharingRegime regime = wgs == Tri.TRUE ? SharingRegime.WGS : wgs == Tri.FALSE ? SharingRegime.COVENANT
                : SharingRegime.UNKNOWN;
        return new Result(rule, end, regime, notApplied);
    }

    private static LocalDate earlier(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return Objects.requireNonNull(b, "an end");
        }
        return b == null || !b.isBefore(a) ? a : b;
    }

    private static void refuseDatesAfter(CaseFacts c, LocalDate asOf) {
        List<Violation> vs = after(null, "case.firstProcessedOn", c.firstProcessedOn().orElse(null), asOf);
        vs = after(vs, "case.closedOn", c.closedOn().orElse(null), asOf);
        vs = after(vs, "case.declinedOn", c.declinedOn().orElse(null), asOf);
        for (int i = 0; i < c.renewals().size(); i++) {
            vs = after(vs, "case.renewals[" + i + "].on", c.renewals().get(i).on(), asOf);
        }
        if (vs != null) {
            throw new InvalidInputException("SharingFacts", vs);
        }
    }

    /** Adds a violation when {@code date} lies after {@code asOf}; the list is made at the first one (none on the hot path). */
    private static @Nullable List<Violation> after(@Nullable List<Violation> vs, String field, @Nullable LocalDate date,
            LocalDate asOf) {
        if (date == null || !date.isAfter(asOf)) {
            return vs;
        }
        List<Violation> out = vs == null ? new ArrayList<>() : vs;
        out.add(new Violation(field, "RETENTION", "the date lies after asOf: a fact of the case cannot come from its future"));
        return out;
    }
}
