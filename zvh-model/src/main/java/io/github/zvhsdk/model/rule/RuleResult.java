package io.github.zvhsdk.model.rule;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating one rule: its id, its three-valued value, the facts that could settle it when the value
 * is {@link Tri#UNKNOWN}, and its citations. What the value means is the rule's own: for a criterion (intake) it is
 * whether the criterion holds, for a refusal rule (sharing, casework) whether its refusal condition holds.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param ruleId the spec's rule id, e.g. {@code LK2013-A}; never null
 * @param value the rule's value; never null
 * @param missing the names of the unknown facts that could change the value (spec-defined per decision), sorted;
 *     empty when the value is definite; never null
 * @param citations the sources of the rule; never null
 */
public record RuleResult(String ruleId, Tri value, List<String> missing, List<Citation> citations) {
    /** Validates and copies the components. */
    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(value, "value");
        missing = missing.stream().sorted().distinct().toList();
        citations = List.copyOf(citations);
    }

    /**
     * @param ruleId the rule id; never null
     * @param value the value; never null
     * @param missing the missing fact names; never null
     * @param citations the citations; never null
     * @return the result
     */
    public static RuleResult of(String ruleId, Tri value, List<String> missing, List<Citation> citations) {
        return new RuleResult(ruleId, value, missing, citations);
    }
}
