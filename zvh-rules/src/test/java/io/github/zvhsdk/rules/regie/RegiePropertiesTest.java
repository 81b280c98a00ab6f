package io.github.zvhsdk.rules.regie;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of regie.md on a seeded sample of partners, themes, measures, leefgebieden and households. Each
 * test asserts that the sample reached every casusregie rule and drew every PartnerType, Theme, Measure, Relation and
 * CaseKind.
 */
@DisplayName("Regie properties, on a seeded sample")
class RegiePropertiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final long SEED = 20_250_601L;
    private static final int N = 20_000;
    private static final Set<String> ALL_CASUS_RULES = Set.of("CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT",
            "CASUS-VERWARD", "CASUS-RADICALISERING", "CASUS-EX-JUSTITIABELE", "CASUS-HUISELIJK-GEWELD",
            "CASUS-ZWAARTEPUNT", "CASUS-AREA", "REGIE-SYSTEM");

    /** Draws valid facts: youth measures only on minors, no subject only for area and theme cases. */
    static final class Sampler {
        final SplittableRandom rnd = new SplittableRandom(SEED);
        final Set<PartnerType> partners = EnumSet.noneOf(PartnerType.class);
        final Set<Theme> themes = EnumSet.noneOf(Theme.class);
        final Set<Measure> measures = EnumSet.noneOf(Measure.class);
        final Set<Relation> relations = EnumSet.noneOf(Relation.class);
        final Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);

        <E extends Enum<E>> Set<E> subset(E[] values, double p, Set<E> seen) {
            Set<E> s = new HashSet<>();
            for (E e : values) {
                if (rnd.nextDouble() < p) {
                    s.add(e);
                    seen.add(e);
                }
            }
            return s;
        }

        Set<Measure> measures(boolean minor) {
            Set<Measure> m = subset(Measure.values(), 0.15, new HashSet<>());
            if (!minor) {
                m.removeIf(Measure::isYouthMeasure);
            }
            measures.addAll(m);
            return m;
        }

        HouseholdMember member() {
            Relation r = Relation.values()[rnd.nextInt(Relation.values().length)];
            relations.add(r);
            boolean minor = rnd.nextBoolean();
            return HouseholdMember.builder().relation(r).minor(minor).measures(measures(minor)).build();
        }

        RegieFacts next() {
            CaseKind kind = CaseKind.values()[rnd.nextInt(CaseKind.values().length)];
            kinds.add(kind);
            boolean area = kind == CaseKind.GEBIEDSGERICHT || kind == CaseKind.THEMAGEBONDEN;
            boolean identified = !area || rnd.nextInt(3) != 0;
            boolean minor = rnd.nextInt(4) == 0;
            LifeDomainAssessment a = LifeDomainAssessment.unknown();
            for (LifeDomain d : LifeDomain.values()) {
                a = a.with(d, LifeDomainStatus.values()[rnd.nextInt(LifeDomainStatus.values().length)]);
            }
            List<HouseholdMember> household = new ArrayList<>();
            int size = rnd.nextInt(4);
            for (int i = 0; i < size; i++) {
                household.add(member());
            }
            return RegieFacts.builder()
                    .phase(1 + rnd.nextInt(4))
                    .venue(Venue.values()[rnd.nextInt(2)])
                    .caseKind(kind)
                    .identifiedSubject(identified)
                    .themes(subset(Theme.values(), 0.12, themes))
                    .involvedPartners(subset(PartnerType.values(), 0.25, partners))
                    .subject(RegieSubject.builder().minor(minor).measures(measures(minor)).build())
                    .lifeDomains(a)
                    .household(household)
                    .build();
        }

        void assertCoverage() {
            assertThat(partners).containsExactlyInAnyOrder(PartnerType.values());
            assertThat(themes).containsExactlyInAnyOrder(Theme.values());
            assertThat(measures).containsExactlyInAnyOrder(Measure.values());
            assertThat(relations).containsExactlyInAnyOrder(Relation.values());
            assertThat(kinds).containsExactlyInAnyOrder(CaseKind.values());
        }
    }

    @Test
    @DisplayName("property 1: exactly one casusregie outcome (one holder or one dual pair), never none; every rule reached")
    void property1_exactlyOneCasusregie() {
        Sampler s = new Sampler();
        Set<String> rules = new HashSet<>();
        Set<PartnerType> centreHolders = EnumSet.noneOf(PartnerType.class);
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            RegieDecision d = Regie.decide(f, AS_OF);
            assertThat(d.casusregie()).hasSizeBetween(1, 2);
            assertThat(d.casusRule()).isIn(ALL_CASUS_RULES);
            if (d.casusregie().size() == 2) {
                assertThat(d.casusRule()).isEqualTo("CASUS-VERWARD");
                assertThat(d.casusregie()).containsExactlyInAnyOrder(PartnerType.GGZ, PartnerType.GEMEENTE);
            }
            if (d.casusRule().equals("CASUS-ZWAARTEPUNT")) {
                centreHolders.addAll(d.casusregie());
            }
            // retained roles: exactly the considered measures whose holder holds no casusregie
            for (RetainedRole r : d.retainedStatutoryRoles()) {
                assertThat(d.casusregie()).doesNotContain(r.holder());
                assertThat(r.holder()).isEqualTo(r.measure().holder());
            }
            rules.add(d.casusRule());
        }
        assertThat(rules).isEqualTo(ALL_CASUS_RULES);
        assertThat(centreHolders).containsExactlyInAnyOrder(PartnerType.GEMEENTE, PartnerType.GGZ,
                PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING);
        s.assertCoverage();
    }

    @Test
    @DisplayName("property 2: regie op samenwerking is GEMEENTE for every input")
    void property2_samenwerkingAlwaysGemeente() {
        Sampler s = new Sampler();
        for (int i = 0; i < N; i++) {
            assertThat(Regie.decide(s.next(), AS_OF).regieOpSamenwerking()).isEqualTo(PartnerType.GEMEENTE);
        }
        s.assertCoverage();
    }

    @Test
    @DisplayName("property 3: a statutory measure of the subject wins over every theme rule, whatever the themes")
    void property3_measureBeatsThemes() {
        Sampler s = new Sampler();
        int forced = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            boolean youth = f.subject().measures().stream().anyMatch(Measure::isYouthMeasure);
            boolean adult = f.subject().measures().contains(Measure.PROBATION_SUPERVISION);
            if (!f.identifiedSubject() || !(youth || adult)) {
                continue;
            }
            RegieDecision d = Regie.decide(f, AS_OF);
            String expected = youth ? (f.caseKind() == CaseKind.SYSTEEMGERICHT ? "REGIE-SYSTEM" : "CASUS-FORCED-YOUTH")
                    : "CASUS-FORCED-ADULT";
            if (adult && !youth && f.caseKind() == CaseKind.SYSTEEMGERICHT
                    && f.household().stream().anyMatch(m -> m.measures().stream().anyMatch(Measure::isYouthMeasure))) {
                expected = "REGIE-SYSTEM";
            }
            assertThat(d.casusRule()).isEqualTo(expected);
            // every theme added leaves the outcome unchanged
            RegieDecision allThemes = Regie.decide(ImmutableRegieFacts.copyOf(f).withThemes(Theme.values()), AS_OF);
            assertThat(allThemes.casusRule()).isEqualTo(d.casusRule());
            assertThat(allThemes.casusregie()).isEqualTo(d.casusregie());
            seen.add(expected);
            forced++;
        }
        assertThat(forced).isGreaterThan(N / 10);
        assertThat(seen).containsExactlyInAnyOrder("REGIE-SYSTEM", "CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT");
        s.assertCoverage();
    }

    @Test
    @DisplayName("property 4: adding household members never turns a single household regisseur into two")
    void property4_oneHouseholdRegisseur() {
        Sampler s = new Sampler();
        int grown = 0;
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            RegieDecision d = Regie.decide(f, AS_OF);
            List<HouseholdMember> more = new ArrayList<>(f.household());
            int extra = 1 + s.rnd.nextInt(3);
            for (int k = 0; k < extra; k++) {
                more.add(s.member());
            }
            RegieDecision bigger = Regie.decide(ImmutableRegieFacts.copyOf(f).withHousehold(more), AS_OF);
            if (d.casusregie().size() == 1) {
                assertThat(bigger.casusregie()).hasSize(1);
            }
            if (f.caseKind() != CaseKind.SYSTEEMGERICHT) {
                // household members of other cases are not considered at all
                assertThat(bigger.casusregie()).isEqualTo(d.casusregie());
                assertThat(bigger.retainedStatutoryRoles()).isEqualTo(d.retainedStatutoryRoles());
            } else {
                grown++;
                assertThat(bigger.casusregie()).hasSizeBetween(1, 2);
            }
        }
        assertThat(grown).isGreaterThan(N / 10);
        s.assertCoverage();
    }

    @Test
    @DisplayName("property 5: procesregie is ZVH exactly when phase >= 3 and venue ZVH")
    void property5_procesregieZvh() {
        Sampler s = new Sampler();
        Set<Procesregie> seen = EnumSet.noneOf(Procesregie.class);
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            RegieDecision d = Regie.decide(f, AS_OF);
            assertThat(d.procesregie() == Procesregie.ZVH).isEqualTo(f.phase() >= 3 && f.venue() == Venue.ZVH);
            seen.add(d.procesregie());
        }
        assertThat(seen).containsExactlyInAnyOrder(Procesregie.values());
        s.assertCoverage();
    }
}
