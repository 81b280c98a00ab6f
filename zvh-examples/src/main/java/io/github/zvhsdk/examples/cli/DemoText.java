package io.github.zvhsdk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a decision's JSON as a few readable lines for the walkthrough (package-private). */
final class DemoText {
    private DemoText() {}

    static String kindLabel(String kind, boolean nl) {
        return switch (kind) {
            case "intake" -> nl ? "Intake: hoort deze casus in het Zorg- en Veiligheidshuis?" : "Intake: does this case belong at the house?";
            case "escalation" -> nl ? "Escalatie: AVE-fase en plek (lokaal, tenzij)" : "Escalation: AVE phase and venue (local, unless)";
            case "regie" -> nl ? "Regie: wie coördineert wat?" : "Regie: who coordinates what?";
            case "sharing" -> nl ? "Gegevens delen: mag dit, voor dit doel?" : "Data sharing: may this pass, for this purpose?";
            case "transition" -> nl ? "Casusverloop: mag deze stap nu?" : "Case lifecycle: may this step be taken now?";
            case "plan" -> nl ? "Plan van aanpak: is het compleet?" : "Plan of approach: is it complete?";
            default -> kind;
        };
    }

    static List<String> render(String kind, JsonNode d, boolean nl) {
        List<String> lines = new ArrayList<>();
        switch (kind) {
            case "intake" -> {
                lines.add((nl ? "Uitkomst: " : "Outcome: ") + tri(d.path("outcome"), nl) + "  (" + d.path("regime").asText()
                        + (d.hasNonNull("reading") ? ", " + d.path("reading").asText() : "") + ")");
                lines.add("Criteria: " + pairs(d.path("criteria")));
            }
            case "escalation" -> {
                String range = d.path("lowest").asText().equals(d.path("highest").asText()) ? d.path("lowest").asText()
                        : d.path("lowest").asText() + "–" + d.path("highest").asText();
                lines.add((nl ? "AVE-fase: " : "AVE phase: ") + range + (nl ? "; plek: " : "; venue: ") + d.path("venue").asText()
                        + (d.hasNonNull("direction") ? (nl ? "; richting: " : "; direction: ") + d.path("direction").asText() : "")
                        + (d.hasNonNull("advisoryRole") ? (nl ? "; adviseur: " : "; adviser: ") + d.path("advisoryRole").asText() : ""));
            }
            case "regie" -> {
                lines.add("Casusregie: " + list(d.path("casusregie")) + "  [" + d.path("casusRule").asText() + "]");
                lines.add("Procesregie: " + d.path("procesregie").asText()
                        + "; regie op samenwerking: " + d.path("regieOpSamenwerking").asText());
                if (d.path("retainedStatutoryRoles").size() > 0) {
                    List<String> roles = new ArrayList<>();
                    d.path("retainedStatutoryRoles").forEach(r -> roles.add(r.path("who").asText() + ": " + r.path("measure").asText()
                            + " → " + r.path("holder").asText()));
                    lines.add((nl ? "Wettelijke taken blijven bij: " : "Statutory roles retained: ") + String.join("; ", roles));
                }
            }
            case "sharing" -> {
                lines.add((nl ? "Uitkomst: " : "Outcome: ") + d.path("outcome").asText() + "  (regime "
                        + d.path("regime").asText() + ")");
                if (d.path("refusedBy").size() > 0) {
                    lines.add((nl ? "Geweigerd door: " : "Refused by: ") + list(d.path("refusedBy")));
                }
                if (d.path("conditions").size() > 0) {
                    lines.add((nl ? "Voorwaarden: " : "Conditions: ") + list(d.path("conditions")));
                }
            }
            case "transition" -> {
                lines.add((d.path("allowed").asBoolean() ? (nl ? "Toegestaan → " : "Allowed → ") + d.path("to").asText()
                        : (nl ? "Geweigerd door " : "Refused by ") + list(d.path("refusedBy")))
                        + (d.hasNonNull("admittedUnder") ? (nl ? "; opgenomen onder " : "; admitted under ") + d.path("admittedUnder").asText() : "")
                        + (d.hasNonNull("advisoryRole") ? (nl ? "; het huis blijft adviseur" : "; the house stays on as adviser") : "")
                        + (d.hasNonNull("dataAction") ? (nl ? "; gegevens: " : "; data: ") + d.path("dataAction").asText() : ""));
            }
            case "plan" -> {
                lines.add(d.path("valid").asBoolean() ? (nl ? "Compleet: geen gebreken" : "Complete: no violations")
                        : (nl ? "Niet compleet: " : "Incomplete: ") + list(d.path("violations"))
                                + (d.path("uncovered").size() > 0 ? (nl ? "; niet gedekt: " : "; not covered: ") + list(d.path("uncovered")) : ""));
            }
            default -> lines.add(d.toString());
        }
        if (d.path("missing").size() > 0) {
            lines.add((nl ? "Ontbreekt om te beslissen: " : "Missing to decide: ") + list(d.path("missing")));
        }
        JsonNode explanation = d.path("explanation");
        JsonNode text = explanation.isObject() ? explanation.path(nl ? "nl" : "en") : explanation;
        if (text.isTextual() && !text.asText().isBlank()) {
            lines.add((nl ? "Waarom: " : "Why: ") + text.asText());
        }
        return lines;
    }

    private static String tri(JsonNode n, boolean nl) {
        return switch (n.asText()) {
            case "TRUE" -> nl ? "JA" : "YES";
            case "FALSE" -> nl ? "NEE" : "NO";
            case "UNKNOWN" -> nl ? "ONBEKEND" : "UNKNOWN";
            default -> n.asText();
        };
    }

    private static String pairs(JsonNode obj) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            out.add(e.getKey() + "=" + e.getValue().asText());
        }
        return String.join(" ", out);
    }

    private static String list(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return String.join(", ", out);
    }
}
