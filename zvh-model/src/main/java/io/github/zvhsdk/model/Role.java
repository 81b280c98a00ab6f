package io.github.zvhsdk.model;

/**
 * A role in the house's casework (SRC-LK2013 §5.1, §5.5; SRC-WVV2024 §5).
 */
public enum Role implements Labelled {
    /** process director (procesregisseur). */
    PROCESREGISSEUR("procesregisseur", "process director"),
    /** case director (casusregisseur). */
    CASUSREGISSEUR("casusregisseur", "case director"),
    /** information coordinator (informatiecoördinator). */
    INFORMATIECOORDINATOR("informatiecoördinator", "information coordinator"),
    /** manager of the house (manager Zorg- en Veiligheidshuis). */
    MANAGER_ZVH("manager Zorg- en Veiligheidshuis", "manager of the house"),
    /** local process director (municipality) (lokale procesregisseur Z&amp;V). */
    LOKALE_PROCESREGISSEUR("lokale procesregisseur Z&V", "local process director (municipality)"),
    /** strategic adviser (strategisch adviseur). */
    STRATEGISCH_ADVISEUR("strategisch adviseur", "strategic adviser"),
    /** partner representative (with mandate) (vertegenwoordiger van een partner (met mandaat)). */
    PARTNER_REPRESENTATIVE("vertegenwoordiger van een partner (met mandaat)", "partner representative (with mandate)");

    private final String nl;
    private final String en;

    Role(String nl, String en) {
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
