package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The age of the person the data are about, on {@code asOf}, in the bands that decide who consents (fact
 * {@code consent.ageBand}, rule {@code SHARE-CONSENT-CAPACITY}; rev. 2): under 12 the representative consents; from 12
 * the person when able to judge their interests in the matter, else the representative (BW 7:465 lid 1–3; Jeugdwet
 * art. 7.3.15 lid 1–3). The two bands from 12 decide alike: the double consent at 12–15 is for treatment, not for
 * providing data.
 */
public enum ConsentAgeBand implements Labelled {
    /** Younger than 12. */
    UNDER_12("jonger dan 12 jaar", "under 12"),
    /** 12 up to and including 15. */
    FROM_12_TO_15("12 tot en met 15 jaar", "12 to 15"),
    /** 16 or older. */
    FROM_16("16 jaar of ouder", "16 or older");

    private final String nl;
    private final String en;

    ConsentAgeBand(String nl, String en) {
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
