package io.github.zvhsdk.rules.escalation;

import static io.github.zvhsdk.rules.escalation.Responsible.BURGEMEESTER;
import static io.github.zvhsdk.rules.escalation.Responsible.CASUSREGISSEUR;
import static io.github.zvhsdk.rules.escalation.Responsible.GENERAL_SERVICES;
import static io.github.zvhsdk.rules.escalation.Responsible.HOUSEHOLD;
import static io.github.zvhsdk.rules.escalation.Responsible.INVOLVED_ORGANISATIONS;
import static io.github.zvhsdk.rules.escalation.Responsible.LEAD_PROFESSIONAL;
import static io.github.zvhsdk.rules.escalation.Responsible.LOKALE_PROCESREGISSEUR;
import static io.github.zvhsdk.rules.escalation.Responsible.PARTNER_DIRECTORS;
import static io.github.zvhsdk.rules.escalation.Responsible.PARTNER_MANAGEMENT;
import static io.github.zvhsdk.rules.escalation.Responsible.WETHOUDER;
import static io.github.zvhsdk.rules.escalation.Responsible.ZVH_PROCESREGISSEUR;

import io.github.zvhsdk.model.Theme;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The spec's reference {@code AVE-ROLES} table, the reference house themes and the reference configuration, built once. */
final class ReferenceTemplate {
    static final ResponsibilityTemplate INSTANCE = ResponsibilityTemplate.builder()
            .id(ResponsibilityTemplate.REFERENCE_ID)
            .addPhases(row(1, List.of(HOUSEHOLD), List.of(), List.of(), List.of(GENERAL_SERVICES), List.of(WETHOUDER)))
            .addPhases(row(2, List.of(LEAD_PROFESSIONAL), List.of(), List.of(), List.of(INVOLVED_ORGANISATIONS),
                    List.of(WETHOUDER)))
            .addPhases(row(3, List.of(CASUSREGISSEUR), List.of(LOKALE_PROCESREGISSEUR), List.of(ZVH_PROCESREGISSEUR),
                    List.of(PARTNER_MANAGEMENT), List.of(WETHOUDER, BURGEMEESTER)))
            // phase 4: the table's row names the house's procesregisseur, the case at the house. A phase-4 case that is
            // not admissible stays local, and the template "follows the regie rules": REGIE-PROCES (regie.md, property
            // 5) gives procesregie to the municipality's local procesregisseur there, so the local column says so.
            .addPhases(row(4, List.of(CASUSREGISSEUR), List.of(LOKALE_PROCESREGISSEUR), List.of(ZVH_PROCESREGISSEUR),
                    List.of(PARTNER_DIRECTORS), List.of(BURGEMEESTER, WETHOUDER)))
            .build();

    /** The reference house themes from 2025-07-01 (escalation.md, VENUE-LOCAL-UNLESS; SRC-MJA2124 §3.1.2). */
    static final Set<Theme> HOUSE_THEMES = EnumSetCopy.copyOf(Theme.class, EnumSet.of(Theme.VERWARD_GEDRAG_HOOG_RISICO));
    /** The reference house themes before 2025-07-01: radicalisation too (SRC-MJA2124 §3.1.3). */
    static final Set<Theme> HOUSE_THEMES_BEFORE_CONSULTATION = EnumSetCopy.copyOf(Theme.class,
            EnumSet.of(Theme.VERWARD_GEDRAG_HOOG_RISICO, Theme.RADICALISERING_EXTREMISME));

    /** The reference configuration; declared after {@link #INSTANCE}, which its default reads. */
    static final EscalationConfig DEFAULT_CONFIG = ImmutableEscalationConfig.builder().build();

    private ReferenceTemplate() {}

    private static PhaseResponsibilities row(int phase, List<Responsible> casus, List<Responsible> procesLocal,
            List<Responsible> procesHouse, List<Responsible> operational, List<Responsible> administrative) {
        return PhaseResponsibilities.builder().phase(phase).casusregie(casus).procesregieLocal(procesLocal)
                .procesregieAtHouse(procesHouse).operational(operational).administrative(administrative).build();
    }
}
