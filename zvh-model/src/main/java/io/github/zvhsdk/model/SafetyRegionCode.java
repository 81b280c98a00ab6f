package io.github.zvhsdk.model;

/**
 * The 25 safety regions (veiligheidsregio's, Wet veiligheidsregio's), {@code VR01} Groningen … {@code VR25} Flevoland.
 */
public enum SafetyRegionCode implements Labelled {
    /** Veiligheidsregio Groningen. */
    VR01("Groningen"),
    /** Veiligheidsregio Fryslân. */
    VR02("Fryslân"),
    /** Veiligheidsregio Drenthe. */
    VR03("Drenthe"),
    /** Veiligheidsregio IJsselland. */
    VR04("IJsselland"),
    /** Veiligheidsregio Twente. */
    VR05("Twente"),
    /** Veiligheidsregio Noord- en Oost-Gelderland. */
    VR06("Noord- en Oost-Gelderland"),
    /** Veiligheidsregio Gelderland-Midden. */
    VR07("Gelderland-Midden"),
    /** Veiligheidsregio Gelderland-Zuid. */
    VR08("Gelderland-Zuid"),
    /** Veiligheidsregio Utrecht. */
    VR09("Utrecht"),
    /** Veiligheidsregio Noord-Holland Noord. */
    VR10("Noord-Holland Noord"),
    /** Veiligheidsregio Zaanstreek-Waterland. */
    VR11("Zaanstreek-Waterland"),
    /** Veiligheidsregio Kennemerland. */
    VR12("Kennemerland"),
    /** Veiligheidsregio Amsterdam-Amstelland. */
    VR13("Amsterdam-Amstelland"),
    /** Veiligheidsregio Gooi en Vechtstreek. */
    VR14("Gooi en Vechtstreek"),
    /** Veiligheidsregio Haaglanden. */
    VR15("Haaglanden"),
    /** Veiligheidsregio Hollands Midden. */
    VR16("Hollands Midden"),
    /** Veiligheidsregio Rotterdam-Rijnmond. */
    VR17("Rotterdam-Rijnmond"),
    /** Veiligheidsregio Zuid-Holland Zuid. */
    VR18("Zuid-Holland Zuid"),
    /** Veiligheidsregio Zeeland. */
    VR19("Zeeland"),
    /** Veiligheidsregio Midden- en West-Brabant. */
    VR20("Midden- en West-Brabant"),
    /** Veiligheidsregio Brabant-Noord. */
    VR21("Brabant-Noord"),
    /** Veiligheidsregio Brabant-Zuidoost. */
    VR22("Brabant-Zuidoost"),
    /** Veiligheidsregio Limburg-Noord. */
    VR23("Limburg-Noord"),
    /** Veiligheidsregio Zuid-Limburg. */
    VR24("Zuid-Limburg"),
    /** Veiligheidsregio Flevoland. */
    VR25("Flevoland");

    private final String regionName;

    SafetyRegionCode(String regionName) {
        this.regionName = regionName;
    }

    /** @return the region's name, e.g. {@code Groningen} */
    public String regionName() {
        return regionName;
    }

    @Override
    public String labelNl() {
        return "Veiligheidsregio " + regionName;
    }

    @Override
    public String labelEn() {
        return "Safety region " + regionName;
    }
}
