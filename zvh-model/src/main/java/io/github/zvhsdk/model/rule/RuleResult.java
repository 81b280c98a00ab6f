package io.github.zvhsdk.model.rule;

import java.util.Arrays;
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
    /**
     * Validates and copies the components.
     *
     * @param ruleId the spec's rule id; never null
     * @param value the rule's value; never null
     * @param missing the unknown facts that could change the value, in any order, duplicates allowed; never null
     * @param citations the sources of the rule; never null
     * @throws NullPointerException when a component is null
     */
    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(value, "value");
        missing = sortedDistinct(missing);
        citations = List.copyOf(citations);
    }

    private static List<String> sortedDistinct(List<String> names) {
        // this runs once per rule per decision, mostly on zero to three names: no stream, no tree
        int n = names.size();
        if (n == 0) {
            return List.of();
        }
        if (n == 1) {
            return List.of(names.get(0));
        }
        String[] a = names.toArray(new String[0]);
        Arrays.sort(a);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            if (!a[i].equals(a[kept - 1])) {
                a[kept++] = a[i];
            }
        }
        return List.of(kept == n ? a : Arrays.copyOf(a, kept));
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
