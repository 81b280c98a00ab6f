package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;

/** The direction of a phase change against the recorded phase (rule {@code AVE-DIRECTION}, escalation.md). */
public enum Direction implements Labelled {
    /** Opschalen: the new phase is higher. */
    UP("opschalen", "scale up"),
    /** Afschalen: the new phase is lower. */
    DOWN("afschalen", "scale down"),
    /** The phase stays the same. */
    STAY("gelijk blijven", "stay"),
    /** The range of phases still allows more than one direction. */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    Direction(String nl, String en) {
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
