package io.github.zvhsdk.privacy.retention;

import io.github.zvhsdk.privacy.config.RetentionTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * {@code RETENTION} (sharing.md): the end of retention is the closing date plus the configured base term plus every
 * recorded extension. The terms are [open] in the sources and must be configured ({@link RetentionTerms}), never
 * guessed. The end is the first day on which the data are no longer retained: from it on, every purpose is refused
 * (rule {@code SHARE-RETENTION} of the sharing check).
 *
 * <p>Pure. This class is thread-safe.
 */
public final class Retention {
    private Retention() {}

    /**
     * @param closedOn the date the case was closed; never null
     * @param extensions every recorded extension, in the order recorded; never null, none null
     * @param terms the configured terms; never null
     * @return {@code closedOn + baseTerm + extensions[0] + … } (each added in turn, as {@link LocalDate#plus}); never null
     * @throws NullPointerException when an argument is null
     */
    public static LocalDate end(LocalDate closedOn, List<Period> extensions, RetentionTerms terms) {
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(terms, "terms");
        LocalDate end = closedOn.plus(terms.baseTerm());
        for (Period p : extensions) {
            end = end.plus(Objects.requireNonNull(p, "extension"));
        }
        return end;
    }

    /**
     * @param end the end of retention ({@link #end}); never null
     * @param asOf the reference date; never null
     * @return true when {@code asOf} is on or after the end: the data may no longer be processed
     */
    public static boolean isExpired(LocalDate end, LocalDate asOf) {
        return !Objects.requireNonNull(asOf, "asOf").isBefore(Objects.requireNonNull(end, "end"));
    }
}
