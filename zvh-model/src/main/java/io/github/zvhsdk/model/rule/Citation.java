package io.github.zvhsdk.model.rule;

import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a source: the source id plus a section, e.g. {@code SRC-LK2013 §4.2}. A value, not free text,
 * so that a vendor can render it, filter on it and test it.
 *
 * <p>A citation of a statute in the Basiswettenbestand ({@link SourceId#bwbId()}: the WGS and the BGS) links to its
 * text on wetten.overheid.nl as it read on a date: {@link #link(LocalDate)}, with the article the section names
 * ({@link #article()}), e.g. {@code SRC-BGS art. 2.20 lid 1 onder a} on 2025-06-01 gives
 * {@code https://wetten.overheid.nl/jci1.3:c:BWBR0050665&artikel=2.20&z=2025-06-01&g=2025-06-01}. The link is
 * computed, not stored: a decision carries its citations and its {@code asOf}, and a vendor asks for the link of a
 * citation with the decision's date.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param source the cited source; never null
 * @param section the section, article or paragraph, e.g. {@code §4.2} or {@code art. 46}; never null, may be empty
 */
public record Citation(SourceId source, String section) {
    /** A section that names one article: "art. " and its number, then nothing or a part of that article. */
    private static final Pattern ONE_ARTICLE =
            Pattern.compile("art\\. ([0-9]+[a-z]?(?:\\.[0-9]+[a-z]?)*)(?: (?:lid|onder|aanhef|sub)\\b.*)?");
    /** Where the statutes' texts are: wetten.overheid.nl, read with Juriconnect's (jci 1.3) logical links. */
    private static final String WETTEN = "https://wetten.overheid.nl/jci1.3:c:";

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

    /**
     * The article the section names, when it names exactly one: {@code art. 2.20 lid 1 onder a} gives {@code 2.20},
     * {@code art. 1.8 lid 7} gives {@code 1.8}. A section that names no article ({@code §4.2}, empty) or several
     * ({@code art. 6, 30}) gives none.
     *
     * @return the article number, or empty
     */
    public Optional<String> article() {
        Matcher m = ONE_ARTICLE.matcher(section);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A link to the cited text on wetten.overheid.nl as it read on {@code asOf}: the Juriconnect (jci 1.3) logical
     * link with the source's BWB id, the {@link #article()} when the section names one (else the regulation as a
     * whole), and {@code asOf} as both the geldigheidsdatum ({@code g}, the version in force on that date) and the
     * zichtdatum ({@code z}, as the text was known on that date), so that the same decision always opens the same
     * text. A date before the regulation took effect (2025-03-01 for the WGS and the BGS) opens its first version:
     * there is no earlier one, and a decision before that date cites the regulation for what it brought (its date of
     * entry into force, for instance). Pure: the link is computed from the citation and the date only.
     *
     * @param asOf the date the text is to be read on, normally the decision's {@code asOf}; never null
     * @return the link, or empty when the source is not in the Basiswettenbestand ({@link SourceId#bwbId()} empty)
     * @throws NullPointerException when {@code asOf} is null
     */
    public Optional<URI> link(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<String> bwb = source.bwbId();
        LocalDate first = source.inForceFrom();
        if (bwb.isEmpty() || first == null) {
            return Optional.empty();
        }
        String date = (asOf.isBefore(first) ? first : asOf).toString();
        StringBuilder b = new StringBuilder(WETTEN).append(bwb.get());
        article().ifPresent(a -> b.append("&artikel=").append(a));
        b.append("&z=").append(date).append("&g=").append(date);
        return Optional.of(URI.create(b.toString()));
    }

    @Override
    public String toString() {
        return section.isEmpty() ? source.id() : source.id() + " " + section;
    }
}
