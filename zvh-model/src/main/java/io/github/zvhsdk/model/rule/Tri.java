package io.github.zvhsdk.model.rule;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.json.TriDeserializer;

/**
 * Three-valued (Kleene) truth: the one implementation every rule of the SDK uses. Missing information is
 * {@link #UNKNOWN}, never {@link #FALSE}.
 *
 * <p>In JSON a tri-state is one of the strings {@code "TRUE"}, {@code "FALSE"}, {@code "UNKNOWN"}; a JSON
 * boolean is refused (the spec keeps definite yes/no facts and three-valued facts apart), and JSON
 * {@code null} reads as {@link #UNKNOWN}.
 */
@JsonDeserialize(using = TriDeserializer.class)
public enum Tri implements Labelled {
    /** Known to hold. */
    TRUE("waar", "true"),
    /** Known not to hold. */
    FALSE("onwaar", "false"),
    /** Not known. */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    Tri(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }

    /**
     * @param value a definite truth value
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static Tri of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * Kleene conjunction: FALSE wins, then UNKNOWN.
     *
     * @param other the other operand; never null
     * @return this ∧ other
     */
    public Tri and(Tri other) {
        if (this == FALSE || other == FALSE) {
            return FALSE;
        }
        return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
    }

    /**
     * Kleene disjunction: TRUE wins, then UNKNOWN.
     *
     * @param other the other operand; never null
     * @return this ∨ other
     */
    public Tri or(Tri other) {
        if (this == TRUE || other == TRUE) {
            return TRUE;
        }
        return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
    }

    /** @return ¬this (UNKNOWN stays UNKNOWN) */
    public Tri not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    /**
     * @param operands the operands, none null
     * @return the Kleene conjunction of all operands; TRUE for none
     */
    public static Tri all(Tri... operands) {
        Tri result = TRUE;
        for (Tri t : operands) {
            result = result.and(t);
        }
        return result;
    }

    /**
     * @param operands the operands, none null
     * @return the Kleene disjunction of all operands; FALSE for none
     */
    public static Tri any(Tri... operands) {
        Tri result = FALSE;
        for (Tri t : operands) {
            result = result.or(t);
        }
        return result;
    }

    /**
     * The three-valued count of intake.md: "at least {@code n} qualify" with {@code known} items known to qualify
     * and {@code unknown} items not yet known.
     *
     * @param n the threshold, ≥ 0
     * @param known items known to qualify, ≥ 0
     * @param unknown items whose qualification is unknown, ≥ 0
     * @return TRUE when known ≥ n, FALSE when known + unknown &lt; n, UNKNOWN otherwise
     * @throws IllegalArgumentException when an argument is negative
     */
    public static Tri atLeast(int n, int known, int unknown) {
        if (n < 0 || known < 0 || unknown < 0) {
            throw new IllegalArgumentException("atLeast: arguments must be >= 0");
        }
        if (known >= n) {
            return TRUE;
        }
        return known + unknown < n ? FALSE : UNKNOWN;
    }

    /** @return true only for {@link #TRUE} */
    public boolean isTrue() {
        return this == TRUE;
    }

    /** @return true only for {@link #FALSE} */
    public boolean isFalse() {
        return this == FALSE;
    }

    /** @return true for {@link #TRUE} and {@link #FALSE} */
    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
