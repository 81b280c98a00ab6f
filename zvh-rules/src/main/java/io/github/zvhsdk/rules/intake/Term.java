package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.rule.Tri;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

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
 * @param value the term's value; never null
 * @param missing the fact names that can decide it, sorted; empty when {@code value} is definite
 */
record Term(Tri value, SortedSet<String> missing) {
    Term {
        missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }

    /**
     * @param name the fact's name, e.g. {@code lifeDomains.DRUGS}
     * @param value the fact's (or its predicate's) value
     * @return a leaf: missing is {@code name} exactly when the value is UNKNOWN
     */
    static Term fact(String name, Tri value) {
        TreeSet<String> m = new TreeSet<>();
        if (value == Tri.UNKNOWN) {
            m.add(name);
        }
        return new Term(value, m);
    }

    /** @return a definite term that reads no fact */
    static Term definite(boolean value) {
        return new Term(Tri.of(value), new TreeSet<>());
    }

    /** @return the Kleene conjunction; TRUE for no operand */
    static Term and(List<Term> terms) {
        Tri v = Tri.TRUE;
        for (Term t : terms) {
            v = v.and(t.value());
        }
        return new Term(v, undecided(v, terms));
    }

    /** @return the Kleene disjunction; FALSE for no operand */
    static Term or(List<Term> terms) {
        Tri v = Tri.FALSE;
        for (Term t : terms) {
            v = v.or(t.value());
        }
        return new Term(v, undecided(v, terms));
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
        return new Term(v, undecided(v, terms));
    }

    private static SortedSet<String> undecided(Tri value, Collection<Term> terms) {
        TreeSet<String> m = new TreeSet<>();
        if (value == Tri.UNKNOWN) {
            for (Term t : terms) {
                m.addAll(t.missing());
            }
        }
        return m;
    }
}
