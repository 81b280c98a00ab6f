package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The ground on which the data's origin holder, bound by professional secrecy, breaks it (SRC-WGS art. 2.29 lid 2;
 * SRC-HANDVAT2019 §2.7–2.9). Which grounds a regime accepts is rule {@code SHARE-SECRECY}'s: under a covenant
 * {@link #CONSENT}, {@link #STATUTORY} and {@link #CONFLICT_OF_DUTIES}; under the WGS also {@link #GOOD_CARE}. Consent
 * under drang is not free consent and never a ground.
 */
public enum SecrecyBasis implements Labelled {
    /** No ground. */
    NONE("geen grond", "no ground"),
    /** The explicit consent of the person the data are about, given by whoever can consent for them ({@code consent}). */
    CONSENT("toestemming", "consent"),
    /** Consent given under drang: not free, so no ground. */
    CONSENT_UNDER_DRANG("toestemming onder drang", "consent under pressure (drang)"),
    /** A statutory duty or power to provide. */
    STATUTORY("wettelijke grondslag", "statutory ground"),
    /** The provision is necessary for good care ("goed hulpverlenerschap", SRC-WGS art. 2.29 lid 2; rev. 2). */
    GOOD_CARE("noodzakelijk uit het oogpunt van goed hulpverlenerschap", "necessary for good care (goed hulpverlenerschap)"),
    /** A conflict of duties (conflict van plichten). */
    CONFLICT_OF_DUTIES("conflict van plichten", "conflict of duties");

    private final String nl;
    private final String en;

    SecrecyBasis(String nl, String en) {
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
