package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;
import io.github.zvhsdk.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders an {@link EscalationDecision} as a short paragraph in Dutch or English. */
final class EscalationExplanation {
    private static final String[] COLOUR_NL = {"", "groen", "oranje", "rood", "donkerrood"};
    private static final String[] COLOUR_EN = {"", "green", "orange", "red", "dark red"};

    private EscalationExplanation() {}

    static String explain(EscalationDecision d, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        int lo = d.lowest();
        int hi = d.highest();
        if (lo == hi) {
            b.append(nl ? "AVE-fase " + lo + " (" + COLOUR_NL[lo] + ")." : "AVE phase " + lo + " (" + COLOUR_EN[lo] + ").");
        } else {
            b.append(nl ? "De AVE-fase ligt nog tussen " + lo + " (" + COLOUR_NL[lo] + ") en " + hi + " ("
                    + COLOUR_NL[hi] + "): niet alle feiten zijn bekend."
                    : "The AVE phase is still between " + lo + " (" + COLOUR_EN[lo] + ") and " + hi + " ("
                    + COLOUR_EN[hi] + "): not every fact is known.");
        }
        b.append(' ');
        b.append(switch (d.venue()) {
            case LOCAL -> nl ? "De casus wordt lokaal behandeld (lokaal, tenzij)."
                    : "The case is handled locally (local, unless).";
            case ZVH -> atHouse(d, nl);
            case UNKNOWN -> nl ? "Of de casus lokaal of in het Zorg- en Veiligheidshuis hoort, is nog niet te zeggen."
                    : "Whether the case is handled locally or at the house cannot be said yet.";
        });
        d.direction().ifPresent(dir -> b.append(' ').append(switch (dir) {
            case UP -> nl ? "Ten opzichte van de vastgelegde fase: opschalen." : "Against the recorded phase: scale up.";
            case DOWN -> nl ? "Ten opzichte van de vastgelegde fase: afschalen." : "Against the recorded phase: scale down.";
            case STAY -> nl ? "De fase blijft gelijk." : "The phase stays the same.";
            case UNKNOWN -> nl ? "De richting ten opzichte van de vastgelegde fase is nog niet te bepalen."
                    : "The direction against the recorded phase cannot be determined yet.";
        }));
        if (d.advisoryRole().isPresent()) {
            b.append(' ').append(nl ? "Het Zorg- en Veiligheidshuis blijft als adviseur aangehaakt."
                    : "The house stays involved as adviser.");
        }
        if (!d.missing().isEmpty()) {
            b.append(' ').append(nl ? "Nog uit te zoeken: " : "Still to find out: ")
                    .append(String.join(", ", d.missing())).append('.');
        }
        return b.toString();
    }

    /** Why the case belongs at the house: the grounds that hold, or that it stays while it meets the criteria. */
    private static String atHouse(EscalationDecision d, boolean nl) {
        if (d.venueReasons().contains(VenueReason.STAYS_AT_HOUSE)) {
            return nl ? "De casus blijft in het Zorg- en Veiligheidshuis: ontvankelijk en fase 3 of hoger, dus voldoet "
                    + "hij nog aan de criteria; afschalen volgt pas wanneer dat niet meer zo is."
                    : "The case stays at the house: admissible and phase 3 or higher, so it still meets the criteria; "
                    + "it is scaled down only once it no longer does.";
        }
        List<String> grounds = new ArrayList<>();
        for (VenueReason r : d.venueReasons()) {
            String g = label(r, nl);
            if (r == VenueReason.HOUSE_THEME) {
                List<String> themes = new ArrayList<>();
                for (Theme t : d.houseThemes()) {
                    themes.add(label(t, nl));
                }
                g += " (" + (nl ? "thema's van het huis: " : "the house's themes: ") + String.join(", ", themes) + ")";
            }
            grounds.add(g);
        }
        return (nl ? "De casus hoort in het Zorg- en Veiligheidshuis: ontvankelijk, fase 3 of hoger, en "
                : "The case belongs at the house: admissible, phase 3 or higher, and ")
                + join(grounds, nl ? " en " : " and ") + ".";
    }

    private static String label(Labelled l, boolean nl) {
        return nl ? l.labelNl() : l.labelEn();
    }

    /** "a", "a and b", "a, b and c". */
    private static String join(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
    }
}
