package io.github.zvhsdk.model.rule;

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
    /** Validates that no component is null. */
    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
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
