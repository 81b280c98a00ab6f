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
                "de verstrekker of de ontvanger is niet (aantoonbaar) deelnemer van het huis",
                "the provider or the recipient is not (known to be) a participant of the house"}),
            Map.entry(SharingRules.COVENANT, new String[] {
                "het convenant en privacyprotocol zijn niet (aantoonbaar) van kracht",
                "the covenant and privacy protocol are not (known to be) in force"}),
            Map.entry(SharingRules.TRANSITION, new String[] {
                "een casus die onder het landelijk kader 2013 is opgenomen moet eerst opnieuw aan de WGS-criteria worden getoetst",
                "a case admitted under the 2013 framework must first be re-tested against the WGS criteria"}),
            Map.entry(SharingRules.STATUS, new String[] {
                "de status van de casus laat dit doel niet toe",
                "the case status does not allow this purpose"}),
            Map.entry(SharingRules.RECIPIENT, new String[] {
                "deze ontvanger is voor dit doel (bij deze verstrekker en categorie) niet toegestaan of zit niet aan tafel bij deze casus",
                "this recipient is not allowed for this purpose (with this provider and category) or does not take part in this case"}),
            Map.entry(SharingRules.CATEGORY, new String[] {
                "deze categorie gegevens hoort niet bij dit doel",
                "this category of data does not belong to this purpose"}),
            Map.entry(SharingRules.SECRECY, new String[] {
                "de verstrekker heeft een beroepsgeheim en er is geen grond om het te doorbreken (toestemming, wettelijke grondslag of conflict van plichten)",
                "the provider is bound by professional secrecy and no ground to break it is established (consent, statutory ground or conflict of duties)"}),
            Map.entry(SharingRules.JUSTICE_ORIGIN, new String[] {
                "politie- of justitiegegevens mogen alleen door hun bronhouder worden verstrekt, en een onbekende herkomst kan zulke gegevens betreffen",
                "police or justice data may only be provided by their origin holder, and an unknown origin could be such data"}),
            Map.entry(SharingRules.BSN, new String[] {
                "de verstrekker of de ontvanger mag het BSN niet gebruiken",
                "the provider or the recipient may not use the BSN"}),
            Map.entry(SharingRules.THIRD_PARTY, new String[] {
                "de gegevens gaan niet (aantoonbaar) over de betrokkene en zijn niet (aantoonbaar) relevant voor diens problematiek",
                "the data are not (known to be) about the subject and not (known to be) relevant to the subject's problems"}),
            Map.entry(SharingRules.NECESSITY_RULE, new String[] {
                "er is geen noodzaak vastgelegd voor deze categorie bij dit doel",
                "no necessity for this category and purpose is on record"}),
            Map.entry(SharingRules.RETENTION, new String[] {
                "de bewaartermijn van de gegevens is verstreken",
                "the retention period of the data has ended"}));

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
            b.append(nl ? "Uit te zoeken: " : "To find out: ").append(String.join(", ", d.missing())).append(". ");
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
