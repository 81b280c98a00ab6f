package io.github.zvhsdk.model;

/**
 * Whether an effect happens, happened or is expected (intake.md).
 */
public enum Prospect implements Labelled {
    /** happening now (doet zich nu voor). */
    PRESENT("doet zich nu voor", "happening now"),
    /** has happened (heeft zich voorgedaan). */
    PAST("heeft zich voorgedaan", "has happened"),
    /** expected, on clear and objective indications (verwacht op duidelijke en objectieve aanwijzingen). */
    EXPECTED_OBJECTIVE("verwacht op duidelijke en objectieve aanwijzingen", "expected, on clear and objective indications"),
    /** expected or suspected, without objective indications (verwacht of vermoed, zonder objectieve aanwijzingen). */
    EXPECTED("verwacht of vermoed, zonder objectieve aanwijzingen", "expected or suspected, without objective indications"),
    /** absent (doet zich niet voor). */
    ABSENT("doet zich niet voor", "absent"),
    /** unknown (onbekend). */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    Prospect(String nl, String en) {
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
