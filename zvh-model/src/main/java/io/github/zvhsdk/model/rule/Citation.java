package io.github.zvhsdk.model.rule;

import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A citation of a source: the source id plus a section, e.g. {@code SRC-LK2013 §4.2}. A value, not free text,
 * so that a vendor can render it, filter on it and test it.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param source the cited source; never null
 * @param section the section, article or paragraph, e.g. {@code §4.2} or {@code art. 46}; never null, may be empty
 */
public record Citation(SourceId source, String section) {
    /**
     * Validates that no component is null and that the section holds no run of 8 or more digits (it could be a BSN;
     * citations are repeated in every decision).
     *
     * @param source the cited source; never null
     * @param section the section, article or paragraph; never null, may be empty
     * @throws InvalidInputException when the section holds such a run
     */
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        if (Bsn.mayAppearIn(section)) {
            throw new InvalidInputException("Citation", List.of(new Violation("section", "MODEL-BSN",
                    "must not hold a run of 8 or more digits (it could be a BSN)")));
        }
    }

    /**
     * @param source the cited source; never null
     * @param section the section; never null
     * @return the citation
     */
    public static Citation of(SourceId source, String section) {
        return new Citation(source, section);
    }

    @Override
    public String toString() {
        return section.isEmpty() ? source.id() : source.id() + " " + section;
    }
}
