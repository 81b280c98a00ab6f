package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * Who gave the consent a request rests on (fact {@code consent.givenBy}, rule {@code SHARE-CONSENT-CAPACITY}; rev. 2).
 */
public enum ConsentGiver implements Labelled {
    /** The person the data are about. */
    SUBJECT_SELF("de persoon zelf", "the person themselves"),
    /**
     * Their representative: for a minor a parent with authority or a guardian; otherwise a curator or mentor; failing
     * these, the person's written proxy, then the partner, then a parent, child, brother or sister (BW 7:465 lid 3;
     * Jeugdwet art. 7.3.15 lid 3, which adds a grandparent); or the representative under the Wvggz or the Wzd.
     */
    REPRESENTATIVE("de vertegenwoordiger", "the representative");

    private final String nl;
    private final String en;

    ConsentGiver(String nl, String en) {
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
