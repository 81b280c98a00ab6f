package io.github.zvhsdk.model;

/**
 * A theme of a case (SRC-MJA2124 §3.1, SRC-BZO2020 §3a, SRC-WVV2024 §1). Themes describe a case; they never decide admission.
 */
public enum Theme implements Labelled {
    /** radicalisation and extremism (radicalisering en extremisme). */
    RADICALISERING_EXTREMISME("radicalisering en extremisme", "radicalisation and extremism"),
    /** confused behaviour, high risk (verward gedrag met hoog risico). */
    VERWARD_GEDRAG_HOOG_RISICO("verward gedrag met hoog risico", "confused behaviour, high risk"),
    /** high-risk former offender (ex-justitiabele met hoog risico). */
    EX_JUSTITIABELE_HOOG_RISICO("ex-justitiabele met hoog risico", "high-risk former offender"),
    /** domestic violence and child abuse (huiselijk geweld en kindermishandeling). */
    HUISELIJK_GEWELD("huiselijk geweld en kindermishandeling", "domestic violence and child abuse"),
    /** excessive violence (excessief geweld). */
    EXCESSIEF_GEWELD("excessief geweld", "excessive violence"),
    /** high-impact crime (high impact crime). */
    HIGH_IMPACT_CRIME("high impact crime", "high-impact crime"),
    /** youth at risk and youth groups (risicojeugd en jeugdgroepen). */
    JEUGD("risicojeugd en jeugdgroepen", "youth at risk and youth groups"),
    /** human trafficking (mensenhandel). */
    MENSENHANDEL("mensenhandel", "human trafficking"),
    /** prolific offender (veelpleger). */
    VEELPLEGER("veelpleger", "prolific offender"),
    /** multi-problem household (multiprobleemhuishouden). */
    MULTIPROBLEEM_HUISHOUDEN("multiprobleemhuishouden", "multi-problem household");

    private final String nl;
    private final String en;

    Theme(String nl, String en) {
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
