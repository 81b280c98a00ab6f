package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;

/**
 * The overall signal of a case (escalation.md, fact {@code signal}): what is known about problems. {@code NONE} and
 * {@code SUSPICION} are statements about every leefgebied: none is known to be a problem.
 */
public enum Signal implements Labelled {
    /** Nothing is known: regular life. */
    NONE("geen signaal", "no signal"),
    /** Only suspicions of problems. */
    SUSPICION("alleen vermoedens", "only suspicions"),
    /** There is a question or a problem. */
    PROBLEM("vraag of probleem", "a question or problem"),
    /** Not known. */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    Signal(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** @return true for {@code NONE} and {@code SUSPICION}: the signal says no leefgebied is known to be a problem */
    public boolean deniesProblems() {
        return this == NONE || this == SUSPICION;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
