package io.github.zvhsdk.model;

/**
 * A leefgebied with criminogenic factors: the 12 of SRC-LK2013 §4.2 footnote 12 (model.md).
 */
public enum LifeDomain implements Labelled {
    /** offence history (delictgeschiedenis). */
    OFFENCE_HISTORY("delictgeschiedenis", "offence history"),
    /** current offence and offence pattern (huidige delict en delictpatroon). */
    CURRENT_OFFENCE("huidige delict en delictpatroon", "current offence and offence pattern"),
    /** housing (huisvesting en wonen). */
    HOUSING("huisvesting en wonen", "housing"),
    /** education, work and learning (opleiding, werk en leren). */
    EDUCATION_WORK("opleiding, werk en leren", "education, work and learning"),
    /** income and handling money (inkomen en omgaan met geld). */
    INCOME_MONEY("inkomen en omgaan met geld", "income and handling money"),
    /** relationships with partner and family (relaties met partner, gezin en familie). */
    PARTNER_FAMILY("relaties met partner, gezin en familie", "relationships with partner and family"),
    /** relationships with friends and acquaintances (relaties met vrienden en kennissen). */
    FRIENDS("relaties met vrienden en kennissen", "relationships with friends and acquaintances"),
    /** drug use (druggebruik). */
    DRUGS("druggebruik", "drug use"),
    /** alcohol use (alcoholgebruik). */
    ALCOHOL("alcoholgebruik", "alcohol use"),
    /** emotional well-being (emotioneel welzijn). */
    EMOTIONAL_WELLBEING("emotioneel welzijn", "emotional well-being"),
    /** thinking, behaviour and skills (denkpatronen, gedrag en vaardigheden). */
    THINKING_BEHAVIOUR("denkpatronen, gedrag en vaardigheden", "thinking, behaviour and skills"),
    /** attitude (houding). */
    ATTITUDE("houding", "attitude");

    private final String nl;
    private final String en;

    LifeDomain(String nl, String en) {
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
