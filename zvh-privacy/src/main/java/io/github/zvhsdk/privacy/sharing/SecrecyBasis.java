package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The ground on which a provider bound by professional secrecy breaks it (SRC-HANDVAT2019 §2.7–2.9). Only {@link #CONSENT}, {@link #STATUTORY} and {@link #CONFLICT_OF_DUTIES} are grounds; consent under drang is not free consent.
 */
public enum SecrecyBasis implements Labelled {
    /** No ground. */
    NONE("geen grond", "no ground"),
    /** Freely given consent of the person concerned. */
    CONSENT("toestemming", "consent"),
    /** Consent given under drang: not free, so no ground. */
    CONSENT_UNDER_DRANG("toestemming onder drang", "consent under pressure (drang)"),
    /** A statutory duty or power to provide. */
    STATUTORY("wettelijke grondslag", "statutory ground"),
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
