package io.github.zvhsdk.model;

/**
 * The type of a partner organisation (model.md), with its reference domain. {@link #ZVH} is the house's own bureau
 * (manager, procesregisseurs, informatiecoördinatoren): it coordinates, it is no chain.
 */
public enum PartnerType implements Labelled {
    /** Police. */
    POLITIE("Politie", "Police", Domain.STRAF),
    /** Public prosecutor. */
    OPENBAAR_MINISTERIE("Openbaar Ministerie", "Public Prosecution Service", Domain.STRAF),
    /** Probation service (3RO). */
    RECLASSERING("Reclassering", "Probation service", Domain.STRAF),
    /** Custodial institutions agency. */
    DJI("Dienst Justitiële Inrichtingen", "Custodial Institutions Agency", Domain.STRAF),
    /** Child protection board. */
    RAAD_VOOR_DE_KINDERBESCHERMING("Raad voor de Kinderbescherming", "Child Protection Board", Domain.STRAF),
    /** Halt (youth diversion). */
    HALT("Halt", "Halt (youth diversion)", Domain.STRAF),
    /** Municipality. */
    GEMEENTE("Gemeente", "Municipality", Domain.GEMEENTE),
    /** Social (district) team. */
    SOCIAAL_WIJKTEAM("Sociaal (wijk)team", "Social district team", Domain.GEMEENTE),
    /** School attendance officer. */
    LEERPLICHT("Leerplicht", "School attendance", Domain.GEMEENTE),
    /** Mental-health care. */
    GGZ("Geestelijke gezondheidszorg", "Mental-health care", Domain.ZORG),
    /** Addiction care. */
    VERSLAVINGSZORG("Verslavingszorg", "Addiction care", Domain.ZORG),
    /** Care for the disabled. */
    GEHANDICAPTENZORG("Gehandicaptenzorg", "Disability care", Domain.ZORG),
    /** Youth care. */
    JEUGDHULP("Jeugdhulp", "Youth care", Domain.ZORG),
    /** Certified institution (youth protection, youth probation). */
    GECERTIFICEERDE_INSTELLING("Gecertificeerde instelling", "Certified institution (youth protection)", Domain.ZORG),
    /** Domestic-violence and child-abuse advice centre. */
    VEILIG_THUIS("Veilig Thuis", "Veilig Thuis (domestic violence advice centre)", Domain.ZORG),
    /** Municipal health service. */
    GGD("GGD", "Municipal public health service", Domain.ZORG),
    /** Housing corporation. */
    WONINGCORPORATIE("Woningcorporatie", "Housing association", Domain.OVERIG),
    /** Victim support. */
    SLACHTOFFERHULP("Slachtofferhulp", "Victim support", Domain.OVERIG),
    /** Employee insurance agency. */
    UWV("UWV", "Employee Insurance Agency", Domain.OVERIG),
    /** Any other partner. */
    OTHER("Overige partner", "Other partner", Domain.OVERIG),
    /** The house's own bureau. */
    ZVH("Zorg- en Veiligheidshuis (bureau)", "the house's own bureau", Domain.OVERIG);

    private final String nl;
    private final String en;
    private final Domain defaultDomain;

    PartnerType(String nl, String en, Domain defaultDomain) {
        this.nl = nl;
        this.en = en;
        this.defaultDomain = defaultDomain;
    }

    /** @return the reference domain of model.md; a {@link Partner} may be mapped differently by its region */
    public Domain defaultDomain() {
        return defaultDomain;
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
