package io.github.zvhsdk.model;

/**
 * A statutory framework a person is under (regie.md). A measure stays with its own holder whoever holds casusregie.
 */
public enum Measure implements Labelled {
    /** Probation supervision: special conditions, conditional release. */
    PROBATION_SUPERVISION("reclasseringstoezicht", "probation supervision", PartnerType.RECLASSERING, false, false),
    /** Child protection: ondertoezichtstelling or voogdij (a youth measure; it ends at 18). */
    CHILD_PROTECTION("kinderbeschermingsmaatregel (OTS of voogdij)", "child protection order",
            PartnerType.GECERTIFICEERDE_INSTELLING, true, true),
    /**
     * Youth probation, jeugdreclassering (a youth measure, at any age: under adolescentenstrafrecht, Sr art. 77c, and
     * the PIJ measure it also supervises young adults up to 23; rev. 2).
     */
    YOUTH_PROBATION("jeugdreclassering", "youth probation", PartnerType.GECERTIFICEERDE_INSTELLING, true, false),
    /** Compulsory mental-health care under the Wvggz: a zorgmachtiging or a crisismaatregel (rev. 2: the Wvggz only). */
    COMPULSORY_CARE("verplichte zorg (Wvggz: zorgmachtiging of crisismaatregel)",
            "compulsory care (Wvggz: care authorisation or crisis measure)", PartnerType.GGZ, false, false),
    /**
     * Involuntary care under the Wet zorg en dwang, for people with a learning disability or a psychogeriatric
     * condition: a rechterlijke machtiging or an inbewaringstelling (rev. 2). Held by the Wzd care provider, by default
     * {@link PartnerType#GEHANDICAPTENZORG} (SRC-LK2013 §5.7 item 9); a region may configure another.
     */
    WZD_CARE("onvrijwillige zorg (Wzd: rechterlijke machtiging of inbewaringstelling)",
            "involuntary care (Wzd: court authorisation or emergency detention)", PartnerType.GEHANDICAPTENZORG, false,
            false);

    private final String nl;
    private final String en;
    private final PartnerType holder;
    private final boolean youth;
    private final boolean minorOnly;

    Measure(String nl, String en, PartnerType holder, boolean youth, boolean minorOnly) {
        this.nl = nl;
        this.en = en;
        this.holder = holder;
        this.youth = youth;
        this.minorOnly = minorOnly;
    }

    /**
     * The partner type that holds this measure by default (regie.md, "Retained statutory roles"). For
     * {@link #WZD_CARE} a region may configure another Wzd care provider (the regie configuration of zvh-rules); every
     * other holder is fixed.
     *
     * @return the default holder; never null
     */
    public PartnerType holder() {
        return holder;
    }

    /**
     * @return true for a youth measure, executed by a gecertificeerde instelling ({@link #CHILD_PROTECTION},
     *     {@link #YOUTH_PROBATION}): a minor under one puts a system case's casusregie with that institution
     *     (REGIE-SYSTEM). Whether an adult can be under it is {@link #requiresMinor()}.
     */
    public boolean isYouthMeasure() {
        return youth;
    }

    /**
     * @return true for a measure only a minor can be under: {@link #CHILD_PROTECTION}, which ends at 18.
     *     {@link #YOUTH_PROBATION} is accepted at any age (rev. 2).
     */
    public boolean requiresMinor() {
        return minorOnly;
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
