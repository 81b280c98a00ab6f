package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a transition decision as a short paragraph in Dutch or English. */
final class LifecycleExplanation {
    private LifecycleExplanation() {}

    static String explain(TransitionDecision d, boolean nl) {
        Locale locale = nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        StringBuilder b = new StringBuilder();
        b.append(nl ? "Stap «" : "Step «").append(d.event().label(locale))
                .append(nl ? "» vanuit status «" : "» from status «").append(d.status().label(locale)).append("»: ");
        if (d.allowed()) {
            b.append(nl ? "toegestaan; nieuwe status «" : "allowed; new status «")
                    .append(d.to().map(s -> s.label(locale)).orElse("")).append("».");
            d.admittedUnder().ifPresent(r -> b.append(nl ? " De casus is opgenomen onder «" : " The case is admitted under «")
                    .append(r.label(locale)).append("».")); 
            d.advisoryRole().ifPresent(v -> b.append(nl
                    ? " Het Zorg- en Veiligheidshuis blijft als adviseur aangehaakt."
                    : " The house stays on as adviser."));
            return b.toString();
        }
        b.append(nl ? "geweigerd." : "refused.");
        for (RuleResult r : d.rules()) {
            if (r.value() == Tri.FALSE) {
                continue;
            }
            b.append(' ').append(r.ruleId()).append(" (")
                    .append(r.citations().stream().map(Citation::toString).collect(Collectors.joining("; ")))
                    .append("): ").append(reason(d, r, nl, locale)).append('.');
        }
        if (!d.missing().isEmpty()) {
            b.append(nl ? " Vast te stellen: " : " To be established: ").append(String.join(", ", d.missing())).append('.');
        }
        return b.toString();
    }

    private static String reason(TransitionDecision d, RuleResult r, boolean nl, Locale locale) {
        boolean unknown = r.value() == Tri.UNKNOWN;
        switch (r.ruleId()) {
            case "CASE-TRANSITION": {
                CaseStatus s = d.status();
                if (s.isFinal()) {
                    return nl ? "«" + s.label(locale) + "» is definitief; een casus die terugkomt wordt als nieuwe casus aangemeld"
                            : "«" + s.label(locale) + "» is final; a case that comes back is registered as a new case";
                }
                String from = d.event().from().stream().sorted().map(x -> "«" + x.label(locale) + "»")
                        .collect(Collectors.joining(nl ? " of " : " or "));
                return nl ? "deze stap kan alleen vanuit " + from : "this step can only be taken from " + from;
            }
            case "CASE-REFERRER":
                return unknown
                        ? (nl ? "niet vastgesteld is dat de aanmelder deelnemer van het huis is"
                              : "it is not established that the referrer is a participant of the house")
                        : (nl ? "de aanmelder is geen deelnemer van het huis" : "the referrer is not a participant of the house");
            case "CASE-ADMIT-CRITERIA":
                return unknown
                        ? (nl ? "niet vastgesteld is dat de casus aan de criteria voldoet"
                              : "it is not established that the case meets the criteria")
                        : (nl ? "de casus voldoet niet aan de criteria" : "the case does not meet the criteria");
            case "CASE-DECLINE-ADVICE":
                return unknown
                        ? (nl ? "niet vastgesteld is dat de aanmelder advies heeft gekregen"
                              : "it is not established that the referrer was given advice")
                        : (nl ? "de aanmelder heeft geen advies gekregen; een casus wordt nooit zonder advies niet opgepakt"
                              : "the referrer was given no advice; a case is never declined without advice");
            case "CASE-CLOSE-REASON":
                if (d.closeReason().filter(c -> c == CloseReason.GOALS_REACHED).isPresent()) {
                    return nl ? "bij «doelen bereikt» moet het plan van aanpak geëvalueerd zijn"
                            : "with «goals reached» the plan of approach must have been evaluated";
                }
                return nl ? "afschalen vraagt dat de casus niet langer aan de criteria voldoet en dat een lokale partij hem heeft overgenomen"
                        : "scaling down needs the case to no longer meet the criteria and a local party to have taken it over";
            default:
                return r.ruleId();
        }
    }
}
