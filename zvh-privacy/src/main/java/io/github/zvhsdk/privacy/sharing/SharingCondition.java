package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * A condition an allowed sharing carries (sharing.md, "Rules", column "else adds condition"). Conditions are added
 * only on a definite reading, except where the spec says otherwise ({@link #GUEST_NO_SYSTEM_ACCESS} when the recipient
 * may be a guest, the secrecy conditions when the origin holder may be bound), and reported only when nothing refuses.
 */
public enum SharingCondition implements Labelled {
    /** Record the ground on which professional secrecy is broken ({@code SHARE-SECRECY}). */
    RECORD_SECRECY_BASIS("SHARE-SECRECY", "leg de grond voor het doorbreken van het beroepsgeheim vast",
            "record the ground on which professional secrecy is broken"),
    /** Share only the necessary extract ({@code SHARE-SECRECY}). */
    NECESSARY_EXTRACT_ONLY("SHARE-SECRECY", "deel alleen het noodzakelijke uittreksel", "share only the necessary extract"),
    /** Apply the safeguards for special categories of personal data ({@code SHARE-SPECIAL}, SRC-AVG art. 9). */
    SPECIAL_CATEGORY_SAFEGUARDS("SHARE-SPECIAL", "pas de waarborgen voor bijzondere persoonsgegevens toe",
            "apply the safeguards for special categories of personal data"),
    /** Record the weighty public interest for police or justice data ({@code SHARE-JUSTICE-ORIGIN}). */
    RECORD_WEIGHTY_PUBLIC_INTEREST("SHARE-JUSTICE-ORIGIN", "leg het zwaarwegend algemeen belang vast",
            "record the weighty public interest"),
    /** A guest at the table gets no access to the house's systems ({@code SHARE-GUEST}, SRC-BGS art. 2.21 lid 3; rev. 2). */
    GUEST_NO_SYSTEM_ACCESS("SHARE-GUEST", "de gast krijgt geen toegang tot de systemen van het huis; verstrek alleen wat hij voor zijn rol nodig heeft",
            "the guest gets no access to the house's systems; provide only what it needs for its role"),
    /** Nationality only to identify the person, where unavoidable ({@code SHARE-CATEGORY}, SRC-BGS art. 1.9; rev. 2). */
    IDENTIFICATION_ONLY("SHARE-CATEGORY", "nationaliteit alleen om de persoon te identificeren, en alleen waar dat onvermijdelijk is",
            "nationality only to identify the person, and only where that is unavoidable");

    private final String ruleId;
    private final String nl;
    private final String en;

    SharingCondition(String ruleId, String nl, String en) {
        this.ruleId = ruleId;
        this.nl = nl;
        this.en = en;
    }

    /** @return the id of the rule that adds this condition; never null */
    public String ruleId() {
        return ruleId;
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
