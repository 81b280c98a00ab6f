package io.github.zvhsdk.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a case (model.md, casework.md). Transitions only go forward: {@code REGISTERED → SCREENING →
 * ADMITTED → CLOSED}, and a {@code REGISTERED} or {@code SCREENING} case may instead be {@code DECLINED}.
 * {@code DECLINED} and {@code CLOSED} are final: a case that comes back is registered as a new case.
 */
public enum CaseStatus implements Labelled {
    /** Registered (aangemeld). */
    REGISTERED("aangemeld", "registered"),
    /** Being screened against the criteria. */
    SCREENING("in screening", "screening"),
    /** Admitted: the house works on it. */
    ADMITTED("in behandeling genomen", "admitted"),
    /** Declined, always with advice to the referrer (SRC-BZO2020 §3a). */
    DECLINED("niet opgepakt (met advies)", "declined (with advice)"),
    /** Closed: scaled down or finished. */
    CLOSED("afgeschaald of afgesloten", "closed");

    private final String nl;
    private final String en;

    CaseStatus(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** @return the statuses this status may move to directly; empty for a final status */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(SCREENING, DECLINED);
            case SCREENING -> EnumSet.of(ADMITTED, DECLINED);
            case ADMITTED -> EnumSet.of(CLOSED);
            case DECLINED, CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * @param to the target status; never null
     * @return true when the model allows this status to move to {@code to} directly
     */
    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    /** @return true for {@code DECLINED} and {@code CLOSED} */
    public boolean isFinal() {
        return next().isEmpty();
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
