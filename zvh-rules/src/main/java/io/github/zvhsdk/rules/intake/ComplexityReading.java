package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.Labelled;

/**
 * How the landelijk kader's "A; en: B; en: C; of: D" is read (spec/intake.md, SRC-LK2013 §4.2). The SDK offers both
 * readings as a named choice and records the one it used in every LK2013 decision.
 */
public enum ComplexityReading implements Labelled {
    /**
     * (A ∧ B ∧ C) ∨ D: an area-bound safety problem is complex on its own (reference policy, the default). D carries
     * its own cross-chain requirement, and §4.1 admits local area- or theme-bound safety problems as a class of
     * their own.
     */
    STANDALONE_D("D zelfstandig: (A en B en C) of D", "D stands alone: (A and B and C) or D"),
    /** A ∧ B ∧ (C ∨ D): the "of" only offers D as an alternative to the system criterion C. */
    D_REPLACES_C("D als alternatief voor C: A en B en (C of D)", "D replaces C: A and B and (C or D)");

    private final String nl;
    private final String en;

    ComplexityReading(String nl, String en) {
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
