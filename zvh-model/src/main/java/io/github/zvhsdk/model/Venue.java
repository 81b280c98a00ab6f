package io.github.zvhsdk.model;

/**
 * Where a case is handled: locally or at the house (escalation.md, VENUE-LOCAL-UNLESS).
 */
public enum Venue implements Labelled {
    /** local (lokaal). */
    LOCAL("lokaal", "local"),
    /** Care and Safety House (Zorg- en Veiligheidshuis). */
    ZVH("Zorg- en Veiligheidshuis", "Care and Safety House");

    private final String nl;
    private final String en;

    Venue(String nl, String en) {
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
