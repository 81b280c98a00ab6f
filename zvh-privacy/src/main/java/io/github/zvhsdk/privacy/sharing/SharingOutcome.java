package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * The outcome of a sharing check (sharing.md, "Rules").
 */
public enum SharingOutcome implements Labelled {
    /** No rule refuses and no condition applies. */
    ALLOW("toegestaan", "allowed"),
    /** No rule refuses and at least one condition applies. */
    ALLOW_WITH_CONDITIONS("toegestaan onder voorwaarden", "allowed with conditions"),
    /** At least one rule refuses. */
    DENY("geweigerd", "refused");

    private final String nl;
    private final String en;

    SharingOutcome(String nl, String en) {
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
