package io.github.zvhsdk.rules.escalation;

import static io.github.zvhsdk.rules.escalation.EscalationSpace.AS_OF;
import static io.github.zvhsdk.rules.escalation.EscalationSpace.UNKNOWN_DOMAINS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.EscalationSpace.Input;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of escalation.md, each checked on the whole input space up to the symmetry of leefgebieden
 * (every signal × every count of problem/unknown/no-problem leefgebieden × every domain set and the unknown set ×
 * every tri-state of cooperationStagnating, acuteSafetyThreat, admissible × every current phase incl. absent ×
 * every current venue incl. absent).
 */
@DisplayName("Escalation properties, on the whole input space")
class EscalationPropertiesTest {
    /** Filled by {@link #decideEverything()}: once per run of this class, so that each PIT mutant gets its own. */
    private static Map<Input, EscalationDecision> D;

    @BeforeAll
    static void decideEverything() {
        D = EscalationSpace.decisions();
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
        long checks = 0;
        for (Map.Entry<Input, EscalationDecision> e : D.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            assertThat(d.lowest()).isBetween(1, 4);
            assertThat(d.lowest()).isLessThanOrEqualTo(d.highest());
            assertThat(d.highest()).isLessThanOrEqualTo(4);
            assertThat(d.responsibilities()).hasSize(d.highest() - d.lowest() + 1);
            assertThat(d.missing().isEmpty()).as("missing empty exactly when range and venue are definite: %s", in)
                    .isEqualTo(d.phaseIsDefinite() && d.venue() != EscalationVenue.UNKNOWN);
            for (Input r : refinements(in)) {
                EscalationDecision rd = D.get(r);
                assertThat(rd).as("refinement %s of %s is in the space", r, in).isNotNull();
                assertThat(rd.lowest()).as("%s -> %s", in, r).isGreaterThanOrEqualTo(d.lowest());
                assertThat(rd.highest()).as("%s -> %s", in, r).isLessThanOrEqualTo(d.highest());
                if (d.venue() != EscalationVenue.UNKNOWN) {
                    assertThat(rd.venue()).as("a definite venue stays: %s -> %s", in, r).isEqualTo(d.venue());
                }
                checks++;
            }
        }
        assertThat(checks).isGreaterThan(D.size());
    }

    /** Every input that replaces one UNKNOWN of {@code in} by each definite value it can take (valid ones only). */
    static List<Input> refinements(Input in) {
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
            for (int d = 0; d < 16; d++) {
                out.add(in.withDomains(d));
            }
        }
        for (int f = 0; f < 3; f++) {
            if (in.flag(f) == Tri.UNKNOWN) {
                out.add(in.withFlag(f, Tri.TRUE));
                out.add(in.withFlag(f, Tri.FALSE));
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
    @DisplayName("property 3: the venue is never ZVH when not admissible, below phase 3, or while cooperation works and safety is not at stake")
    void property3_venueNeverZvhWithoutGrounds() {
        int zvh = 0;
        for (Map.Entry<Input, EscalationDecision> e : D.entrySet()) {
            Input in = e.getKey();
            EscalationDecision d = e.getValue();
            if (d.venue() == EscalationVenue.ZVH) {
                zvh++;
                assertThat(in.admissible()).as("%s", in).isEqualTo(Tri.TRUE);
                assertThat(d.lowest()).as("%s", in).isGreaterThanOrEqualTo(3);
                assertThat(in.stagnating() == Tri.TRUE || in.acute() == Tri.TRUE).as("%s", in).isTrue();
            }
            if (in.admissible() == Tri.FALSE || d.highest() < 3
                    || (in.stagnating() == Tri.FALSE && in.acute() == Tri.FALSE)) {
                assertThat(d.venue()).as("%s", in).isEqualTo(EscalationVenue.LOCAL);
            }
            // the spec's formula with "phase >= 3" read from the range gives the same venue as the read-once form
            Tri phase3 = d.lowest() >= 3 ? Tri.TRUE : d.highest() < 3 ? Tri.FALSE : Tri.UNKNOWN;
            Tri stated = Tri.all(in.admissible(), phase3, in.stagnating().or(in.acute()));
            assertThat(d.venue()).as("%s", in).isEqualTo(stated == Tri.TRUE ? EscalationVenue.ZVH
                    : stated == Tri.FALSE ? EscalationVenue.LOCAL : EscalationVenue.UNKNOWN);
        }
        assertThat(zvh).isPositive();
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
                assertThat(d.venue()).isEqualTo(base.venue());
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
