package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * Whom the shared data are about (sharing.md). Data about a household member, a direct contact or another person pass
 * only when relevant to the subject's problems, under the WGS never about another person, and about a professional
 * only identifying and contact data (rule {@code SHARE-THIRD-PARTY}).
 */
public enum DataSubject implements Labelled {
    /** The subject of the case. */
    SUBJECT("de betrokkene", "the subject"),
    /** A member of the subject's household (model.md). */
    HOUSEHOLD_MEMBER("een lid van het huishouden", "a household member"),
    /** Another direct social contact of the subject (SRC-BGS art. 2.19; rev. 2). */
    DIRECT_CONTACT("een ander direct sociaal contact", "another direct social contact"),
    /** A professional of a partner or another body involved in the subject's care (SRC-WGS art. 2.30 lid 1 c; rev. 2). */
    PROFESSIONAL("een professional die bij de zorg voor de betrokkene is betrokken",
            "a professional involved in the subject's care"),
    /** Anyone else. */
    OTHER_PERSON("een andere persoon", "another person");

    private final String nl;
    private final String en;

    DataSubject(String nl, String en) {
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
