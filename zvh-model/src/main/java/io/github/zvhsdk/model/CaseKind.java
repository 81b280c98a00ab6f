package io.github.zvhsdk.model;

/**
 * The kind of a case (SRC-LK2013 §1.3, §4.3).
 */
public enum CaseKind implements Labelled {
    /** person-oriented (persoonsgericht). */
    PERSOONSGERICHT("persoonsgericht", "person-oriented"),
    /** system-oriented (systeemgericht). */
    SYSTEEMGERICHT("systeemgericht", "system-oriented"),
    /** area-oriented (gebiedsgericht). */
    GEBIEDSGERICHT("gebiedsgericht", "area-oriented"),
    /** theme-bound (themagebonden). */
    THEMAGEBONDEN("themagebonden", "theme-bound");

    private final String nl;
    private final String en;

    CaseKind(String nl, String en) {
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
