package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * What kind of data a sharing request concerns (sharing.md, "Sharing facts"). Four categories are special categories
 * of SRC-AVG art. 9 ({@link #isSpecial()}); {@link #CRIMINAL_JUSTICE} is criminal data of SRC-AVG art. 10, which the
 * spec does not count as special.
 */
public enum DataCategory implements Labelled {
    /** Name, address, date of birth. */
    IDENTIFYING("identificerende gegevens (naam, adres, geboortedatum)", "identifying data (name, address, date of birth)", false),
    /** The burgerservicenummer. */
    BSN("burgerservicenummer", "citizen service number (BSN)", false),
    /** The registration, its reason, the plan of approach, agreements. */
    CASE_FACTS("casusgegevens (aanmelding, reden, plan van aanpak, afspraken)", "case facts (registration, reason, plan, agreements)", false),
    /** The status per leefgebied, without the details behind it. */
    LIFE_DOMAIN_ASSESSMENT("status per leefgebied", "status per leefgebied", false),
    /** Health data: diagnoses, treatment, details of substance use (SRC-AVG art. 9). */
    HEALTH("gezondheidsgegevens", "health data", true),
    /** Religion or belief (SRC-AVG art. 9). */
    RELIGION_OR_BELIEF("godsdienst of levensovertuiging", "religion or belief", true),
    /** Ethnic origin (SRC-AVG art. 9). */
    ETHNIC_ORIGIN("etnische afkomst", "ethnic origin", true),
    /** Sexual life (SRC-AVG art. 9). */
    SEXUAL_LIFE("seksueel leven", "sexual life", true),
    /** Offences, suspicions, convictions, measures (SRC-AVG art. 10). */
    CRIMINAL_JUSTICE("strafrechtelijke gegevens", "criminal-justice data", false),
    /** Investigations and measures concerning minors. */
    CHILD_PROTECTION("jeugdbeschermingsgegevens", "child-protection data", false),
    /** Wmo, Jeugdwet and Participatiewet services. */
    SOCIAL_DOMAIN("gegevens sociaal domein (Wmo, Jeugdwet, Participatiewet)", "social-domain data (Wmo, Jeugdwet, Participatiewet)", false),
    /** Financial data. */
    FINANCIAL("financiële gegevens", "financial data", false),
    /** Housing data. */
    HOUSING("huisvestingsgegevens", "housing data", false);

    private final String nl;
    private final String en;
    private final boolean special;

    DataCategory(String nl, String en, boolean special) {
        this.nl = nl;
        this.en = en;
        this.special = special;
    }

    /** @return true for the four special categories of SRC-AVG art. 9: health, religion or belief, ethnic origin, sexual life */
    public boolean isSpecial() {
        return special;
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
