package io.github.zvhsdk.model;

/**
 * A partner's place in the house's organisation model (SRC-LK2013 §5.1).
 */
public enum Tier implements Labelled {
    /** core (the house's own staff) (kern (eigen medewerkers)). */
    CORE("kern (eigen medewerkers)", "core (the house's own staff)"),
    /** key partner (sleutelpartner). */
    KEY_PARTNER("sleutelpartner", "key partner"),
    /** flexible shell (flexibele schil). */
    FLEXIBLE_SHELL("flexibele schil", "flexible shell");

    private final String nl;
    private final String en;

    Tier(String nl, String en) {
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
