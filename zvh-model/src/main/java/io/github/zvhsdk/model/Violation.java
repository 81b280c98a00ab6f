package io.github.zvhsdk.model;

import java.util.Objects;

/**
 * One reason why an input is refused: the field (a property path such as {@code lifeDomains.DRUGS} or a JSON path
 * such as {@code $.facts.effects.CRIME}), the rule or constraint it breaks, and a message that is safe to log.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param field the field or path that is wrong; never null
 * @param ruleId the spec rule id (e.g. {@code MODEL-BSN}, {@code MODEL-REQUIRED} for a required value that is absent) or
 *     the Bean Validation constraint (e.g. {@code @Size}); never null
 * @param message a readable message that never echoes a BSN, a name or free text; never null
 *
 * <p>Whatever the caller passes, a run of 8 or more digits in the field or the message (it could be a BSN) is replaced
 * by {@code <number withheld>}: a value that echoes an offending number can never leak one.
 */
public record Violation(String field, String ruleId, String message) {
    /**
     * Validates that no component is null, and withholds digit runs that could be a BSN.
     *
     * @param field the field or path that is wrong; never null
     * @param ruleId the spec rule id or the Bean Validation constraint; never null
     * @param message a readable message; never null
     * @throws NullPointerException when a component is null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        field = Bsn.withheld(field);
        message = Bsn.withheld(message);
    }

    @Override
    public String toString() {
        return field + ": " + message + " [" + ruleId + "]";
    }
}
