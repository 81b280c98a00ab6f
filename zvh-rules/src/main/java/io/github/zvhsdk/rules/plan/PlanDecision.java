package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The plan check's decision (casework.md, "What a plan decision carries"): whether the plan of approach is complete,
 * the violated rules, the uncovered leefgebieden and a detail per violation.
 *
 * <p>{@link #rules()} lists every PLAN-* rule with its value: TRUE when the rule is violated, FALSE when it holds (a
 * plan's facts are definite, so never UNKNOWN).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePlanDecision.class)
@JsonDeserialize(as = ImmutablePlanDecision.class)
public interface PlanDecision {
    /** @return true when no rule is violated */
    boolean valid();

    /** @return the ids of the violated rules, in the spec's order; empty when valid */
    List<String> violations();

    /** @return the leefgebieden assessed PROBLEM or CRIMINOGENIC that no intervention addresses, in enum order */
    Set<LifeDomain> uncovered();

    /** @return a detail per violation (which intervention, which partner, which leefgebied), in the spec's rule order */
    List<PlanFinding> findings();

    /** @return every rule with its value (TRUE = violated), in the spec's order */
    List<RuleResult> rules();

    /** @return the citations of the violated rules, or of every rule when the plan is valid, without repeats */
    List<Citation> citations();

    /** @return the reference date the decision was taken on; never null */
    LocalDate asOf();

    /**
     * A short paragraph a caseworker can read.
     *
     * @param locale Dutch ({@code nl}) or any other locale for English; never null
     * @return the explanation; never null
     */
    default String explain(Locale locale) {
        boolean nl = "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        if (valid()) {
            return nl ? "Het plan van aanpak is compleet: het voldoet aan alle " + rules().size() + " regels."
                    : "The plan of approach is complete: it meets all " + rules().size() + " rules.";
        }
        StringBuilder b = new StringBuilder(nl
                ? "Het plan van aanpak is niet compleet (" + String.join(", ", violations()) + ")."
                : "The plan of approach is not complete (" + String.join(", ", violations()) + ").");
        for (PlanFinding f : findings()) {
            b.append(' ').append(f.message(locale)).append(" [").append(f.ruleId()).append(']');
        }
        return b.toString();
    }

    /** @return a new builder */
    static ImmutablePlanDecision.Builder builder() {
        return ImmutablePlanDecision.builder();
    }
}
