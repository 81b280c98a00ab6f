package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A burgerservicenummer: 9 digits passing the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11); an 8-digit input
 * is left-padded with one zero; {@code 000000000} is invalid (model.md, SRC-UAVG art. 46).
 *
 * <p>A BSN is never a key and never printed: {@link #toString()} shows only the last two digits, and no exception
 * message ever contains the digits. Its JSON form is the 9-digit string, so that a value round-trips; only write it
 * where a statute allows the BSN to be processed.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class Bsn {
    private static final String RULE = "MODEL-BSN";
    private static final java.util.regex.Pattern WITHHELD = java.util.regex.Pattern.compile("[0-9]{8,}");

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /**
     * @param text 9 digits, or 8 digits (left-padded with one zero); never null
     * @return the BSN
     * @throws InvalidInputException when the text is not a valid BSN; the message never echoes the text
     */
    @JsonCreator
    public static Bsn parse(String text) {
        if (text == null) {
            throw invalid("is required");
        }
        String problem = problem(text);
        if (problem != null) {
            throw invalid(problem);
        }
        return new Bsn(text.length() == 8 ? "0" + text : text);
    }

    /**
     * @param text any text, may be null
     * @return true when {@link #parse(String)} would accept it
     */
    public static boolean isValid(@Nullable String text) {
        return text != null && problem(text) == null;
    }

    private static @Nullable String problem(String text) {
        if (text.length() != 8 && text.length() != 9) {
            return "must be 9 digits (8 digits are left-padded with a zero)";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "must contain digits only";
            }
        }
        String d = text.length() == 8 ? "0" + text : text;
        if (d.equals("000000000")) {
            return "a BSN of all zeros is not valid";
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
        }
        sum -= d.charAt(8) - '0';
        return sum % 11 == 0 ? null : "fails the elfproef";
    }

    /**
     * Whether a text holds a run of 8 or more digits: a BSN (8 digits are left-padded), a mistyped one, or a number
     * that cannot be told apart from one. Such a text is never echoed in a message and never accepted as the name of a
     * configuration, a rule or a criterion.
     *
     * @param text any text; may be null (then false)
     * @return true when the text holds a run of 8 or more ASCII digits
     */
    public static boolean mayAppearIn(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 8) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text any text; may be null (then {@code "null"})
     * @return the text with every run of 8 or more digits replaced by {@code <number withheld>}
     */
    public static String withheld(@Nullable String text) {
        String s = String.valueOf(text);
        return mayAppearIn(s) ? WITHHELD.matcher(s).replaceAll("<number withheld>") : s;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("Bsn", List.of(new Violation("bsn", RULE, message)));
    }

    /**
     * The 9 digits. Call this only to hand the BSN to a system that is entitled to it; never log the result.
     *
     * @return the 9 digits
     */
    @JsonValue
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** @return a masked form, {@code Bsn[*******82]}: never the whole number */
    @Override
    public String toString() {
        return "Bsn[*******" + digits.substring(7) + "]";
    }
}
