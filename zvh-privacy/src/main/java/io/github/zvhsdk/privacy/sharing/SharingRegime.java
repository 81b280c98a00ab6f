package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The legal regime a sharing request falls under (rule {@code SHARE-REGIME}): the covenant before the WGS date and for plustaken, the WGS for basistaken from the WGS date, and {@link #UNKNOWN} when the task category is unknown from the WGS date.
 */
public enum SharingRegime implements Labelled {
    /** Each partner's own basis, joined by the house's covenant and privacy protocol. */
    COVENANT("convenant en privacyprotocol", "covenant and privacy protocol"),
    /** The WGS and BGS: joint processing by the participants of the house. */
    WGS("Wet gegevensverwerking door samenwerkingsverbanden", "Act on data processing by partnerships (WGS)"),
    /** Not established: the task category is unknown from the WGS date. */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    SharingRegime(String nl, String en) {
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
