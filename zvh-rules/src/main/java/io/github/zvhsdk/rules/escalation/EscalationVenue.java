package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.Venue;
import java.util.Optional;

/**
 * The venue a determination gives (rule {@code VENUE-LOCAL-UNLESS}, escalation.md): three-valued, because it can
 * wait on facts that are not yet known.
 */
public enum EscalationVenue implements Labelled {
    /** The case is handled locally (lokaal, tenzij). */
    LOCAL("lokaal", "local"),
    /** The case belongs at the house. */
    ZVH("Zorg- en Veiligheidshuis", "Care and Safety House"),
    /** Not yet decidable from the facts. */
    UNKNOWN("onbekend", "unknown");

    private final String nl;
    private final String en;

    EscalationVenue(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    /** @return the definite {@link Venue}, empty for {@link #UNKNOWN} */
    public Optional<Venue> toVenue() {
        return switch (this) {
            case LOCAL -> Optional.of(Venue.LOCAL);
            case ZVH -> Optional.of(Venue.ZVH);
            case UNKNOWN -> Optional.empty();
        };
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
