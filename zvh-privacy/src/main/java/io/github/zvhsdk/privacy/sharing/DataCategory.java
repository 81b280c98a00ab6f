package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * What kind of data a sharing request concerns (sharing.md, "Sharing facts"): the categories of SRC-WGS art. 2.30 lid 1
 * (rev. 2), the case's own records, nationality (SRC-BGS art. 1.9) and the special categories the WGS does not admit.
 * Five categories are special categories of SRC-AVG art. 9 ({@link #isSpecial()}); four of them the WGS does not admit
 * at all ({@link #isSpecialOutsideWgs()}, rule {@code SHARE-SPECIAL-CATEGORY}). {@link #CRIMINAL_JUSTICE} is criminal
 * data of SRC-AVG art. 10, which the spec does not count as special.
 */
public enum DataCategory implements Labelled {
    /** Name, address, date of birth, contact details (SRC-WGS art. 2.30 lid 1 a: identificerende en contactgegevens). */
    IDENTIFYING("identificerende gegevens (naam, adres, geboortedatum)", "identifying data (name, address, date of birth)", false, false),
    /** The burgerservicenummer. */
    BSN("burgerservicenummer", "citizen service number (BSN)", false, false),
    /** The registration, its reason, the plan of approach, agreements. */
    CASE_FACTS("casusgegevens (aanmelding, reden, plan van aanpak, afspraken)", "case facts (registration, reason, plan, agreements)", false, false),
    /** The status per leefgebied, without the details behind it. */
    LIFE_DOMAIN_ASSESSMENT("status per leefgebied", "status per leefgebied", false, false),
    /** Health data: diagnoses, treatment, details of substance use (SRC-AVG art. 9; the one special category the WGS admits). */
    HEALTH("gezondheidsgegevens", "health data", true, false),
    /** Religion or belief (SRC-AVG art. 9). */
    RELIGION_OR_BELIEF("godsdienst of levensovertuiging", "religion or belief", true, true),
    /** Political opinions, what extremism cases produce (SRC-AVG art. 9; rev. 2). */
    POLITICAL_OPINION("politieke opvattingen", "political opinions", true, true),
    /** Ethnic origin (SRC-AVG art. 9). */
    ETHNIC_ORIGIN("etnische afkomst", "ethnic origin", true, true),
    /** Sexual life (SRC-AVG art. 9). */
    SEXUAL_LIFE("seksueel leven", "sexual life", true, true),
    /** Offences, suspicions, convictions, sentences (SRC-AVG art. 10); {@code originRegime} says whose regime they carry. */
    CRIMINAL_JUSTICE("strafrechtelijke gegevens", "criminal-justice data", false, false),
    /** Investigations and measures concerning minors. */
    CHILD_PROTECTION("jeugdbeschermingsgegevens", "child-protection data", false, false),
    /** Wmo, Jeugdwet and Participatiewet services. */
    SOCIAL_DOMAIN("gegevens sociaal domein (Wmo, Jeugdwet, Participatiewet)", "social-domain data (Wmo, Jeugdwet, Participatiewet)", false, false),
    /** Financial data. */
    FINANCIAL("financiële gegevens", "financial data", false, false),
    /** Income (SRC-WGS art. 2.30 lid 1 a: inkomensgegevens; rev. 2). */
    INCOME("inkomensgegevens", "income data", false, false),
    /** Housing data. */
    HOUSING("huisvestingsgegevens", "housing data", false, false),
    /** Who the family and direct social contacts are, and how they relate (SRC-WGS art. 2.30 lid 1 a; rev. 2). */
    RELATIONS("gegevens over relaties met gezinsleden en andere directe sociale contacten",
            "relations with family members and other direct social contacts", false, false),
    /** Supervision and enforcement, a mayor's measures and imposed restrictions (SRC-WGS art. 2.30 lid 1 a; rev. 2). */
    ENFORCEMENT("gegevens over toezicht en handhaving, bestuurlijke maatregelen en opgelegde beperkingen",
            "supervision and enforcement, administrative measures and imposed restrictions", false, false),
    /** Which support, care and help is given, and by whom (SRC-WGS art. 2.30 lid 1 a: begeleiding, zorg en hulpverlening; rev. 2). */
    CARE("gegevens over begeleiding, zorg en hulpverlening", "support, care and help given", false, false),
    /** Nationality: only to identify the person, where unavoidable (SRC-BGS art. 1.9; rev. 2). */
    NATIONALITY("nationaliteit", "nationality", false, false);

    private final String nl;
    private final String en;
    private final boolean special;
    private final boolean specialOutsideWgs;

    DataCategory(String nl, String en, boolean special, boolean specialOutsideWgs) {
        this.nl = nl;
        this.en = en;
        this.special = special;
        this.specialOutsideWgs = specialOutsideWgs;
    }

    /**
     * @return true for the five special categories of SRC-AVG art. 9: health, religion or belief, political opinions,
     *     ethnic origin, sexual life
     */
    public boolean isSpecial() {
        return special;
    }

    /**
     * @return true for the four special categories the WGS does not admit (SRC-WGS art. 2.29 lid 1, art. 2.30 lid 1):
     *     religion or belief, political opinions, ethnic origin, sexual life (rule {@code SHARE-SPECIAL-CATEGORY})
     */
    public boolean isSpecialOutsideWgs() {
        return specialOutsideWgs;
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
