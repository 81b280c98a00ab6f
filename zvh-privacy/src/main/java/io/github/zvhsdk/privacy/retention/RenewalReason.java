package io.github.zvhsdk.privacy.retention;

import io.github.zvhsdk.model.Labelled;

/**
 * Why a renewal of the retention was not applied (sharing.md, "Retention"). A renewal that is not applied leaves the
 * end of retention as it was; the decision lists it with every reason that holds.
 */
public enum RenewalReason implements Labelled {
    /**
     * The case's retention is the covenant's (first processed before the WGS date, or a plustaak): renewal is a rule of
     * the WGS and BGS only; a covenant's extensions are {@code retentionExtensions}.
     */
    COVENANT_RETENTION("de bewaartermijn van deze casus volgt het convenant, niet de WGS: daar bestaat geen hernieuwde verwerking",
            "this case's retention follows the covenant, not the WGS: there is no renewal there"),
    /** The case was declined (not taken into treatment): its retention ends when it is declined (SRC-BGS art. 1.16 lid 1 b). */
    DECLINED_CASE("een casus die niet in behandeling is genomen kent geen hernieuwde verwerking (BGS art. 1.16 lid 1 b)",
            "a case not taken into treatment takes no renewal (BGS art. 1.16 lid 1 b)"),
    /** The renewal's date is after the end of retention then in force: the data should already have been deleted. */
    AFTER_END("de datum ligt na het einde van de bewaartermijn dat toen gold",
            "its date is after the end of retention then in force"),
    /**
     * The participant that provided the data did not consent ({@code originConsent} is not TRUE; SRC-WGS art. 1.8 lid 7,
     * second sentence).
     */
    NO_ORIGIN_CONSENT("de deelnemer die de gegevens verstrekte heeft niet (aantoonbaar) ingestemd (WGS art. 1.8 lid 7)",
            "the participant that provided the data has not (been shown to have) consented (WGS art. 1.8 lid 7)"),
    /** Ground {@link RenewalGround#STILL_MEETS_CRITERIA}, but the case was closed on or before the renewal's date. */
    CASE_CLOSED("de grond is dat de casus nog loopt, maar die was op die datum al afgesloten",
            "the ground is that the case is still open, but it was closed by that date"),
    /** Ground {@link RenewalGround#RELAPSE_RISK}, but the case was not closed on the renewal's date. */
    CASE_NOT_CLOSED("de grond is risico op terugval na afsluiting, maar de casus was op die datum niet afgesloten",
            "the ground is a risk of relapse after closure, but the case was not closed by that date"),
    /**
     * Ground {@link RenewalGround#RELAPSE_RISK}, but the case was not closed less than one year before the end of
     * retention then in force.
     */
    CLOSED_TOO_EARLY("de grond is risico op terugval, maar de casus is niet minder dan een jaar voor het einde van de "
            + "bewaartermijn afgesloten", "the ground is a risk of relapse, but the case was not closed less than one year "
            + "before the end of retention");

    private final String nl;
    private final String en;

    RenewalReason(String nl, String en) {
        this.nl = nl;
        this.en = en;
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
