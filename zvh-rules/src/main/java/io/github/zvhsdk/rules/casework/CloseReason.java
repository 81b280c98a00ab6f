package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.Labelled;

/**
 * Why an admitted case closes (casework.md, rule {@code CASE-CLOSE-REASON}).
 */
public enum CloseReason implements Labelled {
    /** The goals of the plan of approach are reached; the plan must have been evaluated. */
    GOALS_REACHED("doelen bereikt", "goals reached"),
    /**
     * The criteria no longer hold and a local party took the case over (afschalen, SRC-WVV2024 §5.2); the house stays
     * on as adviser.
     */
    CRITERIA_NO_LONGER_MET("criteria niet langer vervuld (afgeschaald)", "criteria no longer met (scaled down)"),
    /** Any other reason, recorded by the caller; closes without a check. */
    OTHER("andere reden", "other reason");

    private final String nl;
    private final String en;

    CloseReason(String nl, String en) {
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
