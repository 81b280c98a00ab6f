package io.github.zvhsdk.rules.escalation;

import static io.github.zvhsdk.rules.escalation.EscalationSpace.AS_OF;
import static io.github.zvhsdk.rules.escalation.EscalationSpace.UNKNOWN_DOMAINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.EscalationSpace.Input;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of escalation.md (1-6), each checked exhaustively on the escalation input space ({@link
 * EscalationSpace}): the phase space (every signal × every count of problem/unknown/no-problem leefgebieden × every
 * domain set and the unknown set × every tri-state of cooperationStagnating, acuteSafetyThreat, admissible × every
 * current phase incl. absent × every current venue incl. absent) for the phase and the direction, and (rev. 2) the
 * venue space (the counts and domain sets that reach every value the rules count, × every tri-state of the four flags
 * × six representative theme sets × both sides of 2025-07-01 × current venue absent and ZVH) for the venue. The venue
 * is compared with the exact reading ({@link VenueOracle}) on every point of both.
 *
 * <p>Time: about 32 s of CPU for the class (measured on the 2-core VM while it was busy, 85 s wall), about 930,000
 * decisions: property 4 (six per point of the phase space, 572,832), the phase space (95,472), the venue space without
 * and with current venue ZVH (217,728) and two configured lists of house themes (43,008).
 */
@DisplayName("Escalation properties, on the whole input space")
class EscalationPropertiesTest {
    /** Filled by {@link #decideEverything()}: once per run of this class, so that each PIT mutant gets its own. */
    private static Map<Input, EscalationDecision> D;
    /** The venue space, decided without a current venue and with current venue ZVH. */
    private static Map<Input, EscalationDecision> V;
    private static Map<Input, EscalationDecision> VZ;

    @BeforeAll
    static void decideEverything() {
        D = EscalationSpace.decisions();
        List<Input> venueSpace = EscalationSpace.venueSpace();
        V = EscalationSpace.decisions(venueSpace, Optional.empty(), EscalationConfig.defaults());
        VZ = EscalationSpace.decisions(venueSpace, Optional.of(Venue.ZVH), EscalationConfig.defaults());
    }

    /** The grounds of a case not at the house, in the order of the spec's formula and of {@link VenueReason}. */
    private static final List<VenueReason> GROUNDS = List.of(VenueReason.COOPERATION_STAGNATING,
            VenueReason.ACUTE_SAFETY_THREAT, VenueReason.VOLUNTARY_HELP_FAILING, VenueReason.HOUSE_THEME);

    /** The reference house themes on a date, as escalation.md states them (not read from the SDK). */
    static Set<Theme> referenceHouseThemes(LocalDate asOf) {
        return asOf.isBefore(LocalDate.of(2025, 7, 1))
                ? EnumSet.of(Theme.VERWARD_GEDRAG_HOOG_RISICO, Theme.RADICALISERING_EXTREMISME)
                : EnumSet.of(Theme.VERWARD_GEDRAG_HOOG_RISICO);
    }

    /** "House theme" of a point as the spec defines it: TRUE, FALSE, or UNKNOWN for unknown themes. */
    static Tri houseTheme(Input in, Set<Theme> houseThemes) {
        return EscalationSpace.THEME_SETS.get(in.themes())
                .map(ts -> Tri.of(ts.stream().anyMatch(houseThemes::contains))).orElse(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("the space is what it claims: 4 signals x 91 leefgebied counts x 17 domain sets x 27 flags")
    void spaceSize() {
        assertThat(EscalationSpace.all()).hasSize(4 * 91 * 17 * 27);
        // NONE and SUSPICION only with zero problem leefgebieden: 2 x 91 + 2 x 13 count classes
        assertThat(D).hasSize((2 * 91 + 2 * 13) * 17 * 27);
        Set<List<Integer>> ranges = new HashSet<>();
        Set<EscalationVenue> venues = EnumSet.noneOf(EscalationVenue.class);
        for (EscalationDecision d : D.values()) {
            ranges.add(List.of(d.lowest(), d.highest()));
            venues.add(d.venue());
        }
        // every range 1 <= l <= h <= 4 occurs, and every venue
        assertThat(ranges).hasSize(10);
        assertThat(venues).containsExactlyInAnyOrder(EscalationVenue.values());
        // the venue space: (2 x 10 + 2 x 4) count classes x 4 domain sets x 81 flags x 6 theme sets x 2 dates
        assertThat(V).hasSize(28 * 4 * 81 * 6 * 2);
        assertThat(VZ.keySet()).isEqualTo(V.keySet());
        Set<VenueReason> reasons = EnumSet.noneOf(VenueReason.class);
        Set<String> missing = new TreeSet<>();
        for (Map<Input, EscalationDecision> m : List.of(V, VZ)) {
            Set<EscalationVenue> vs = EnumSet.noneOf(EscalationVenue.class);
            for (EscalationDecision d : m.values()) {
                vs.add(d.venue());
                reasons.addAll(d.venueReasons());
                d.missing().forEach(n -> missing.add(n.startsWith("lifeDomains.") ? "lifeDomains" : n));
            }
            assertThat(vs).containsExactlyInAnyOrder(EscalationVenue.values());
        }
        assertThat(reasons).containsExactlyInAnyOrder(VenueReason.values());
        assertThat(missing).containsExactlyInAnyOrder("signal", "lifeDomains", "domainsInvolved",
                "cooperationStagnating", "acuteSafetyThreat", "admissible", "voluntaryHelpFailing", "themes");
    }

    @Test
    @DisplayName("AVE-SIGNAL: every NONE or SUSPICION input with an assessed problem is refused, naming signal and leefgebied")
    void contradictorySignalRefusedEverywhere() {
        int refused = 0;
        for (Input in : EscalationSpace.all()) {
            if (in.valid() || in.domains() != UNKNOWN_DOMAINS || in.stagnating() != Tri.UNKNOWN
                    || in.acute() != Tri.UNKNOWN || in.admissible() != Tri.UNKNOWN) {
                continue;
            }
            assertThatThrownBy(() -> in.facts(Optional.empty(), Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("lifeDomains.OFFENCE_HISTORY")
                    .hasMessageContaining(in.signal().name())
                    .hasMessageContaining(EscalationFacts.SIGNAL_RULE);
            refused++;
        }
        assertThat(refused).isEqualTo(2 * (91 - 13));
    }

    @Test
    @DisplayName("property 1: lowest <= highest, and refining any unknown fact keeps the range inside the old one")
    void property1_rangeRefinement() {
        for (EscalationDecision d : D.values()) {
            assertThat(d.lowest()).isBetween(1, 4);
            assertThat(d.lowest()).isLessThanOrEqualTo(d.highest());
            assertThat(d.highest()).isLessThanOrEqualTo(4);
            assertThat(d.responsibilities()).hasSize(d.highest() - d.lowest() + 1);
        }
        assertThat(refinementsKeepInside(D, false)).isGreaterThan(D.size());
    }

    /**
     * Checks that every refinement of every point keeps the range inside and a definite venue, and that a decision
     * misses nothing exactly when its range and venue are definite.
     *
     * @return the number of refinements checked
     */
    private static long refinementsKeepInside(Map<Input, EscalationDecision> m, boolean venueSpace) {
        long checks = 0;
        for (Map.Entry<Input, EscalationDecision> e : m.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            assertThat(d.missing().isEmpty()).as("missing empty exactly when range and venue are definite: %s", in)
                    .isEqualTo(d.phaseIsDefinite() && d.venue() != EscalationVenue.UNKNOWN);
            for (Input r : refinements(in, venueSpace)) {
                EscalationDecision rd = m.get(r);
                assertThat(rd).as("refinement %s of %s is in the space", r, in).isNotNull();
                assertThat(rd.lowest()).as("%s -> %s", in, r).isGreaterThanOrEqualTo(d.lowest());
                assertThat(rd.highest()).as("%s -> %s", in, r).isLessThanOrEqualTo(d.highest());
                if (d.venue() != EscalationVenue.UNKNOWN) {
                    assertThat(rd.venue()).as("a definite venue stays: %s -> %s", in, r).isEqualTo(d.venue());
                }
                checks++;
            }
        }
        return checks;
    }

    @Test
    @DisplayName("property 1 (rev. 2): on the venue space, refining any unknown fact (themes and voluntaryHelpFailing too) keeps the range inside and a definite venue")
    void property1_venueSpaceRefinement() {
        assertThat(refinementsKeepInside(V, true)).isGreaterThan(V.size());
        assertThat(refinementsKeepInside(VZ, true)).isGreaterThan(VZ.size());
    }

    /**
     * Every point that replaces one UNKNOWN of {@code in} by each definite value it can take in its space (valid ones
     * only): in the phase space every domain set and three flags, in the venue space its domain sets, four flags and
     * its theme sets.
     */
    static List<Input> refinements(Input in, boolean venueSpace) {
        List<Input> out = new ArrayList<>();
        if (in.signal() == Signal.UNKNOWN) {
            for (Signal s : List.of(Signal.NONE, Signal.SUSPICION, Signal.PROBLEM)) {
                out.add(in.with(s));
            }
        }
        if (in.unknown() > 0) {
            out.add(in.withCounts(in.problems() + 1, in.unknown() - 1));
            out.add(in.withCounts(in.problems(), in.unknown() - 1));
        }
        if (in.domains() == UNKNOWN_DOMAINS) {
            int[] known = venueSpace ? java.util.Arrays.copyOfRange(EscalationSpace.VENUE_DOMAINS, 1, 4)
                    : java.util.stream.IntStream.range(0, 16).toArray();
            for (int d : known) {
                out.add(in.withDomains(d));
            }
        }
        for (int f = 0; f < (venueSpace ? EscalationSpace.FLAGS : 3); f++) {
            if (in.flag(f) == Tri.UNKNOWN) {
                out.add(in.withFlag(f, Tri.TRUE));
                out.add(in.withFlag(f, Tri.FALSE));
            }
        }
        if (venueSpace && in.themes() == EscalationSpace.UNKNOWN_THEMES) {
            for (int t = 1; t < EscalationSpace.THEME_SETS.size(); t++) {
                out.add(in.withThemes(t));
            }
        }
        out.removeIf(x -> !x.valid());
        return out;
    }

    @Test
    @DisplayName("property 2: raising a fact (FALSE to TRUE, a problem leefgebied, a domain, NONE/SUSPICION to PROBLEM) never lowers the range")
    void property2_monotone() {
        long checks = 0;
        for (Map.Entry<Input, EscalationDecision> e : D.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            for (Input r : raises(in)) {
                EscalationDecision rd = D.get(r);
                assertThat(rd).as("raise %s of %s is in the space", r, in).isNotNull();
                assertThat(rd.lowest()).as("%s -> %s", in, r).isGreaterThanOrEqualTo(d.lowest());
                assertThat(rd.highest()).as("%s -> %s", in, r).isGreaterThanOrEqualTo(d.highest());
                checks++;
            }
        }
        assertThat(checks).isGreaterThan(D.size());
    }

    /** Every input one step higher in the truth order of one fact (valid ones only). */
    static List<Input> raises(Input in) {
        List<Input> out = new ArrayList<>();
        if (in.signal().deniesProblems()) {
            out.add(in.with(Signal.PROBLEM));
        }
        if (in.noProblem() > 0) {
            out.add(in.withCounts(in.problems() + 1, in.unknown()));
        }
        if (in.unknown() > 0) {
            out.add(in.withCounts(in.problems() + 1, in.unknown() - 1));
        }
        if (in.domains() != UNKNOWN_DOMAINS) {
            for (int bit = 0; bit < 4; bit++) {
                if ((in.domains() & (1 << bit)) == 0) {
                    out.add(in.withDomains(in.domains() | (1 << bit)));
                }
            }
        }
        for (int f = 0; f < 3; f++) {
            if (in.flag(f) == Tri.FALSE) {
                out.add(in.withFlag(f, Tri.TRUE));
                out.add(in.withFlag(f, Tri.UNKNOWN));
            } else if (in.flag(f) == Tri.UNKNOWN) {
                out.add(in.withFlag(f, Tri.TRUE));
            }
        }
        out.removeIf(x -> !x.valid());
        return out;
    }

    @Test
    @DisplayName("property 2 (rev. 2): the phase reads none of the venue's own facts (voluntaryHelpFailing, themes, the date, currentVenue)")
    void property2_phaseIgnoresVenueFacts() {
        for (Map<Input, EscalationDecision> m : List.of(V, VZ)) {
            m.forEach((in, d) -> {
                Input phasePoint = new Input(in.signal(), in.problems(), in.unknown(), in.domains(), in.stagnating(),
                        in.acute(), in.admissible(), Tri.UNKNOWN, EscalationSpace.UNKNOWN_THEMES, EscalationSpace.AS_OF);
                EscalationDecision p = D.get(phasePoint);
                assertThat(List.of(d.lowest(), d.highest())).as("%s", in).isEqualTo(List.of(p.lowest(), p.highest()));
                assertThat(d.rules().subList(0, 3)).as("%s", in).isEqualTo(p.rules().subList(0, 3));
                assertThat(d.responsibilities()).isEqualTo(p.responsibilities());
            });
        }
    }

    @Test
    @DisplayName("property 3: never ZVH when not admissible or below phase 3; not yet at the house, never ZVH without a ground (rev. 2: voluntary help failing, a house theme)")
    void property3_venueNeverZvhWithoutGrounds() {
        int zvh = 0;
        for (Map.Entry<Input, EscalationDecision> e : V.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            Tri theme = houseTheme(in, referenceHouseThemes(in.asOf()));
            List<Tri> grounds = List.of(in.stagnating(), in.acute(), in.voluntaryHelpFailing(), theme);
            if (d.venue() == EscalationVenue.ZVH) {
                zvh++;
                assertThat(in.admissible()).as("%s", in).isEqualTo(Tri.TRUE);
                assertThat(d.lowest()).as("%s", in).isGreaterThanOrEqualTo(3);
                assertThat(grounds).as("%s", in).contains(Tri.TRUE);
                // the reasons are the grounds that hold, in VenueReason order
                List<VenueReason> expected = new ArrayList<>();
                for (int g = 0; g < GROUNDS.size(); g++) {
                    if (grounds.get(g) == Tri.TRUE) {
                        expected.add(GROUNDS.get(g));
                    }
                }
                assertThat(d.venueReasons()).as("%s", in).isEqualTo(expected);
            } else {
                assertThat(d.venueReasons()).as("%s", in).isEmpty();
            }
            if (in.admissible() == Tri.FALSE || d.highest() < 3 || grounds.stream().allMatch(g -> g == Tri.FALSE)) {
                assertThat(d.venue()).as("%s", in).isEqualTo(EscalationVenue.LOCAL);
            }
            assertThat(d.houseThemes()).isEqualTo(referenceHouseThemes(in.asOf()));
        }
        for (Map.Entry<Input, EscalationDecision> e : VZ.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            if (d.venue() == EscalationVenue.ZVH) {
                assertThat(in.admissible()).as("%s", in).isEqualTo(Tri.TRUE);
                assertThat(d.lowest()).as("%s", in).isGreaterThanOrEqualTo(3);
                assertThat(d.venueReasons()).as("%s", in).containsExactly(VenueReason.STAYS_AT_HOUSE);
            } else {
                assertThat(d.venueReasons()).as("%s", in).isEmpty();
            }
            if (in.admissible() == Tri.FALSE || d.highest() < 3) {
                assertThat(d.venue()).as("%s", in).isEqualTo(EscalationVenue.LOCAL);
            }
        }
        assertThat(zvh).isPositive();
        // each ground brings a case to the house on its own somewhere
        for (VenueReason reason : GROUNDS) {
            assertThat(V.entrySet()).as("%s alone", reason).anyMatch(e -> e.getValue().venueReasons().equals(List.of(reason)));
        }
    }

    @Test
    @DisplayName("house themes (rev. 2): radicalisation brings a case to the house on 2025-06-30, not on 2025-07-01; confused behaviour on both")
    void houseThemesChangeOn20250701() {
        int differ = 0;
        for (Map.Entry<Input, EscalationDecision> e : V.entrySet()) {
            Input in = e.getKey();
            if (!in.asOf().equals(EscalationSpace.DATES.get(0))) {
                continue;
            }
            EscalationDecision before = e.getValue();
            EscalationDecision from = V.get(new Input(in.signal(), in.problems(), in.unknown(), in.domains(),
                    in.stagnating(), in.acute(), in.admissible(), in.voluntaryHelpFailing(), in.themes(),
                    EscalationSpace.DATES.get(1)));
            boolean radicalisation = EscalationSpace.THEME_SETS.get(in.themes())
                    .map(ts -> ts.contains(Theme.RADICALISERING_EXTREMISME)).orElse(false);
            if (!before.venue().equals(from.venue())) {
                differ++;
                assertThat(radicalisation).as("only radicalisation changes on 2025-07-01: %s", in).isTrue();
            }
            if (radicalisation && before.venue() == EscalationVenue.ZVH
                    && before.venueReasons().equals(List.of(VenueReason.HOUSE_THEME))) {
                assertThat(from.venue()).as("%s", in).isNotEqualTo(EscalationVenue.ZVH);
            }
        }
        assertThat(differ).isPositive();
    }

    @Test
    @DisplayName("property 6 (rev. 2): hysteresis: with currentVenue ZVH the venue is never LOCAL where without it it is ZVH; at the house it is ZVH exactly when admissible and phase >= 3")
    void property6_hysteresis() {
        int kept = 0;
        for (Map.Entry<Input, EscalationDecision> e : V.entrySet()) {
            Input in = e.getKey();
            EscalationDecision away = e.getValue();
            EscalationDecision at = VZ.get(in);
            if (away.venue() == EscalationVenue.ZVH) {
                assertThat(at.venue()).as("%s", in).isNotEqualTo(EscalationVenue.LOCAL);
            }
            if (away.venue() == EscalationVenue.UNKNOWN) {
                assertThat(at.venue()).as("%s", in).isNotEqualTo(EscalationVenue.LOCAL);
            }
            Tri phase3 = at.lowest() >= 3 ? Tri.TRUE : at.highest() < 3 ? Tri.FALSE : Tri.UNKNOWN;
            Tri stays = in.admissible().and(phase3);
            assertThat(at.venue()).as("%s", in).isEqualTo(stays == Tri.TRUE ? EscalationVenue.ZVH
                    : stays == Tri.FALSE ? EscalationVenue.LOCAL : EscalationVenue.UNKNOWN);
            // coming from the house and scaled down: the house stays on as adviser (AVE-DIRECTION)
            assertThat(at.advisoryRole()).isEqualTo(at.venue() == EscalationVenue.LOCAL ? Optional.of(PartnerType.ZVH)
                    : Optional.empty());
            kept += away.venue() == EscalationVenue.LOCAL && at.venue() == EscalationVenue.ZVH ? 1 : 0;
        }
        // the hysteresis matters: cases whose cooperation the house restored stay
        assertThat(kept).isPositive();
    }

    @Test
    @DisplayName("VENUE-LOCAL-UNLESS (rev. 2): the decision's venue is the exact one (every completion), on every point of both spaces")
    void venueIsExact() {
        VenueOracle exact = new VenueOracle();
        for (Map.Entry<Input, EscalationDecision> e : V.entrySet()) {
            Input in = e.getKey();
            Set<Theme> house = referenceHouseThemes(in.asOf());
            assertThat(e.getValue().venue()).as("%s", in).isEqualTo(exact.venue(in, false, house));
            assertThat(VZ.get(in).venue()).as("%s at the house", in).isEqualTo(exact.venue(in, true, house));
        }
        for (Map.Entry<Input, EscalationDecision> e : D.entrySet()) {
            Input in = e.getKey();
            assertThat(e.getValue().venue()).as("%s", in)
                    .isEqualTo(exact.venue(in, false, referenceHouseThemes(in.asOf())));
        }
    }

    @Test
    @DisplayName("houseThemes configured (rev. 2): applies on every date, [] is a house without themes (themes never missing), and the venue stays exact")
    void configuredHouseThemes() {
        VenueOracle exact = new VenueOracle();
        List<Input> points = new ArrayList<>();
        for (Input in : V.keySet()) {
            // where a house theme can matter: admissible not FALSE, no other ground TRUE
            if (in.admissible() != Tri.FALSE && in.stagnating() != Tri.TRUE && in.acute() != Tri.TRUE
                    && in.voluntaryHelpFailing() != Tri.TRUE) {
                points.add(in);
            }
        }
        int themeDecides = 0;
        for (Set<Theme> configured : List.of(EnumSet.noneOf(Theme.class), EnumSet.of(Theme.JEUGD))) {
            EscalationConfig config = EscalationConfig.builder().houseThemes(configured).build();
            Map<Input, EscalationDecision> m = EscalationSpace.decisions(points, Optional.empty(), config);
            for (Map.Entry<Input, EscalationDecision> e : m.entrySet()) {
                Input in = e.getKey();
                EscalationDecision d = e.getValue();
                assertThat(d.houseThemes()).isEqualTo(configured);
                assertThat(d.venue()).as("%s with %s", in, configured).isEqualTo(exact.venue(in, false, configured));
                if (configured.isEmpty()) {
                    assertThat(d.missing()).as("%s", in).doesNotContain("themes");
                    assertThat(d.venueReasons()).doesNotContain(VenueReason.HOUSE_THEME);
                }
                themeDecides += d.venueReasons().equals(List.of(VenueReason.HOUSE_THEME)) ? 1 : 0;
            }
            // the date does not matter for a configured list
            for (Input in : points) {
                Input other = new Input(in.signal(), in.problems(), in.unknown(), in.domains(), in.stagnating(),
                        in.acute(), in.admissible(), in.voluntaryHelpFailing(), in.themes(),
                        EscalationSpace.DATES.get(1 - EscalationSpace.DATES.indexOf(in.asOf())));
                assertThat(m.get(in).venue()).isEqualTo(m.get(other).venue());
                assertThat(m.get(in).missing()).isEqualTo(m.get(other).missing());
            }
        }
        assertThat(themeDecides).isPositive();
    }

    @Test
    @DisplayName("property 4: direction is antisymmetric, UNKNOWN only when the range allows more than one; advisory role only from ZVH to LOCAL")
    void property4_directionAntisymmetric() {
        // observed[q][p]: the directions seen for a definite phase q against current phase p
        @SuppressWarnings("unchecked")
        Set<Direction>[][] observed = new Set[5][5];
        for (int q = 1; q <= 4; q++) {
            for (int p = 1; p <= 4; p++) {
                observed[q][p] = EnumSet.noneOf(Direction.class);
            }
        }
        // every current phase (incl. absent) with current venue ZVH, and current venue LOCAL without a phase; the
        // base decisions of the space are the point with neither
        List<Optional<Integer>> phases = List.of(Optional.empty(), Optional.of(1), Optional.of(2), Optional.of(3),
                Optional.of(4), Optional.empty());
        List<Optional<Venue>> venues = List.of(Optional.of(Venue.ZVH), Optional.of(Venue.ZVH), Optional.of(Venue.ZVH),
                Optional.of(Venue.ZVH), Optional.of(Venue.ZVH), Optional.of(Venue.LOCAL));
        long evaluated = 0;
        int advisory = 0;
        VenueOracle exact = new VenueOracle();
        for (Map.Entry<Input, EscalationDecision> e : D.entrySet()) {
            Input in = e.getKey();
            EscalationDecision base = e.getValue();
            assertThat(base.direction()).isEmpty();
            assertThat(base.advisoryRole()).isEmpty();
            for (int k = 0; k < phases.size(); k++) {
                Optional<Integer> cp = phases.get(k);
                Optional<Venue> cv = venues.get(k);
                EscalationDecision d = Escalation.assess(in.facts(cp, cv), AS_OF);
                evaluated++;
                assertThat(d.lowest()).isEqualTo(base.lowest());
                assertThat(d.highest()).isEqualTo(base.highest());
                if (cv.equals(Optional.of(Venue.ZVH))) {
                    // rev. 2: at the house the venue is its own (property 6), exact on the whole phase space too
                    assertThat(d.venue()).as("%s at the house", in).isEqualTo(exact.venue(in, true,
                            referenceHouseThemes(in.asOf())));
                    assertThat(base.venue() == EscalationVenue.ZVH && d.venue() == EscalationVenue.LOCAL).isFalse();
                } else {
                    assertThat(d.venue()).isEqualTo(base.venue());
                }
                assertThat(d.direction().isPresent()).isEqualTo(cp.isPresent());
                cp.ifPresent(c -> {
                    Direction dir = d.direction().orElseThrow();
                    boolean several = d.lowest() < d.highest() && d.lowest() <= c && c <= d.highest();
                    assertThat(dir == Direction.UNKNOWN).as("%s current %s", in, c).isEqualTo(several);
                    if (d.phaseIsDefinite()) {
                        observed[d.lowest()][c].add(dir);
                    }
                });
                boolean back = cv.equals(Optional.of(Venue.ZVH)) && d.venue() == EscalationVenue.LOCAL;
                assertThat(d.advisoryRole()).isEqualTo(back ? Optional.of(PartnerType.ZVH) : Optional.empty());
                advisory += back ? 1 : 0;
            }
        }
        assertThat(evaluated).isEqualTo(6L * D.size());
        assertThat(advisory).isPositive();
        for (int q = 1; q <= 4; q++) {
            for (int p = 1; p <= 4; p++) {
                assertThat(observed[q][p]).as("phase %d against %d occurs", q, p).hasSize(1);
                Direction qp = observed[q][p].iterator().next();
                Direction pq = observed[p][q].iterator().next();
                assertThat(qp == Direction.UP).as("from %d to %d", p, q).isEqualTo(pq == Direction.DOWN);
                assertThat(qp == Direction.STAY).isEqualTo(p == q);
            }
        }
    }
}
