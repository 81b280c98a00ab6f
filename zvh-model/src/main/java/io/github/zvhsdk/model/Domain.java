package io.github.zvhsdk.model;

/**
 * A domain (chain) of the framework (model.md). {@code STRAF}, {@code ZORG} and {@code GEMEENTE} are the three chains the house connects (SRC-LK2013 §2.1); {@code OVERIG} never counts towards "several domains".
 */
public enum Domain implements Labelled {
    /** criminal justice chain (strafrechtketen). */
    STRAF("strafrechtketen", "criminal justice chain"),
    /** care chain (zorgketen). */
    ZORG("zorgketen", "care chain"),
    /** municipal domain (gemeentelijk domein). */
    GEMEENTE("gemeentelijk domein", "municipal domain"),
    /** other (overig). */
    OVERIG("overig", "other");

    private final String nl;
    private final String en;

    Domain(String nl, String en) {
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
