package io.github.zvhsdk.model;

/**
 * A statutory framework a person is under (regie.md). A measure stays with its own holder whoever holds casusregie.
 */
public enum Measure implements Labelled {
    /** Probation supervision: special conditions, conditional release. */
    PROBATION_SUPERVISION("reclasseringstoezicht", "probation supervision", PartnerType.RECLASSERING, false),
    /** Child protection: ondertoezichtstelling or voogdij (a youth measure). */
    CHILD_PROTECTION("kinderbeschermingsmaatregel (OTS of voogdij)", "child protection order", PartnerType.GECERTIFICEERDE_INSTELLING, true),
    /** Youth probation (a youth measure). */
    YOUTH_PROBATION("jeugdreclassering", "youth probation", PartnerType.GECERTIFICEERDE_INSTELLING, true),
    /** Compulsory care: zorgmachtiging Wvggz or rechterlijke machtiging Wzd. */
    COMPULSORY_CARE("verplichte zorg (Wvggz of Wzd)", "compulsory care", PartnerType.GGZ, false);

    private final String nl;
    private final String en;
    private final PartnerType holder;
    private final boolean youth;

    Measure(String nl, String en, PartnerType holder, boolean youth) {
        this.nl = nl;
        this.en = en;
        this.holder = holder;
        this.youth = youth;
    }

    /** @return the partner type that holds this measure */
    public PartnerType holder() {
        return holder;
    }

    /** @return true for a youth measure, which only a minor can be under */
    public boolean isYouthMeasure() {
        return youth;
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
