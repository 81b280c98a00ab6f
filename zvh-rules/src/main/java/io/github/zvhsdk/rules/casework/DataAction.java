package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;

/**
 * What an allowed step means for the case's personal data under the WGS (casework.md, "What a transition decision
 * carries", rev. 2): carried by a {@link TransitionDecision} only when the step is allowed and {@code asOf} is on or
 * after the WGS date, since the action follows the regime on {@code asOf}.
 */
public enum DataAction implements Labelled {
    /**
     * {@link Event#DECLINE}: a case the house does not take into treatment is deleted or anonymised (SRC-BGS art. 1.16
     * lid 1 b); the answer to the referrer still goes first (sharing.md).
     */
    DELETE("vernietigen of anonimiseren", "delete or anonymise", Citation.of(SourceId.BGS, "art. 1.16 lid 1 b")),
    /**
     * {@link Event#CLOSE}: the personal data in the case are shielded (afgeschermd) after closing until the end of
     * retention (SRC-WGS art. 2.31 lid 8).
     */
    SHIELD("afschermen tot het einde van de bewaartermijn", "shield until the end of retention",
            Citation.of(SourceId.WGS, "art. 2.31 lid 8")),
    /**
     * {@link Event#HAND_OVER}: no further processing under art. 2.31; the data are shielded at once and deleted when
     * no longer needed, within the limit of art. 1.8 lid 7 (SRC-WGS art. 2.31 lid 13).
     */
    STOP("verwerking stoppen", "stop processing", Citation.of(SourceId.WGS, "art. 2.31 lid 13"));

    private final String nl;
    private final String en;
    private final Citation citation;

    DataAction(String nl, String en, Citation citation) {
        this.nl = nl;
        this.en = en;
        this.citation = citation;
    }

    /** @return the source that makes the step mean this for the data; never null */
    public Citation citation() {
        return citation;
    }

    @Override
    public String labelNl() {
        return nl;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
