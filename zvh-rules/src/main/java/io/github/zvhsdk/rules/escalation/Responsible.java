package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.Labelled;

/**
 * Who holds a responsibility in an AVE phase (reference template {@code AVE-ROLES}, escalation.md).
 */
public enum Responsible implements Labelled {
    /** The household itself (eigen regie). */
    HOUSEHOLD("het huishouden (eigen regie)", "the household (own direction)"),
    /** The lead professional of the local team. */
    LEAD_PROFESSIONAL("regievoerende professional (lokaal team)", "lead professional (local team)"),
    /** The casusregisseur that the regie rules (regie.md) decide. */
    CASUSREGISSEUR("de casusregisseur volgens de regieregels", "the casusregisseur decided by the regie rules"),
    /** The municipality's local procesregisseur. */
    LOKALE_PROCESREGISSEUR("lokale procesregisseur (gemeente)", "local procesregisseur (municipality)"),
    /** The house's procesregisseur. */
    ZVH_PROCESREGISSEUR("procesregisseur van het Zorg- en Veiligheidshuis", "procesregisseur of the house"),
    /** General (universal) services. */
    GENERAL_SERVICES("algemene voorzieningen", "general services"),
    /** The organisations involved in the case. */
    INVOLVED_ORGANISATIONS("betrokken organisaties", "involved organisations"),
    /** The management of the partner organisations. */
    PARTNER_MANAGEMENT("management van de partners", "partner management"),
    /** The directors of the partner organisations. */
    PARTNER_DIRECTORS("directies van de partners", "partner directors"),
    /** The alderman (wethouder) of the municipality. */
    WETHOUDER("wethouder", "alderman"),
    /** The mayor (burgemeester). */
    BURGEMEESTER("burgemeester", "mayor");

    private final String nl;
    private final String en;

    Responsible(String nl, String en) {
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
