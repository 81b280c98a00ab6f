package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A three-valued term with the facts that can still decide it (spec/intake.md, "Three-valued evaluation and what is
 * missing").
 *
 * <p>Every term is built from single facts by Kleene ∧, ∨ and the three-valued count, each fact read once, and
 * every {@code UNKNOWN} leaf can still become TRUE and FALSE. For such read-once monotone terms the spec's
 * definition ("an UNKNOWN fact is missing when some completion of the other UNKNOWN facts exists under which
 * changing this fact changes the value") reduces to: an undecided node's missing facts are the missing facts of
 * all its undecided children, and a decided node has none. For ∧: when the node is UNKNOWN no child is FALSE, so the
 * other children can all be completed TRUE and the node follows any undecided child; dually for ∨. For "at least
 * n of m" that is UNKNOWN (k &lt; n ≤ k + u), the other unknowns can be completed so that exactly n − 1 qualify, and
 * the node follows any one of them. The property tests check this by brute force against the decision function.
 *
 * <p>Each fact is read once, so the missing facts of the children are disjoint and never repeat.
 *
 * @param value the term's value; never null
 * @param missing the fact names that can decide it, in reading order (callers sort); empty when {@code value} is
 *     definite
 */
record Term(Tri value, List<String> missing) {
    private static final Term TRUE = new Term(Tri.TRUE, List.of());
    private static final Term FALSE = new Term(Tri.FALSE, List.of());

    Term {
        missing = List.copyOf(missing);
        if (value != Tri.UNKNOWN && !missing.isEmpty()) {
            throw new IllegalArgumentException("a definite term names no missing fact");
        }
    }

    /** @return the missing facts, sorted */
    List<String> sortedMissing() {
        if (missing.size() < 2) {
            return missing;
        }
        String[] a = missing.toArray(new String[0]);
        Arrays.sort(a);
        return List.of(a);
    }

    /**
     * @param value a definite value
     * @return the definite term: nothing missing
     * @throws IllegalArgumentException when {@code value} is UNKNOWN
     */
    static Term definite(Tri value) {
        return switch (value) {
            case TRUE -> TRUE;
            case FALSE -> FALSE;
            case UNKNOWN -> throw new IllegalArgumentException("an UNKNOWN term names what is missing");
        };
    }

    /**
     * @param name the fact's name, e.g. {@code lifeDomains.DRUGS}
     * @param value the fact's (or its predicate's) value
     * @return a leaf: missing is {@code name} exactly when the value is UNKNOWN
     */
    static Term fact(String name, Tri value) {
        return switch (value) {
            case TRUE -> TRUE;
            case FALSE -> FALSE;
            case UNKNOWN -> new Term(Tri.UNKNOWN, List.of(name));
        };
    }

    /** @return the Kleene conjunction; TRUE for no operand */
    static Term and(List<Term> terms) {
        Tri v = Tri.TRUE;
        for (Term t : terms) {
            v = v.and(t.value());
        }
        return of(v, terms);
    }

    /** @return the Kleene disjunction; FALSE for no operand */
    static Term or(List<Term> terms) {
        Tri v = Tri.FALSE;
        for (Term t : terms) {
            v = v.or(t.value());
        }
        return of(v, terms);
    }

    /** @return "at least n of the terms hold", three-valued ({@link Tri#atLeast}) */
    static Term atLeast(int n, List<Term> terms) {
        int known = 0;
        int unknown = 0;
        for (Term t : terms) {
            if (t.value() == Tri.TRUE) {
                known++;
            } else if (t.value() == Tri.UNKNOWN) {
                unknown++;
            }
        }
        Tri v = Tri.atLeast(n, known, unknown);
        return of(v, terms);
    }

    /** @return a node of value {@code value} over {@code terms}: definite (a shared constant) or undecided */
    private static Term of(Tri value, Collection<Term> terms) {
        if (value != Tri.UNKNOWN) {
            return definite(value);
        }
        List<String> m = new ArrayList<>();
        for (Term t : terms) {
            m.addAll(t.missing());
        }
        return new Term(value, m);
    }
}
