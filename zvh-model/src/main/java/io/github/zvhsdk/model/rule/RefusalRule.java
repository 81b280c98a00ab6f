package io.github.zvhsdk.model.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A fail-closed rule: it refuses when its refusal condition is TRUE <em>or</em> UNKNOWN. The one mechanism that
 * the sharing check (sharing.md) and the case lifecycle (casework.md) evaluate their rules with.
 *
 * <p><b>Missing facts</b> (sharing.md, "Missing facts"): when the condition is UNKNOWN, a fact is missing when it is
 * unknown, the rule reads it, and some definite values of the rule's other unknown facts exist under which two values
 * of this fact give the rule different definite outcomes. A rule whose condition is TRUE names nothing; a rule whose
 * condition is FALSE does not refuse.
 *
 * <p>This type is immutable and thread-safe, provided the condition is a pure function (it must be).
 */
public final class RefusalRule {
    private final String ruleId;
    private final List<Fact<?>> reads;
    private final Function<Facts, Tri> condition;
    private final List<Citation> citations;

    private RefusalRule(String ruleId, List<Fact<?>> reads, Function<Facts, Tri> condition, List<Citation> citations) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.reads = List.copyOf(reads);
        this.condition = Objects.requireNonNull(condition, "condition");
        this.citations = List.copyOf(citations);
    }

    /**
     * @param ruleId the spec rule id; never null
     * @param reads every fact the condition reads (others are not considered for missing); never null
     * @param condition the refusal condition, Kleene over the facts it reads; a pure function; never null
     * @param citations the rule's sources; never null
     * @return the rule
     */
    public static RefusalRule of(String ruleId, List<Fact<?>> reads, Function<Facts, Tri> condition,
            List<Citation> citations) {
        return new RefusalRule(ruleId, reads, condition, citations);
    }

    /** @return the spec rule id */
    public String ruleId() {
        return ruleId;
    }

    /** @return the rule's citations */
    public List<Citation> citations() {
        return citations;
    }

    /**
     * Evaluates the refusal condition.
     *
     * @param facts what is known; never null
     * @return the condition's value, with the missing facts when it is UNKNOWN
     */
    public RuleResult evaluate(Facts facts) {
        Objects.requireNonNull(facts, "facts");
        Tri value = condition.apply(facts);
        if (value != Tri.UNKNOWN) {
            return new RuleResult(ruleId, value, List.of(), citations);
        }
        return new RuleResult(ruleId, value, missing(facts), citations);
    }

    private List<String> missing(Facts facts) {
        List<Fact<?>> unknown = new ArrayList<>();
        for (Fact<?> f : reads) {
            if (!facts.isKnown(f)) {
                unknown.add(f);
            }
        }
        List<String> result = new ArrayList<>();
        for (Fact<?> f : unknown) {
            List<Fact<?>> others = new ArrayList<>(unknown);
            others.remove(f);
            if (decides(f, others, 0, facts)) {
                result.add(f.name());
            }
        }
        return result;
    }

    /** True when, for some completion of {@code others[i..]}, two values of {@code f} give different definite outcomes. */
    private boolean decides(Fact<?> f, List<Fact<?>> others, int i, Facts facts) {
        if (i == others.size()) {
            Tri seen = null;
            for (Object v : f.values()) {
                Tri outcome = condition.apply(set(facts, f, v));
                if (outcome != Tri.UNKNOWN) {
                    if (seen != null && seen != outcome) {
                        return true;
                    }
                    seen = outcome;
                }
            }
            return false;
        }
        Fact<?> o = others.get(i);
        for (Object v : o.values()) {
            if (decides(f, others, i + 1, set(facts, o, v))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> Facts set(Facts facts, Fact<T> fact, Object value) {
        return facts.with(fact, (T) value);
    }

    @Override
    public String toString() {
        return ruleId;
    }
}
