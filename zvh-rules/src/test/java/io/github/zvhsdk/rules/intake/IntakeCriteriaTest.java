package io.github.zvhsdk.rules.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.rule.Tri;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The counting criteria are written out as loops (no leaf terms per decision); here they are checked against the
 * {@link Term} forms they replace: {@code Term.atLeast(2, leaves)} and {@code Term.or(leaves)} over one leaf per fact.
 */
@DisplayName("Intake criteria: the written-out counts equal the Term forms (value and missing facts)")
class IntakeCriteriaTest {
    private static final LifeDomainStatus[] STATUSES = LifeDomainStatus.values();
    private static final Prospect[] PROSPECTS = Prospect.values();

    @Test
    @DisplayName("leefgebieden (LK2013-A, WGS-B): 200,000 seeded assessments, every outcome and 0–12 unknowns reached")
    void leefgebieden() {
        SplittableRandom rnd = new SplittableRandom(8L);
        EnumMap<Tri, Integer> outcomes = new EnumMap<>(Tri.class);
        Set<Integer> unknownCounts = new java.util.HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            EnumMap<LifeDomain, LifeDomainStatus> m = new EnumMap<>(LifeDomain.class);
            // skew towards UNKNOWN now and then, so that all-unknown and near-threshold cases occur
            int unknownBias = rnd.nextInt(4);
            for (LifeDomain d : LifeDomain.values()) {
                m.put(d, rnd.nextInt(4) < unknownBias ? LifeDomainStatus.UNKNOWN : STATUSES[rnd.nextInt(STATUSES.length)]);
            }
            IntakeFacts f = IntakeFacts.builder().identifiedSubject(true).lifeDomains(LifeDomainAssessment.of(m)).build();
            for (Function<LifeDomainStatus, Tri> q : List.<Function<LifeDomainStatus, Tri>>of(
                    LifeDomainStatus::isProblem, LifeDomainStatus::isCriminogenic)) {
                Term written = IntakeCriteria.leefgebieden(f, q);
                List<Term> leaves = new ArrayList<>();
                for (LifeDomain d : LifeDomain.values()) {
                    leaves.add(Term.fact("lifeDomains." + d.name(), q.apply(f.lifeDomains().status(d))));
                }
                Term reference = Term.atLeast(2, leaves);
                assertThat(written).as("%s", m).isEqualTo(reference);
                outcomes.merge(written.value(), 1, Integer::sum);
            }
            unknownCounts.add(f.lifeDomains().unassessed().size());
        }
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Tri.values());
        assertThat(outcomes.get(Tri.UNKNOWN)).isGreaterThan(10_000);
        assertThat(unknownCounts).hasSize(13);
    }

    @Test
    @DisplayName("effects (LK2013-A, WGS-C): every combination of the five effects' prospects, both effect sets")
    void effects() {
        int n = EffectType.values().length;
        int combinations = (int) Math.pow(PROSPECTS.length, n);
        EnumMap<Tri, Integer> outcomes = new EnumMap<>(Tri.class);
        for (int code = 0; code < combinations; code++) {
            Map<EffectType, Prospect> effects = new EnumMap<>(EffectType.class);
            int c = code;
            for (EffectType e : EffectType.values()) {
                effects.put(e, PROSPECTS[c % PROSPECTS.length]);
                c /= PROSPECTS.length;
            }
            IntakeFacts f = IntakeFacts.builder().identifiedSubject(true).effects(effects).build();
            checkEffects(f, IntakeCriteria.LK2013_EFFECTS, IntakeCriteria.LK2013_PROSPECTS, outcomes);
            checkEffects(f, IntakeCriteria.WGS_EFFECTS, IntakeCriteria.WGS_PROSPECTS, outcomes);
        }
        assertThat(combinations).isEqualTo(7_776);
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(Tri.values());
    }

    private static void checkEffects(IntakeFacts f, Set<EffectType> read, Set<Prospect> qualifying,
            EnumMap<Tri, Integer> outcomes) {
        List<Term> leaves = new ArrayList<>();
        for (EffectType e : read) {
            Prospect p = f.effect(e);
            leaves.add(Term.fact("effects." + e.name(), p == Prospect.UNKNOWN ? Tri.UNKNOWN : Tri.of(qualifying.contains(p))));
        }
        Term written = IntakeCriteria.effects(f, read, qualifying);
        assertThat(written).as("%s", f.effects()).isEqualTo(Term.or(leaves));
        outcomes.merge(written.value(), 1, Integer::sum);
    }

    @Test
    @DisplayName("Term.definite and sortedMissing: definite terms name nothing; missing facts come back sorted")
    void termHelpers() {
        assertThat(Term.definite(Tri.TRUE)).isEqualTo(Term.fact("x", Tri.TRUE));
        assertThat(Term.definite(Tri.FALSE).missing()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Term.definite(Tri.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
        Term t = Term.or(List.of(Term.fact("b", Tri.UNKNOWN), Term.fact("c", Tri.UNKNOWN), Term.fact("a", Tri.UNKNOWN)));
        assertThat(t.sortedMissing()).containsExactly("a", "b", "c");
        assertThat(Term.fact("z", Tri.UNKNOWN).sortedMissing()).containsExactly("z");
        // the invariant the decision's cached definite results rely on: a definite term names no missing fact
        for (Tri definite : List.of(Tri.TRUE, Tri.FALSE)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Term(definite, List.of("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("definite");
            assertThat(Term.and(List.of(Term.fact("x", Tri.UNKNOWN), Term.definite(Tri.FALSE))))
                    .isSameAs(Term.definite(Tri.FALSE));
            assertThat(Term.atLeast(1, List.of(Term.fact("x", Tri.UNKNOWN), Term.definite(Tri.TRUE))))
                    .isSameAs(Term.definite(Tri.TRUE));
        }
        assertThat(new Term(Tri.UNKNOWN, List.of("x")).missing()).containsExactly("x");
    }

    @Test
    @DisplayName("a criterion's definite result is built once and shared; an undecided one names its missing facts")
    void definiteResultsShared() {
        IntakeFacts f = IntakeFacts.builder().identifiedSubject(true).build();
        java.time.LocalDate wgs = java.time.LocalDate.of(2025, 6, 1);
        IntakeDecision one = Intake.assess(f, wgs);
        IntakeDecision two = Intake.assess(IntakeFacts.builder().from(f).build(), wgs);
        assertThat(one.criterion("subject").value()).isEqualTo(Tri.TRUE);
        assertThat(one.criterion("subject")).isSameAs(two.criterion("subject"));
        assertThat(one.regimeRule()).isSameAs(two.regimeRule());
        assertThat(one.criterion("a").value()).isEqualTo(Tri.UNKNOWN);
        assertThat(one.criterion("a").missing()).containsExactly("familyProblemsRelevant", "subjectProblems");
        assertThat(one.criterion("a")).isNotSameAs(two.criterion("a")).isEqualTo(two.criterion("a"));
    }
}
