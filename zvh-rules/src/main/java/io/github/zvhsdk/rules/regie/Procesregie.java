package io.github.zvhsdk.rules.regie;

import io.github.zvhsdk.model.Labelled;

/** Who holds procesregie on a case (rule {@code REGIE-PROCES}, regie.md). */
public enum Procesregie implements Labelled {
    /** The house's procesregisseur (phase 3 or 4, at the house). */
    ZVH("procesregisseur van het Zorg- en Veiligheidshuis", "the house's procesregisseur"),
    /** The municipality's local procesregisseur (phase 3 or 4, local). */
    GEMEENTE("lokale procesregisseur van de gemeente", "the municipality's local procesregisseur"),
    /** No procesregie: the local professional coordinates (phase 1 or 2). */
    NONE("geen procesregie (de lokale professional coördineert)", "no procesregie (the local professional coordinates)");

    private final String nl;
    private final String en;

    Procesregie(String nl, String en) {
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
