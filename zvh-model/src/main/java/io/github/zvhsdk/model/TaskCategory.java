package io.github.zvhsdk.model;

/**
 * The task category of a case (SRC-MJA2124 §2.2.4, SRC-WVV2024 §5).
 */
public enum TaskCategory implements Labelled {
    /** core task (basistaak). */
    BASISTAAK("basistaak", "core task"),
    /** additional task (plustaak). */
    PLUSTAAK("plustaak", "additional task");

    private final String nl;
    private final String en;

    TaskCategory(String nl, String en) {
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
