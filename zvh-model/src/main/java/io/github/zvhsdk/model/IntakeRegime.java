package io.github.zvhsdk.model;

/**
 * The national test an intake decision applies (intake.md, rule INTAKE-REGIME).
 */
public enum IntakeRegime implements Labelled {
    /** national framework 2013 (complex problems) (landelijk kader 2013 (complexe problematiek)). */
    LK2013("landelijk kader 2013 (complexe problematiek)", "national framework 2013 (complex problems)"),
    /** WGS registration criteria (from 2025-03-01) (WGS-registratiecriteria (vanaf 2025-03-01)). */
    WGS2025("WGS-registratiecriteria (vanaf 2025-03-01)", "WGS registration criteria (from 2025-03-01)");

    private final String nl;
    private final String en;

    IntakeRegime(String nl, String en) {
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
