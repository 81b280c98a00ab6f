package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The escalation determination of escalation.md: the AVE phase (as a range while facts are unknown), the venue
 * ("lokaal, tenzij"), the direction against the recorded phase, the advisory role, and the responsibilities per
 * phase.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Escalation {
    /** The identity of the phase policy applied (reference policy {@code AVE-PHASE}, SRC-AVE). */
    public static final String PHASE_POLICY = "AVE-PHASE";
    /** The rule id of the venue. */
    public static final String VENUE_RULE = "VENUE-LOCAL-UNLESS";
    /** The rule id of the direction. */
    public static final String DIRECTION_RULE = "AVE-DIRECTION";

    static final List<Citation> PHASE_CITATIONS = List.of(Citation.of(SourceId.AVE, ""),
            Citation.of(SourceId.MJA2124, "§2.2.2"), Citation.of(SourceId.REFERENCE_POLICY, PHASE_POLICY));
    static final List<Citation> VENUE_CITATIONS = List.of(Citation.of(SourceId.MJA2124, "§3.2.2"),
            Citation.of(SourceId.MJA2124, "§3.1.2"), Citation.of(SourceId.MJA2124, "§3.1.3"),
            Citation.of(SourceId.BZO2020, "§3"), Citation.of(SourceId.WVV2024, "§5.2"),
            Citation.of(SourceId.WGS, "art. 2.31 lid 13"));
    static final List<Citation> DIRECTION_CITATIONS = List.of(Citation.of(SourceId.AVE, ""),
            Citation.of(SourceId.MJA2124, "§3.2.2"), Citation.of(SourceId.WVV2024, "§5.2"));
    static final List<Citation> ROLES_CITATIONS = List.of(Citation.of(SourceId.AVE, ""),
            Citation.of(SourceId.REFERENCE_POLICY, "AVE-ROLES"));

    private Escalation() {}

    /**
     * Determines the phase, venue and direction with the reference configuration.
     *
     * @param facts the facts; never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static EscalationDecision assess(EscalationFacts facts, LocalDate asOf) {
        return assess(facts, EscalationConfig.defaults(), asOf);
    }

    /**
     * AVE-PHASE, VENUE-LOCAL-UNLESS, AVE-DIRECTION and AVE-ROLES (SRC-AVE; SRC-MJA2124 §2.2.2, §3.1.2, §3.1.3, §3.2.2;
     * SRC-BZO2020 §3; SRC-WVV2024 §5.2; SRC-WGS art. 2.31 lid 13): determines the AVE phase range, the venue and why,
     * the direction and advisory role, and the responsibilities of the phases in the range.
     *
     * @param facts the facts (valid by construction); never null
     * @param config the configuration (the responsibilities template, the house's themes); never null
     * @param asOf the reference date; never null, not before 2013-01-01
     * @return the decision; never null
     * @throws NullPointerException when {@code facts} or {@code config} is null
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code asOf} is null or before 2013-01-01
     */
    public static EscalationDecision assess(EscalationFacts facts, EscalationConfig config, LocalDate asOf) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(config, "config");
        FrameworkDates.requireInFramework(asOf, "EscalationFacts");

        Set<Theme> houseThemes = config.houseThemesOn(asOf);
        AvePhase.View v = AvePhase.View.of(facts, houseThemes);
        int lowest = AvePhase.lowest(v);
        int highest = AvePhase.highest(v);
        Tri atHouse = AvePhase.venue(v);
        EscalationVenue venue = atHouse == Tri.TRUE ? EscalationVenue.ZVH
                : atHouse == Tri.FALSE ? EscalationVenue.LOCAL : EscalationVenue.UNKNOWN;

        List<Set<String>> missingPerRule = AvePhase.missing(facts, v);
        List<RuleResult> rules = new ArrayList<>();
        for (int p = 4; p >= 2; p--) {
            rules.add(RuleResult.of(PHASE_POLICY + "-" + p, AvePhase.row(v, p), List.copyOf(missingPerRule.get(4 - p)),
                    PHASE_CITATIONS));
        }
        rules.add(RuleResult.of(VENUE_RULE, atHouse, List.copyOf(missingPerRule.get(3)), VENUE_CITATIONS));
        Set<String> rangeMissing = missingPerRule.get(4);

        Optional<Direction> direction = facts.currentPhase().map(c -> direction(lowest, highest, c));
        direction.ifPresent(d -> rules.add(RuleResult.of(DIRECTION_RULE, d == Direction.UNKNOWN ? Tri.UNKNOWN : Tri.TRUE,
                d == Direction.UNKNOWN ? List.copyOf(rangeMissing) : List.of(), DIRECTION_CITATIONS)));

        Optional<PartnerType> advisory = facts.currentVenue().filter(cv -> cv == Venue.ZVH)
                .filter(cv -> venue == EscalationVenue.LOCAL).map(cv -> PartnerType.ZVH);

        Set<String> missing = new TreeSet<>(rangeMissing);
        missing.addAll(rules.get(3).missing());

        Set<Citation> citations = new LinkedHashSet<>(PHASE_CITATIONS);
        citations.addAll(VENUE_CITATIONS);
        citations.addAll(DIRECTION_CITATIONS);
        citations.addAll(ROLES_CITATIONS);

        ResponsibilityTemplate template = config.responsibilities();
        List<PhaseResponsibilities> responsibilities = new ArrayList<>();
        for (int p = lowest; p <= highest; p++) {
            responsibilities.add(template.forPhase(p));
        }
        return EscalationDecision.builder()
                .lowest(lowest)
                .highest(highest)
                .venue(venue)
                .venueReasons(venue == EscalationVenue.ZVH ? reasons(v) : List.of())
                .houseThemes(houseThemes)
                .direction(direction)
                .advisoryRole(advisory)
                .responsibilities(responsibilities)
                .rules(rules)
                .missing(missing)
                .citations(citations)
                .phasePolicy(PHASE_POLICY)
                .responsibilitiesTemplate(template.id())
                .asOf(asOf)
                .build();
    }

    /** The grounds that bring an admissible case of phase 3 or higher to the house, or keep it there (rev. 2). */
    private static List<VenueReason> reasons(AvePhase.View v) {
        if (v.atHouse()) {
            return List.of(VenueReason.STAYS_AT_HOUSE);
        }
        List<VenueReason> out = new ArrayList<>();
        if (v.stagnating() == Tri.TRUE) {
            out.add(VenueReason.COOPERATION_STAGNATING);
        }
        if (v.acute() == Tri.TRUE) {
            out.add(VenueReason.ACUTE_SAFETY_THREAT);
        }
        if (v.voluntaryHelpFailing() == Tri.TRUE) {
            out.add(VenueReason.VOLUNTARY_HELP_FAILING);
        }
        if (v.houseTheme() == Tri.TRUE) {
            out.add(VenueReason.HOUSE_THEME);
        }
        return out;
    }

    /**
     * AVE-DIRECTION (SRC-AVE; SRC-MJA2124 §3.2.2): {@code UP} when {@code lowest > current}, {@code DOWN} when
     * {@code highest < current}, {@code STAY} when {@code lowest == highest == current}, {@code UNKNOWN} otherwise.
     *
     * @param lowest the lowest phase of the range, 1–4
     * @param highest the highest phase of the range, {@code lowest}–4
     * @param current the recorded phase, 1–4
     * @return the direction; never null
     * @throws IllegalArgumentException when an argument is out of range
     */
    public static Direction direction(int lowest, int highest, int current) {
        if (lowest < 1 || lowest > highest || highest > 4 || current < 1 || current > 4) {
            throw new IllegalArgumentException("phases must satisfy 1 <= lowest <= highest <= 4 and 1 <= current <= 4");
        }
        if (lowest > current) {
            return Direction.UP;
        }
        if (highest < current) {
            return Direction.DOWN;
        }
        return lowest == highest ? Direction.STAY : Direction.UNKNOWN;
    }
}
