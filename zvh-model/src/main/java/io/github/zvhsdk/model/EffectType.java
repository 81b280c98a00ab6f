package io.github.zvhsdk.model;

/**
 * What the subject's problems lead the subject to cause, or to go through (intake.md).
 */
public enum EffectType implements Labelled {
    /** crime (criminaliteit). */
    CRIME("criminaliteit", "crime"),
    /** serious nuisance (ernstige overlast). */
    SERIOUS_NUISANCE("ernstige overlast", "serious nuisance"),
    /** nuisance (not serious) (overlast (niet ernstig)). */
    NUISANCE("overlast (niet ernstig)", "nuisance (not serious)"),
    /** unsafe situation for persons or in an area (onveilige situatie voor personen of in een gebied). */
    UNSAFE_SITUATION("onveilige situatie voor personen of in een gebied", "unsafe situation for persons or in an area"),
    /** further decline (verder afglijden). */
    DERAILING("verder afglijden", "further decline");

    private final String nl;
    private final String en;

    EffectType(String nl, String en) {
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
