package io.github.zvhsdk.rules.escalation;

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
            case ZVH -> nl ? "De casus hoort in het Zorg- en Veiligheidshuis: ontvankelijk, fase 3 of hoger, en de "
                    + "samenwerking stagneert of de veiligheid is acuut in het geding."
                    : "The case belongs at the house: admissible, phase 3 or higher, and cooperation has stalled "
                    + "or safety is acutely at stake.";
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
}
