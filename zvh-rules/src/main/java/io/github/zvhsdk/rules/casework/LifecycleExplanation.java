package io.github.zvhsdk.rules.casework;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.List;
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
            if (d.event() == Event.PLACE_ON_TOP_X) {
                b.append(nl ? " Een casus op de Top-X-lijst wordt behandeld als een aanmelding die in overeenstemming is"
                        + " met het doel van het huis (SRC-WGS art. 2.32 lid 3)."
                        : " A case on the Top-X list is treated as a registration that fits the house's purpose"
                        + " (SRC-WGS art. 2.32 lid 3).");
            }
            d.advisoryRole().ifPresent(v -> b.append(nl
                    ? " Het Zorg- en Veiligheidshuis blijft als adviseur aangehaakt."
                    : " The house stays on as adviser."));
            d.dataAction().ifPresent(a -> b.append(' ').append(dataAction(a, nl)).append(" (").append(a.citation())
                    .append(")."));
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
            case "CASE-TOPX":
                if (d.asOf().isBefore(d.wgsDate())) {
                    return nl ? "op " + d.asOf() + " geldt de WGS nog niet (vanaf " + d.wgsDate()
                            + "); de Top-X-lijst is pas vanaf die datum een wettelijke activiteit van het huis"
                            : "on " + d.asOf() + " the WGS does not yet apply (from " + d.wgsDate()
                            + "); the Top-X list is a statutory activity of the house only from that date";
                }
                return unknown
                        ? (nl ? "niet vastgesteld is " : "it is not established ") + topXConditions(r, nl)
                        : (nl ? "plaatsing vraagt dat de casus aan de WGS-criteria voldoet (SRC-BGS art. 2.20), dat de persoon"
                                + " aan de objectieve criteria van de deelnemers voldoet en dat die criteria op internet zijn"
                                + " gepubliceerd; daaraan is niet voldaan"
                              : "placement needs the case to meet the WGS criteria (SRC-BGS art. 2.20), the person to meet"
                                + " the participants' objective criteria, and those criteria to be published on the internet;"
                                + " not all of that holds");
            case "CASE-HANDOVER":
                if (d.asOf().isBefore(Lifecycle.HAND_OVER_DATE)) {
                    return nl ? "art. 2.31 lid 13 WGS (overdracht aan het casusoverleg radicalisering) geldt pas vanaf "
                            + Lifecycle.HAND_OVER_DATE
                            : "art. 2.31 lid 13 WGS (hand-over to the radicalisation case consultation) applies only from "
                            + Lifecycle.HAND_OVER_DATE;
                }
                return unknown
                        ? (nl ? "niet vastgesteld is dat het casusoverleg radicalisering de casus in behandeling heeft genomen"
                              : "it is not established that the radicalisation case consultation has taken the case into"
                                + " treatment")
                        : (nl ? "het casusoverleg radicalisering heeft de casus niet in behandeling genomen; tot dan gelden de"
                                + " regels van het huis"
                              : "the radicalisation case consultation has not taken the case into treatment; until it does,"
                                + " the house's rules apply");
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

    /**
     * The conditions of CASE-TOPX that are not established: those its missing facts name (all three when it names none,
     * which only a decision read back from foreign JSON can do; a name this version does not know is given as is).
     */
    private static String topXConditions(RuleResult r, boolean nl) {
        List<String> names = r.missing().isEmpty()
                ? List.of("intakeOutcome", "topX.criteriaMet", "topX.criteriaPublished") : r.missing();
        List<String> parts = new ArrayList<>();
        for (String name : names) {
            parts.add(switch (name) {
                case "intakeOutcome" -> nl ? "dat de casus aan de WGS-criteria voldoet" : "that the case meets the WGS criteria";
                case "topX.criteriaMet" -> nl ? "dat de persoon aan de objectieve criteria van de lijst voldoet"
                        : "that the person meets the list's objective criteria";
                case "topX.criteriaPublished" -> nl ? "dat de objectieve criteria van de lijst op internet zijn gepubliceerd"
                        : "that the list's objective criteria are published on the internet";
                default -> name;
            });
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + (nl ? " en " : " and ") + last;
    }

    /** The sentence (without its citation) that says what an allowed step means for the case's personal data. */
    private static String dataAction(DataAction a, boolean nl) {
        return switch (a) {
            case DELETE -> nl
                    ? "Voor de gegevens: de casus wordt niet in behandeling genomen, dus de persoonsgegevens worden vernietigd"
                    + " of geanonimiseerd, nadat de aanmelder antwoord heeft gekregen"
                    : "For the data: the case is not taken into treatment, so its personal data are deleted or anonymised,"
                    + " after the referrer has been answered";
            case SHIELD -> nl
                    ? "Voor de gegevens: de persoonsgegevens in de casus worden na afsluiting afgeschermd tot het einde van"
                    + " de bewaartermijn"
                    : "For the data: the personal data in the case are shielded after closing until the end of retention";
            case STOP -> nl
                    ? "Voor de gegevens: het huis verwerkt ze niet verder onder art. 2.31 WGS; ze worden direct afgeschermd"
                    + " en vernietigd zodra ze niet meer nodig zijn, binnen de termijn van art. 1.8 lid 7 WGS"
                    : "For the data: the house processes them no further under art. 2.31 WGS; they are shielded at once and"
                    + " deleted when no longer needed, within the limit of art. 1.8 lid 7 WGS";
        };
    }
}
