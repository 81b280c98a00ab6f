package io.github.zvhsdk.model;

/**
 * A system member's relation to the subject (model.md; SRC-LK2013 §3.3, SRC-MJA2124 §2.2.3). The first six form the
 * household; the others are the social environment.
 */
public enum Relation implements Labelled {
    /** Partner. */
    PARTNER("partner", "partner", true),
    /** Former partner. */
    EX_PARTNER("ex-partner", "former partner", true),
    /** Parent. */
    PARENT("ouder", "parent", true),
    /** Child. */
    CHILD("kind", "child", true),
    /** Brother or sister. */
    SIBLING("broer of zus", "sibling", true),
    /** Other member of the household. */
    OTHER_HOUSEHOLD_MEMBER("ander lid van het huishouden", "other household member", true),
    /** Family outside the household. */
    FAMILY_OUTSIDE_HOUSEHOLD("familie buiten het huishouden", "family outside the household", false),
    /** Friend. */
    FRIEND("vriend", "friend", false),
    /** School. */
    SCHOOL("school", "school", false),
    /** Neighbourhood. */
    NEIGHBOURHOOD("buurt", "neighbourhood", false),
    /** Other social environment. */
    OTHER("overige sociale omgeving", "other social environment", false);

    private final String nl;
    private final String en;
    private final boolean household;

    Relation(String nl, String en, boolean household) {
        this.nl = nl;
        this.en = en;
        this.household = household;
    }

    /** @return true for the six relations that form the household */
    public boolean isHousehold() {
        return household;
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
