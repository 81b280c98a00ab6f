package io.github.zvhsdk.privacy.sharing;

import io.github.zvhsdk.model.Labelled;

/**
 * A condition an allowed sharing carries (sharing.md, "Rules", column "else adds condition"). Conditions are added
 * only on a definite reading and reported only when nothing refuses.
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
    /** Record the weighty public interest for police or justice data from their origin holder ({@code SHARE-JUSTICE-ORIGIN}). */
    RECORD_WEIGHTY_PUBLIC_INTEREST("SHARE-JUSTICE-ORIGIN", "leg het zwaarwegend algemeen belang vast",
            "record the weighty public interest");

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
