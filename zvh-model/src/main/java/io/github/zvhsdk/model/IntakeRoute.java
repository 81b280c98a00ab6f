package io.github.zvhsdk.model;

/**
 * How a case reaches the house (SRC-LK2013 §4.3, SRC-MJA2124 §3.2, SRC-WGS art. 2.32).
 */
public enum IntakeRoute implements Labelled {
    /** referral by a partner (aanmelding door een partner). */
    PARTNER_REFERRAL("aanmelding door een partner", "referral by a partner"),
    /** through ZSM (via ZSM). */
    ZSM("via ZSM", "through ZSM"),
    /** running criminal-justice trajectory (lopend strafrechtelijk traject). */
    RUNNING_CRIMINAL_TRAJECTORY("lopend strafrechtelijk traject", "running criminal-justice trajectory"),
    /** running care trajectory (lopend zorgtraject). */
    RUNNING_CARE_TRAJECTORY("lopend zorgtraject", "running care trajectory"),
    /** escalation from the local network (opschaling vanuit het lokale netwerk). */
    LOCAL_ESCALATION("opschaling vanuit het lokale netwerk", "escalation from the local network"),
    /** preventive, through a family member (preventief, via een gezinslid). */
    PREVENTIVE_FAMILY_MEMBER("preventief, via een gezinslid", "preventive, through a family member"),
    /** placed on the house's Top-X list of prioritised cases (plaatsing op de Top-X-lijst; SRC-WGS art. 2.32, rev. 2). */
    TOP_X("plaatsing op de Top-X-lijst", "placed on the Top-X list");

    private final String nl;
    private final String en;

    IntakeRoute(String nl, String en) {
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
