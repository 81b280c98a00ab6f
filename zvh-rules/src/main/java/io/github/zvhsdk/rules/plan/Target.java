package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom an intervention is aimed at (casework.md, {@code plan.interventions[].target}): the case's subject, or a
 * household member {@code household[i]}, i its 0-based position in the case's household (regie.md). The JSON and
 * display form is exactly {@code SUBJECT} or {@code household[i]}, i written without leading zeros and below
 * ten million (seven digits at most, so that no number that could be a BSN is ever carried into a decision).
 *
 * <p>This type is immutable and thread-safe.
 */
public final class Target {
    /** The bound on a household index: seven digits at most. */
    public static final int MAX_INDEX_EXCLUSIVE = 10_000_000;
    /** The case's subject. */
    public static final Target SUBJECT = new Target(-1);

    private static final Pattern HOUSEHOLD = Pattern.compile("household\\[(0|[1-9][0-9]{0,6})]");

    private final int index;

    @JsonCreator(mode = JsonCreator.Mode.DISABLED) // else Jackson reads a JSON number through it, bypassing the bound
    private Target(int index) {
        this.index = index;
    }

    /**
     * @param index the household member's 0-based position; 0 ≤ index &lt; {@value #MAX_INDEX_EXCLUSIVE}
     * @return the target {@code household[index]}
     * @throws InvalidInputException when the index is out of that range
     */
    public static Target household(int index) {
        if (index < 0 || index >= MAX_INDEX_EXCLUSIVE) {
            throw new InvalidInputException("Target", List.of(new Violation("target", "PLAN-TARGET-FORM",
                    "a household index is 0 or more, of at most seven digits")));
        }
        return new Target(index);
    }

    /**
     * @param text {@code SUBJECT} or {@code household[i]}; never null
     * @return the target
     * @throws InvalidInputException when {@code text} is not of either form
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Target parse(String text) {
        if (text == null) {
            throw new InvalidInputException("Target", List.of(new Violation("target", "MODEL-REQUIRED",
                    "is SUBJECT or household[i]; leave it out for SUBJECT")));
        }
        if (text.equals("SUBJECT")) {
            return SUBJECT;
        }
        Matcher m = HOUSEHOLD.matcher(text);
        if (m.matches()) {
            return new Target(Integer.parseInt(m.group(1)));
        }
        throw new InvalidInputException("Target", List.of(new Violation("target", "PLAN-TARGET-FORM",
                "value \"" + token(text) + "\" is not SUBJECT or household[i] (i a 0-based position of at most "
                        + "seven digits, without leading zeros)")));
    }

    /** Masks runs of digits that could be a BSN and shortens long tokens. */
    private static String token(String s) {
        String masked = s.replaceAll("[0-9]{8,}", "<number withheld>");
        return masked.length() > 40 ? masked.substring(0, 40) + "…" : masked;
    }

    /** @return true for {@link #SUBJECT} */
    public boolean isSubject() {
        return index < 0;
    }

    /** @return the household member's 0-based position; empty for {@link #SUBJECT} */
    public OptionalInt householdIndex() {
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target other && other.index == index;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(index);
    }

    /** @return {@code SUBJECT} or {@code household[i]} */
    @JsonValue
    @Override
    public String toString() {
        return index < 0 ? "SUBJECT" : "household[" + index + "]";
    }
}
