package io.github.zvhsdk.model;

import java.util.List;
import java.util.Optional;

/**
 * The governance levels of SRC-LK2013 Bijlage I §5.6, in escalation order: {@code OPERATIONEEL < TACTISCH <
 * STRATEGISCH < LANDELIJK}.
 */
public enum GovernanceLevel implements Labelled {
    /** Operational: the case consultation. */
    OPERATIONEEL("operationeel", "operational", "afstemming en afspraken over het plan van aanpak",
            "coordination and agreements on the plan of approach"),
    /** Tactical: secures the conditions for the operational level. */
    TACTISCH("tactisch", "tactical", "de voorwaarden voor het operationele niveau borgen",
            "secure the conditions for the operational level"),
    /** Strategic: the regional stuurgroep. */
    STRATEGISCH("strategisch (regionale stuurgroep)", "strategic (regional steering group)",
            "regionale agenda en prioriteiten", "regional agenda and priorities"),
    /** National. */
    LANDELIJK("landelijk", "national", "koers en landelijke prioriteiten", "course and national priorities");

    private final String nl;
    private final String en;
    private final String taskNl;
    private final String taskEn;

    GovernanceLevel(String nl, String en, String taskNl, String taskEn) {
        this.nl = nl;
        this.en = en;
        this.taskNl = taskNl;
        this.taskEn = taskEn;
    }

    /** @return the level above this one, empty for {@link #LANDELIJK} */
    public Optional<GovernanceLevel> above() {
        return switch (this) {
            case OPERATIONEEL -> Optional.of(TACTISCH);
            case TACTISCH -> Optional.of(STRATEGISCH);
            case STRATEGISCH -> Optional.of(LANDELIJK);
            case LANDELIJK -> Optional.empty();
        };
    }

    /** @return the levels in escalation order */
    public static List<GovernanceLevel> ordered() {
        return List.of(values());
    }

    /** @return this level's task, in Dutch */
    public String taskNl() {
        return taskNl;
    }

    /** @return this level's task, in English */
    public String taskEn() {
        return taskEn;
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
