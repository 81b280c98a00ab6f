package io.github.zvhsdk.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Input the SDK refuses: an invalid value, bad JSON, a combination the spec rules out. It carries every
 * violation found at once, each with its field and rule id. Refusing is not deciding: no partial value or
 * decision exists when this is thrown.
 *
 * <pre>
 * InvalidInputException: 2 violations in IntakeFacts
 *   - asOf: 2012-12-31 is before the landelijk kader took effect (2013-01-01) [INTAKE-REGIME]
 *   - lifeDomains.DRUGS: value "SEVERE" is not one of NO_PROBLEM, PROBLEM, CRIMINOGENIC, UNKNOWN [JSON-ENUM]
 * </pre>
 */
public class InvalidInputException extends ZvhException {
    private static final long serialVersionUID = 1L;

    /** What was being built or read, e.g. {@code IntakeFacts}. */
    private final String subject;
    private final transient List<Violation> violations;

    /**
     * @param subject what was being built or read, e.g. {@code Person} or {@code IntakeFacts}; never null
     * @param violations every violation found; never null or empty
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidInputException(String subject, List<Violation> violations) {
        this(subject, violations, null);
    }

    /**
     * @param subject what was being built or read; never null
     * @param violations every violation found; never null or empty
     * @param cause the underlying parser exception, if any; may be null (its message is not repeated)
     */
    public InvalidInputException(String subject, List<Violation> violations, @Nullable Throwable cause) {
        super(format(subject, violations), cause);
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    private static String format(String subject, List<Violation> violations) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        String head = violations.size() == 1 ? "1 violation in " + subject : violations.size() + " violations in " + subject;
        return violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n", head + "\n", ""));
    }

    /** @return what was being built or read; never null */
    public String subject() {
        return subject;
    }

    /** @return every violation, in the order found; never null or empty */
    public List<Violation> violations() {
        return violations;
    }
}
