package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * A step a case may be asked to take (casework.md, "The lifecycle"), with the statuses it may be taken from and the
 * status it leads to. The table of casework.md is exactly {@link #from()} × {@link #to()}; any other pair of status
 * and event is refused by {@code CASE-TRANSITION}. Together the events take every step of the model's forward-only
 * order ({@link CaseStatus#next()}), and no other.
 */
public enum Event implements Labelled {
    /** Start screening a registered case against the criteria. */
    START_SCREENING("screening starten", "start screening", EnumSet.of(CaseStatus.REGISTERED), CaseStatus.SCREENING),
    /** Admit a screened case (in behandeling nemen). */
    ADMIT("in behandeling nemen", "admit", EnumSet.of(CaseStatus.SCREENING), CaseStatus.ADMITTED),
    /** Decline a case, always with advice to the referrer (niet oppakken). */
    DECLINE("niet oppakken (met advies)", "decline (with advice)",
            EnumSet.of(CaseStatus.REGISTERED, CaseStatus.SCREENING), CaseStatus.DECLINED),
    /** Close an admitted case: scale it down or finish it (afschalen of afsluiten). */
    CLOSE("afschalen of afsluiten", "close (scale down or finish)", EnumSet.of(CaseStatus.ADMITTED), CaseStatus.CLOSED),
    /**
     * Place the case on the house's list of prioritised cases (Top-X, SRC-WGS art. 2.32; rev. 2): a placed case is
     * treated as an admitted registration (art. 2.32 lid 3).
     */
    PLACE_ON_TOP_X("op de Top-X-lijst plaatsen", "place on the Top-X list",
            EnumSet.of(CaseStatus.REGISTERED, CaseStatus.SCREENING), CaseStatus.ADMITTED),
    /**
     * Hand the case over to the radicalisation case consultation (SRC-WGS art. 2.31 lid 13, from 2025-07-01; rev. 2):
     * the house's case rules stop applying to it.
     */
    HAND_OVER("overdragen aan het casusoverleg radicalisering", "hand over to the radicalisation case consultation",
            EnumSet.of(CaseStatus.REGISTERED, CaseStatus.SCREENING, CaseStatus.ADMITTED), CaseStatus.HANDED_OVER);

    private final String nl;
    private final String en;
    private final Set<CaseStatus> from;
    private final CaseStatus to;

    Event(String nl, String en, Set<CaseStatus> from, CaseStatus to) {
        this.nl = nl;
        this.en = en;
        this.from = from;
        this.to = to;
    }

    /** @return the statuses this event may be taken from (casework.md's table); an unmodifiable set, never empty */
    public Set<CaseStatus> from() {
        return Set.copyOf(from);
    }

    /** @return the status the event leads to when it is allowed; never null */
    public CaseStatus to() {
        return to;
    }

    /**
     * @param status the case's status now; never null
     * @return true when the pair of {@code status} and this event is in casework.md's table
     */
    public boolean isStepFrom(CaseStatus status) {
        return from.contains(status);
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
