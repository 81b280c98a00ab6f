package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * A step a case may be asked to take (casework.md, "The lifecycle"), with the statuses it may be taken from and the
 * status it leads to. The table of casework.md is exactly {@link #from()} × {@link #to()}; any other pair of status
 * and event is refused by {@code CASE-TRANSITION}.
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
    CLOSE("afschalen of afsluiten", "close (scale down or finish)", EnumSet.of(CaseStatus.ADMITTED), CaseStatus.CLOSED);

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
