package io.github.zvhsdk.model;

/**
 * The assessment of one leefgebied (model.md). {@code CRIMINOGENIC} implies a problem; {@code UNKNOWN} is the default for a leefgebied the assessment leaves out.
 */
public enum LifeDomainStatus implements Labelled {
    /** no problem (geen probleem). */
    NO_PROBLEM("geen probleem", "no problem"),
    /** problem (without criminogenic factor) (probleem (zonder criminogene factor)). */
    PROBLEM("probleem (zonder criminogene factor)", "problem (without criminogenic factor)"),
    /** problem with criminogenic factor (probleem met criminogene factor). */
    CRIMINOGENIC("probleem met criminogene factor", "problem with criminogenic factor"),
    /** unknown (not assessed) (onbekend (niet beoordeeld)). */
    UNKNOWN("onbekend (niet beoordeeld)", "unknown (not assessed)");

    private final String nl;
    private final String en;

    LifeDomainStatus(String nl, String en) {
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

    /**
     * "This leefgebied is a problem" ({@code PROBLEM} or {@code CRIMINOGENIC}), three-valued.
     *
     * @return TRUE, FALSE, or UNKNOWN for {@code UNKNOWN}
     */
    public io.github.zvhsdk.model.rule.Tri isProblem() {
        return this == UNKNOWN ? io.github.zvhsdk.model.rule.Tri.UNKNOWN
                : io.github.zvhsdk.model.rule.Tri.of(this == PROBLEM || this == CRIMINOGENIC);
    }

    /**
     * "This leefgebied has a criminogenic factor", three-valued.
     *
     * @return TRUE, FALSE, or UNKNOWN for {@code UNKNOWN}
     */
    public io.github.zvhsdk.model.rule.Tri isCriminogenic() {
        return this == UNKNOWN ? io.github.zvhsdk.model.rule.Tri.UNKNOWN
                : io.github.zvhsdk.model.rule.Tri.of(this == CRIMINOGENIC);
    }
}
