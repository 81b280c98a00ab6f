package io.github.zvhsdk.model.rule;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dates that change the rules (spec/README.md): the landelijk kader from 2013-01-01, the WGS and BGS from
 * 2025-03-01 (SRC-BGS; configurable, since documents before December 2024 still expected 2025-01-01).
 */
public final class FrameworkDates {
    /** The first day of the framework: regie moves to the municipalities, the landelijk kader applies (SRC-LK2013 §1.1). */
    public static final LocalDate FRAMEWORK_START = LocalDate.of(2013, 1, 1);
    /** The default entry into force of the WGS and BGS (SRC-BGS, Stb. 2024, 380). */
    public static final LocalDate DEFAULT_WGS_DATE = LocalDate.of(2025, 3, 1);
    /** The rule id under which a date outside the framework is refused. */
    public static final String RULE = "FRAMEWORK-DATE";

    private FrameworkDates() {}

    /**
     * Refuses a reference date outside the framework.
     *
     * @param asOf the reference date; may be null (then refused as missing)
     * @param subject the decision's input name for the message, e.g. {@code IntakeFacts}; never null
     * @return {@code asOf}
     * @throws InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static LocalDate requireInFramework(@Nullable LocalDate asOf, String subject) {
        Objects.requireNonNull(subject, "subject");
        if (asOf == null) {
            throw new InvalidInputException(subject, List.of(new Violation("asOf", RULE, "is required")));
        }
        if (asOf.isBefore(FRAMEWORK_START)) {
            throw new InvalidInputException(subject, List.of(new Violation("asOf", RULE, asOf
                    + " is before the landelijk kader took effect (" + FRAMEWORK_START + ")")));
        }
        return asOf;
    }
}
