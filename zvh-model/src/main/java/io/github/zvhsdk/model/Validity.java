package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of dates {@code [start, end)}, as ThreeTen-Extra's {@code LocalDateRange}: the start is included,
 * the end excluded; no end means unbounded. Text and JSON form: {@code 2025-03-01/..} or {@code 2013-01-01/2025-03-01}.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class Validity {
    private final LocalDate start;
    private final @Nullable LocalDate end;

    private Validity(LocalDate start, @Nullable LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * @param start the first day; never null
     * @param end the first day no longer included; must be after {@code start}
     * @return the range {@code [start, end)}
     * @throws InvalidInputException when start is null or end is not after start
     */
    public static Validity of(LocalDate start, LocalDate end) {
        Violations v = Violations.named("Validity").requireNonNull(start, "start").requireNonNull(end, "end");
        v.throwIfAny();
        v.require(end.isAfter(start), "end", "MODEL-VALIDITY", "must be after start (the range is [start, end))");
        v.throwIfAny();
        return new Validity(start, end);
    }

    /**
     * @param start the first day; never null
     * @return the unbounded range from {@code start}
     * @throws InvalidInputException when start is null
     */
    public static Validity from(LocalDate start) {
        Violations.named("Validity").requireNonNull(start, "start").throwIfAny();
        return new Validity(start, null);
    }

    /**
     * @param text {@code yyyy-MM-dd/yyyy-MM-dd} or {@code yyyy-MM-dd/..}; never null
     * @return the range
     * @throws InvalidInputException when the text is not of that form
     */
    @JsonCreator
    public static Validity parse(String text) {
        if (text == null) {
            throw bad("is required");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw bad("must be START/END or START/.. (ISO-8601 dates)");
        }
        try {
            LocalDate s = LocalDate.parse(text.substring(0, slash));
            String e = text.substring(slash + 1);
            return e.equals("..") ? from(s) : of(s, LocalDate.parse(e));
        } catch (DateTimeParseException ex) {
            throw bad("must be START/END or START/.. (ISO-8601 dates)");
        }
    }

    private static InvalidInputException bad(String message) {
        return new InvalidInputException("Validity", List.of(new Violation("validity", "MODEL-VALIDITY", message)));
    }

    /** @return the first day of the range */
    public LocalDate start() {
        return start;
    }

    /** @return the first day no longer in the range; empty when unbounded */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * @param date the date; never null
     * @return true when {@code start ≤ date < end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    @JsonValue
    @Override
    public String toString() {
        return start + "/" + (end == null ? ".." : end.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity other && start.equals(other.start) && Objects.equals(end, other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }
}
