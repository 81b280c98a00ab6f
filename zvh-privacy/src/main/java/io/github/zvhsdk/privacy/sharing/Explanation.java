package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a decision as a short paragraph in Dutch or English. */
final class Explanation {
    private static final Map<String, String[]> REASONS = Map.ofEntries(
            Map.entry(SharingRules.AGGREGATE_ONLY, new String[] {
                "dit doel staat alleen geaggregeerde of geanonimiseerde gegevens toe",
                "this purpose allows aggregated or anonymised data only"}),
            Map.entry(SharingRules.REGIME, new String[] {
                "het juridisch regime is niet vast te stellen zonder de taakcategorie (basistaak of plustaak)",
                "the legal regime cannot be established without the task category (basistaak or plustaak)"}),
            Map.entry(SharingRules.PARTICIPANTS, new String[] {
                "de verstrekker of de ontvanger is niet (aantoonbaar) deelnemer van het huis, en de ontvanger is ook niet (aantoonbaar) gast aan tafel",
                "the provider or the recipient is not (known to be) a participant of the house, and the recipient is not (known to be) a guest at the table either"}),
            Map.entry(SharingRules.GUEST, new String[] {
                "een gast aan tafel ontvangt alleen onder de WGS, in het casusoverleg of bij het plan van aanpak, van het huis of een publieke deelnemer, "
                        + "na ondertekening van de geheimhoudingsverklaring, nooit het BSN, en bijzondere of strafrechtelijke gegevens alleen met instemming "
                        + "van de deelnemer die ze verstrekte",
                "a guest at the table receives only under the WGS, at the case consultation or plan execution, from the house or a public participant, "
                        + "after signing the secrecy declaration, never the BSN, and special or criminal data only with the consent of the participant "
                        + "that provided them"}),
            Map.entry(SharingRules.COVENANT, new String[] {
                "het convenant en privacyprotocol zijn niet (aantoonbaar) van kracht",
                "the covenant and privacy protocol are not (known to be) in force"}),
            Map.entry(SharingRules.TRANSITION, new String[] {
                "een casus die onder het landelijk kader 2013 is opgenomen moet eerst opnieuw aan de WGS-criteria worden getoetst",
                "a case admitted under the 2013 framework must first be re-tested against the WGS criteria"}),
            Map.entry(SharingRules.STATUS, new String[] {
                "de status van de casus laat dit doel niet toe (een afgesloten of overgedragen casus geen enkel doel, een niet opgepakte casus alleen de terugkoppeling aan de aanmelder)",
                "the case status does not allow this purpose (a closed or handed-over case none, a declined case only the feedback to the referrer)"}),
            Map.entry(SharingRules.RECIPIENT, new String[] {
                "deze ontvanger is voor dit doel (bij deze verstrekker, categorie en dit regime) niet toegestaan, zit niet (aantoonbaar) aan tafel bij deze casus, of is niet (aantoonbaar) de aanmelder",
                "this recipient is not allowed for this purpose (with this provider, category and regime), does not (knowingly) take part in this case, or is not (known to be) the referrer"}),
            Map.entry(SharingRules.CATEGORY, new String[] {
                "deze categorie gegevens hoort niet bij dit doel",
                "this category of data does not belong to this purpose"}),
            Map.entry(SharingRules.SECRECY, new String[] {
                "wie de gegevens bij de bron houdt heeft (mogelijk) een beroepsgeheim, dat alles omvat wat hij als hulpverlener weet, ook dat iemand cliënt is, "
                        + "en er is geen grond vastgesteld die dit regime aanvaardt (toestemming, wettelijke grondslag, conflict van plichten; onder de WGS ook goed hulpverlenerschap)",
                "the data's origin holder is (or may be) bound by professional secrecy, which covers all it knows as a carer, the fact that someone is a client included, "
                        + "and no ground this regime accepts is established (consent, statutory ground, conflict of duties; under the WGS also good care)"}),
            Map.entry(SharingRules.CONSENT_CAPACITY, new String[] {
                "de verstrekking rust op toestemming, maar niet (aantoonbaar) van wie die moet geven: onder de 12 de vertegenwoordiger, "
                        + "vanaf 12 de persoon zelf als die wilsbekwaam is, anders de vertegenwoordiger",
                "the provision rests on consent, but not (known to be) from the one who must give it: under 12 the representative, "
                        + "from 12 the person if able to judge their interests, else the representative"}),
            Map.entry(SharingRules.SPECIAL_CATEGORY, new String[] {
                "godsdienst, politieke opvattingen, etnische afkomst en seksueel leven laat de WGS niet toe, en onder een convenant alleen met uitdrukkelijke toestemming",
                "religion, political opinions, ethnic origin and sexual life are not admitted under the WGS, and under a covenant only with explicit consent"}),
            Map.entry(SharingRules.JUSTICE_ORIGIN, new String[] {
                "politiegegevens komen alleen van de politie en justitiegegevens alleen van het OM of DJI, en niemand anders geeft ze door (behalve het huis aan tafel onder de WGS); "
                        + "strafrechtelijke gegevens komen onder de WGS alleen als politie- of justitiegegevens binnen; een onbekende herkomst kan zulke gegevens betreffen",
                "police data come only from the police and justice data only from the OM or DJI, and nobody else passes them on (except the house at the table under the WGS); "
                        + "under the WGS criminal data enter only as police or justice data; an unknown origin could be such data"}),
            Map.entry(SharingRules.BSN, new String[] {
                "de verstrekker of de ontvanger mag het BSN niet gebruiken",
                "the provider or the recipient may not use the BSN"}),
            Map.entry(SharingRules.THIRD_PARTY, new String[] {
                "de gegevens gaan niet (aantoonbaar) over de betrokkene en zijn niet (aantoonbaar) relevant voor diens problematiek, gaan onder de WGS over "
                        + "iemand buiten diens directe kring, of zijn van een professional meer dan identificerende en contactgegevens",
                "the data are not (known to be) about the subject and not (known to be) relevant to the subject's problems, are under the WGS about "
                        + "someone outside the subject's direct circle, or are more than a professional's identifying and contact data"}),
            Map.entry(SharingRules.NECESSITY_RULE, new String[] {
                "er is geen noodzaak vastgelegd voor deze categorie bij dit doel",
                "no necessity for this category and purpose is on record"}),
            Map.entry(SharingRules.RETENTION, new String[] {
                "de bewaartermijn van de gegevens is verstreken",
                "the retention period of the data has ended"}));

    /** What each missing fact asks, in Dutch and English (sharing.md, "Missing facts"). */
    private static final Map<String, String[]> FACTS = Map.ofEntries(
            Map.entry("provider.participant", new String[] {"is de verstrekker deelnemer", "is the provider a participant"}),
            Map.entry("recipient.participant", new String[] {"is de ontvanger deelnemer", "is the recipient a participant"}),
            Map.entry("recipient.involvedInCase", new String[] {"zit de ontvanger aan tafel bij deze casus",
                "does the recipient take part in this case"}),
            Map.entry("dataSubject", new String[] {"over wie gaan de gegevens", "whom are the data about"}),
            Map.entry("relevantToSubject", new String[] {"zijn de gegevens relevant voor de problematiek van de betrokkene",
                "are the data relevant to the subject's problems"}),
            Map.entry("case.status", new String[] {"de status van de casus", "the case status"}),
            Map.entry("case.taskCategory", new String[] {"basistaak of plustaak", "basistaak or plustaak"}),
            Map.entry("case.firstProcessedOn", new String[] {"wanneer verwerkte het huis voor het eerst gegevens van deze casus",
                "when did the house first process data of this case"}),
            Map.entry("case.admittedUnder", new String[] {"onder welk regime is de casus opgenomen",
                "under which regime was the case admitted"}),
            Map.entry("case.covenantInForce", new String[] {"is het convenant van kracht", "is the covenant in force"}),
            Map.entry("secrecyBasis", new String[] {"op welke grond wordt het beroepsgeheim doorbroken",
                "on which ground is professional secrecy broken"}),
            Map.entry("originRegime", new String[] {"onder welk regime werden de gegevens eerst gehouden: AVG, Wpg of Wjsg",
                "under which regime were the data first held: AVG, Wpg or Wjsg"}),
            Map.entry("necessityRecorded", new String[] {"is de noodzaak vastgelegd", "is the necessity on record"}),
            Map.entry("origin.holder", new String[] {"wie houdt de gegevens bij de bron en bracht ze in bij het huis",
                "who holds the data at their source and brought them to the house"}),
            Map.entry("recipient.guest", new String[] {"neemt de ontvanger als gast deel aan het casusoverleg",
                "does the recipient take part in the case consultation as a guest"}),
            Map.entry("recipient.secrecyDeclarationSigned", new String[] {"heeft de gast de geheimhoudingsverklaring getekend",
                "has the guest signed the secrecy declaration"}),
            Map.entry("recipient.referrer", new String[] {"heeft de ontvanger de casus aangemeld",
                "did the recipient register the case"}),
            Map.entry("originConsent", new String[] {"stemt de deelnemer die de gegevens verstrekte in",
                "does the participant that provided the data agree"}),
            Map.entry("consent.ageBand", new String[] {"hoe oud is de persoon: onder 12, 12 tot en met 15, of 16 en ouder",
                "how old is the person: under 12, 12 to 15, or 16 and older"}),
            Map.entry("consent.capable", new String[] {"is de persoon wilsbekwaam in deze zaak",
                "is the person able to judge their interests in this matter"}),
            Map.entry("consent.givenBy", new String[] {"wie gaf de toestemming: de persoon, de vertegenwoordiger of beiden",
                "who gave the consent: the person, the representative or both"}));

    private Explanation() {}

    static String of(SharingDecision d, boolean nl) {
        int lang = nl ? 0 : 1;
        SharingFacts f = d.facts();
        StringBuilder b = new StringBuilder();
        String request = nl
                ? String.format("Verstrekking van %s door %s aan %s voor %s op %s", f.category().labelNl(),
                        f.provider().type().labelNl(), f.recipient().type().labelNl(), f.purpose().labelNl(), d.asOf())
                : String.format("Sharing %s from %s with %s for %s on %s", f.category().labelEn(),
                        f.provider().type().labelEn(), f.recipient().type().labelEn(), f.purpose().labelEn(), d.asOf());
        b.append(request).append(": ").append(nl ? d.outcome().labelNl() : d.outcome().labelEn())
                .append(" (").append(d.outcome().name()).append("). ");
        b.append("Regime: ").append(nl ? d.regime().labelNl() : d.regime().labelEn());
        d.basis().ifPresent(x -> b.append(nl ? "; grondslag: " : "; basis: ").append(nl ? x.labelNl() : x.labelEn()));
        b.append(". ");
        if (!d.concernsPersonalData()) {
            b.append(nl ? "Geaggregeerde of geanonimiseerde gegevens zijn geen persoonsgegevens (SHARE-NO-PERSONAL-DATA)."
                    : "Aggregated or anonymised data are no personal data (SHARE-NO-PERSONAL-DATA).");
            return b.toString().trim();
        }
        List<String> reasons = new ArrayList<>();
        for (RuleResult r : d.trace()) {
            if (r.value() != Tri.FALSE) {
                String[] text = REASONS.get(r.ruleId());
                String reason = text == null ? r.ruleId() : text[lang];
                String how = r.value() == Tri.UNKNOWN ? (nl ? " (niet vastgesteld)" : " (not established)") : "";
                reasons.add(r.ruleId() + ": " + reason + how);
            }
        }
        if (!reasons.isEmpty()) {
            b.append(nl ? "Geweigerd door " : "Refused by ").append(String.join("; ", reasons)).append(". ");
        }
        if (!d.missing().isEmpty()) {
            List<String> missing = new ArrayList<>(d.missing().size());
            for (String m : d.missing()) {
                String[] question = FACTS.get(m);
                missing.add(question == null ? m : m + " (" + question[lang] + ")");
            }
            b.append(nl ? "Uit te zoeken: " : "To find out: ").append(String.join(", ", missing)).append(". ");
        }
        if (!d.conditions().isEmpty()) {
            b.append(nl ? "Voorwaarden: " : "Conditions: ").append(d.conditions().stream()
                    .map(c -> (nl ? c.labelNl() : c.labelEn()) + " (" + c.ruleId() + ")").collect(Collectors.joining("; ")))
                    .append(". ");
        }
        RetentionExplanation.append(b, d, nl);
        b.append(nl ? "Configuratie: " : "Configuration: ").append(d.configId()).append(" (").append(d.configDigest()).append(").");
        return b.toString();
    }
}
