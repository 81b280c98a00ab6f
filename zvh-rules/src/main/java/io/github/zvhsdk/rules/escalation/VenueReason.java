package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;

/**
 * Why a case belongs at the house (rule {@code VENUE-LOCAL-UNLESS}, escalation.md, rev. 2): for a case not yet at the
 * house, the grounds of "lokaal, tenzij" that hold; for a case at the house, that it stays while it meets the criteria.
 * A decision lists its reasons only when its venue is {@link EscalationVenue#ZVH}.
 */
public enum VenueReason implements Labelled {
    /** Cooperation between the professionals involved has stalled (SRC-BZO2020 §3). */
    COOPERATION_STAGNATING("de samenwerking stagneert", "cooperation has stalled"),
    /** Acute danger to the subject or to others (SRC-BZO2020 §3: niveau 4). */
    ACUTE_SAFETY_THREAT("de veiligheid is acuut in het geding", "safety is acutely at stake"),
    /** Help in the voluntary framework does not, or no longer, work (SRC-MJA2124 §3.2.2; rev. 2). */
    VOLUNTARY_HELP_FAILING("hulp in het vrijwillig kader werkt niet (meer)", "voluntary help does not, or no longer, work"),
    /** A theme of the case is one of the house's themes (SRC-MJA2124 §3.1.2-3.1.3; rev. 2). */
    HOUSE_THEME("de casus heeft een thema van het huis", "the case has one of the house's themes"),
    /** The case is at the house and still meets the criteria: it is not scaled down (SRC-WVV2024 §5.2; rev. 2). */
    STAYS_AT_HOUSE("de casus is al in het huis en voldoet nog aan de criteria",
            "the case is already at the house and still meets the criteria");

    private final String nl;
    private final String en;

    VenueReason(String nl, String en) {
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
