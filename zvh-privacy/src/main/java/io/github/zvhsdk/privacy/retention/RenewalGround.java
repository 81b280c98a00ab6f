package io.github.zvhsdk.privacy.retention;

import io.github.zvhsdk.model.Labelled;

/**
 * The ground of a renewal of the WGS retention (SRC-BGS art. 1.16 lid 2): the only special cases in which the
 * participants may make a case's data available for renewed processing (SRC-WGS art. 1.8 lid 7, second sentence).
 */
public enum RenewalGround implements Labelled {
    /**
     * The case is not closed on the renewal's date and, its problems being that complex, still meets the criteria for
     * treatment at the house (SRC-BGS art. 1.16 lid 2 a, art. 2.20).
     */
    STILL_MEETS_CRITERIA("nog niet afgesloten en voldoet nog aan de criteria", "not closed and still meets the criteria",
            "art. 1.16 lid 2 a"),
    /**
     * The case was closed less than one year before the end of retention then in force, with a high risk of relapse
     * that would make it meet the criteria again (SRC-BGS art. 1.16 lid 2 b).
     */
    RELAPSE_RISK("minder dan een jaar voor het einde afgesloten, met groot risico op terugval",
            "closed less than a year before the end, with a high risk of relapse", "art. 1.16 lid 2 b");

    private final String nl;
    private final String en;
    private final String section;

    RenewalGround(String nl, String en, String section) {
        this.nl = nl;
        this.en = en;
        this.section = section;
    }

    /** @return the article of SRC-BGS that gives the ground, e.g. {@code art. 1.16 lid 2 a}; never null */
    public String section() {
        return section;
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
