package io.github.zvhsdk.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a case (model.md, casework.md). Transitions only go forward: {@code REGISTERED → SCREENING →
 * ADMITTED → CLOSED}; a {@code REGISTERED} or {@code SCREENING} case may instead be {@code DECLINED}, or placed on
 * the house's Top-X list and so {@code ADMITTED} at once (SRC-WGS art. 2.32, rev. 2); and a case not yet final may be
 * {@code HANDED_OVER} to the radicalisation case consultation (SRC-WGS art. 2.31 lid 13, from 2025-07-01, rev. 2).
 * {@code DECLINED}, {@code CLOSED} and {@code HANDED_OVER} are final: a case that comes back is registered as a new
 * case. Which step is allowed on which date is the lifecycle's decision (casework.md); this enum only knows the order.
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
    CLOSED("afgeschaald of afgesloten", "closed"),
    /** Handed over to the radicalisation case consultation (SRC-WGS art. 2.31 lid 13; rev. 2). */
    HANDED_OVER("overgedragen aan het casusoverleg radicalisering", "handed over to the radicalisation case consultation");

    private final String nl;
    private final String en;

    CaseStatus(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** @return the statuses this status may move to directly; empty for a final status */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(SCREENING, ADMITTED, DECLINED, HANDED_OVER);
            case SCREENING -> EnumSet.of(ADMITTED, DECLINED, HANDED_OVER);
            case ADMITTED -> EnumSet.of(CLOSED, HANDED_OVER);
            case DECLINED, CLOSED, HANDED_OVER -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * @param to the target status; never null
     * @return true when the model allows this status to move to {@code to} directly
     */
    public boolean canMoveTo(CaseStatus to) {
        return next().contains(to);
    }

    /** @return true for {@code DECLINED}, {@code CLOSED} and {@code HANDED_OVER} */
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
