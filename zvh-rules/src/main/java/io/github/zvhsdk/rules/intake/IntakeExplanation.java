package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the short paragraph of {@link IntakeDecision#explain(Locale)} in Dutch or English. */
final class IntakeExplanation {
    private static final Map<String, String[]> CRITERIA = Map.ofEntries(
            Map.entry("A", new String[] {"A (problemen op meerdere leefgebieden die (naar verwachting) leiden tot "
                    + "criminaliteit, overlast of verder afglijden)", "A (problems on several leefgebieden that lead, or "
                    + "are expected to lead, to crime, nuisance or further decline)"}),
            Map.entry("B", new String[] {"B (samenwerking tussen meerdere ketens nodig, met dwang en drang; binnen één "
                    + "keten niet mogelijk)", "B (cooperation of several chains needed, with coercion or pressure; not "
                    + "possible within one chain)"}),
            Map.entry("C", new String[] {"C (wisselwerking met het (gezins)systeem of de directe omgeving, nu of "
                    + "verwacht)", "C (interaction with the (family) system or the direct environment, now or expected)"}),
            Map.entry("D", new String[] {"D (ernstig gebiedsgebonden veiligheidsprobleem dat om een ketenoverstijgende "
                    + "aanpak vraagt)", "D (serious area-bound safety problem that needs a cross-chain approach)"}),
            Map.entry("subject", new String[] {"geïdentificeerde betrokkene", "identified subject"}),
            Map.entry("a", new String[] {"a (problematiek van betrokkene of, voor zover relevant, in de gezinssituatie)",
                    "a (problems of the subject or, insofar as relevant, in the family situation)"}),
            Map.entry("b", new String[] {"b (meerdere leefgebieden met criminogene factoren)",
                    "b (several leefgebieden with criminogenic factors)"}),
            Map.entry("c", new String[] {"c (ernstige overlast, criminaliteit of onveilige situaties veroorzaakt door "
                    + "betrokkene, nu, eerder of op objectieve aanwijzingen verwacht)", "c (serious nuisance, crime or "
                    + "unsafe situations caused by the subject, now, in the past or expected on objective indications)"}),
            Map.entry("d", new String[] {"d (samenwerking van deelnemers uit meerdere domeinen noodzakelijk)",
                    "d (cooperation of participants from several domains necessary)"}),
            Map.entry("regional", new String[] {"aanvullende regionale criteria", "additional regional criteria"}));

    private IntakeExplanation() {}

    static String explain(IntakeDecision d, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        int i = nl ? 0 : 1;
        StringBuilder s = new StringBuilder(1536); // an explanation is about 1 KB: no regrowth
        if (d.regime() == IntakeRegime.LK2013) {
            s.append(nl ? "Getoetst aan de definitie van complexe problematiek van het landelijk kader 2013 (SRC-LK2013 §4.2), lezing "
                    : "Tested against the landelijk kader 2013 definition of complex problems (SRC-LK2013 §4.2), reading ");
            s.append('"').append(d.reading().orElseThrow().label(locale)).append('"');
        } else {
            s.append(nl ? "Getoetst aan de WGS-registratiecriteria a–d (SRC-BGS art. 2.20 lid 1)"
                    : "Tested against the WGS registration criteria a–d (SRC-BGS art. 2.20 lid 1)");
        }
        s.append(nl ? ", peildatum " : ", reference date ").append(d.asOf()).append(". ");
        if (!d.governing()) {
            s.append(nl ? "Let op: op deze datum geldt deze toets niet (INTAKE-REGIME, WGS-datum "
                    : "Note: this test does not govern on this date (INTAKE-REGIME, WGS date ")
                    .append(d.config().wgsDate()).append("). ");
        }
        s.append(outcome(d, nl)).append(' ');
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, RuleResult> e : d.criteria().entrySet()) {
            String[] labels = CRITERIA.get(e.getKey());
            String label = labels == null ? e.getKey() : labels[i]; // a criterion without a label shows its id
            String part = label + ": " + e.getValue().value().label(locale);
            if (e.getKey().equals("regional") && !d.regional().isEmpty()) {
                List<String> each = new ArrayList<>();
                d.regional().forEach((id, v) -> each.add(id + " " + v.label(locale)));
                part += " (" + String.join(", ", each) + ")";
            }
            parts.add(part + " [" + e.getValue().ruleId() + "]");
        }
        // "Criteria" is the same word in Dutch and English
        s.append("Criteria: ").append(String.join("; ", parts)).append(". ");
        if (!d.missing().isEmpty()) {
            s.append(nl ? "Nodig voor een besluit: " : "Needed for a decision: ")
                    .append(String.join(", ", d.missing())).append(". ");
        }
        s.append(nl ? "Configuratie: " : "Configuration: ").append(d.configIdentity()).append('.');
        return s.toString();
    }

    private static String outcome(IntakeDecision d, boolean nl) {
        Tri o = d.outcome();
        if (d.regime() == IntakeRegime.LK2013) {
            return switch (o) {
                case TRUE -> nl ? "Uitkomst: complexe problematiek." : "Outcome: complex problems.";
                case FALSE -> nl ? "Uitkomst: geen complexe problematiek." : "Outcome: not complex.";
                case UNKNOWN -> nl ? "Uitkomst: nog onbekend." : "Outcome: not yet known.";
            };
        }
        return switch (o) {
            case TRUE -> nl ? "Uitkomst: voldoet aan de registratiecriteria." : "Outcome: meets the registration criteria.";
            case FALSE -> nl ? "Uitkomst: voldoet niet aan de registratiecriteria."
                    : "Outcome: does not meet the registration criteria.";
            case UNKNOWN -> nl ? "Uitkomst: nog onbekend." : "Outcome: not yet known.";
        };
    }
}
