package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The regime under which the provider holds the data (sharing.md): police data and justice data keep their own regime when they travel, so they may only be shared by their origin holder (rule {@code SHARE-JUSTICE-ORIGIN}).
 */
public enum OriginRegime implements Labelled {
    /** Ordinary personal data under the AVG. */
    AVG("gewone persoonsgegevens (AVG)", "ordinary personal data (GDPR)"),
    /** Police data under the Wet politiegegevens (SRC-WPG). */
    WPG("politiegegevens (Wpg)", "police data (Wpg)"),
    /** Judicial and criminal-procedure data under the Wjsg (SRC-WJSG). */
    WJSG("justitiële en strafvorderlijke gegevens (Wjsg)", "judicial and criminal-procedure data (Wjsg)");

    private final String nl;
    private final String en;

    OriginRegime(String nl, String en) {
        this.nl = nl;
        this.en = en;
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
