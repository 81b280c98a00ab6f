package io.github.zvhsdk.privacy.config;

import io.github.zvhsdk.model.Validity;
import java.time.LocalDate;

/** Overlap of half-open date ranges. */
final class Ranges {
    private Ranges() {}

    static boolean overlap(Validity a, Validity b) {
        LocalDate aEnd = a.end().orElse(LocalDate.MAX);
        LocalDate bEnd = b.end().orElse(LocalDate.MAX);
        return a.start().isBefore(bEnd) && b.start().isBefore(aEnd);
    }
}
