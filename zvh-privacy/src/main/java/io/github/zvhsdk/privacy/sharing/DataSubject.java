package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * Whom the shared data are about (sharing.md). Data about anyone but the subject pass only when relevant to the subject's problems (rule {@code SHARE-THIRD-PARTY}).
 */
public enum DataSubject implements Labelled {
    /** The subject of the case. */
    SUBJECT("de betrokkene", "the subject"),
    /** A member of the subject's household (model.md). */
    HOUSEHOLD_MEMBER("een lid van het huishouden", "a household member"),
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
