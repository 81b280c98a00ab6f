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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The properties of regie.md on a seeded sample of partners, themes, measures, leefgebieden and households. Each
 * test asserts that the sample drew every PartnerType, Theme, Measure (WZD_CARE included), household Relation and
 * CaseKind, and adults under YOUTH_PROBATION both as subject and as household member (rev. 2); property 1 also that
 * every casusregie rule decided and every measure was a retained role, under the reference configuration and under a
 * region's Wzd holder.
 */
@DisplayName("Regie properties, on a seeded sample")
class RegiePropertiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final long SEED = 20_250_601L;
    private static final int N = 20_000;
    private static final Set<String> ALL_CASUS_RULES = Set.of("CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT",
            "CASUS-VERWARD", "CASUS-RADICALISERING", "CASUS-EX-JUSTITIABELE", "CASUS-HUISELIJK-GEWELD",
            "CASUS-ZWAARTEPUNT", "CASUS-AREA", "REGIE-SYSTEM");

    /** The six household relations (REGIE-HOUSEHOLD: no other relation is a valid household member). */
    static final Relation[] HOUSEHOLD = Stream.of(Relation.values()).filter(Relation::isHousehold)
            .toArray(Relation[]::new);

    /**
     * Draws valid facts: CHILD_PROTECTION only on minors (YOUTH_PROBATION at any age, rev. 2), household members only
     * with a household relation, no subject only for area and theme cases.
     */
    static final class Sampler {
        final SplittableRandom rnd = new SplittableRandom(SEED);
        final Set<PartnerType> partners = EnumSet.noneOf(PartnerType.class);
        final Set<Theme> themes = EnumSet.noneOf(Theme.class);
        final Set<Measure> measures = EnumSet.noneOf(Measure.class);
        final Set<Relation> relations = EnumSet.noneOf(Relation.class);
        final Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
        int adultSubjectsUnderYouthProbation;
        int adultMembersUnderYouthProbation;

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
                m.removeIf(Measure::requiresMinor);
            }
            measures.addAll(m);
            return m;
        }

        HouseholdMember member() {
            Relation r = HOUSEHOLD[rnd.nextInt(HOUSEHOLD.length)];
            relations.add(r);
            boolean minor = rnd.nextBoolean();
            Set<Measure> m = measures(minor);
            if (!minor && m.contains(Measure.YOUTH_PROBATION)) {
                adultMembersUnderYouthProbation++;
            }
            return HouseholdMember.builder().relation(r).minor(minor).measures(m).build();
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
            Set<Measure> subjectMeasures = measures(minor);
            if (!minor && subjectMeasures.contains(Measure.YOUTH_PROBATION)) {
                adultSubjectsUnderYouthProbation++;
            }
            return RegieFacts.builder()
                    .phase(1 + rnd.nextInt(4))
                    .venue(Venue.values()[rnd.nextInt(2)])
                    .caseKind(kind)
                    .identifiedSubject(identified)
                    .themes(subset(Theme.values(), 0.12, themes))
                    .involvedPartners(subset(PartnerType.values(), 0.25, partners))
                    .subject(RegieSubject.builder().minor(minor).measures(subjectMeasures).build())
                    .lifeDomains(a)
                    .household(household)
                    .build();
        }

        void assertCoverage() {
            assertThat(partners).containsExactlyInAnyOrder(PartnerType.values());
            assertThat(themes).containsExactlyInAnyOrder(Theme.values());
            assertThat(measures).containsExactlyInAnyOrder(Measure.values());
            assertThat(relations).containsExactlyInAnyOrder(HOUSEHOLD);
            assertThat(kinds).containsExactlyInAnyOrder(CaseKind.values());
            assertThat(adultSubjectsUnderYouthProbation).as("adult subjects under YOUTH_PROBATION").isGreaterThan(100);
            assertThat(adultMembersUnderYouthProbation).as("adult members under YOUTH_PROBATION").isGreaterThan(100);
        }
    }

    /** The retained roles regie.md defines, computed independently: each considered measure whose holder holds no casusregie. */
    static List<RetainedRole> expectedRetained(RegieFacts f, RegieConfig config, Set<PartnerType> casusregie) {
        List<RetainedRole> out = new ArrayList<>();
        if (!f.identifiedSubject()) {
            return out;
        }
        Map<String, Set<Measure>> persons = new LinkedHashMap<>();
        persons.put("SUBJECT", f.subject().measures());
        if (f.caseKind() == CaseKind.SYSTEEMGERICHT) {
            for (int i = 0; i < f.household().size(); i++) {
                persons.put("household[" + i + "]", f.household().get(i).measures());
            }
        }
        persons.forEach((who, ms) -> {
            for (Measure m : Measure.values()) {
                PartnerType holder = m == Measure.WZD_CARE ? config.wzdCareHolder() : m.holder();
                if (ms.contains(m) && !casusregie.contains(holder)) {
                    out.add(RetainedRole.of(who, m, holder));
                }
            }
        });
        return out;
    }

    @Test
    @DisplayName("property 1: exactly one casusregie outcome (one holder or one dual pair), never none; every rule reached;"
            + " the retained roles exactly those regie.md defines, under the reference and a region's Wzd holder")
    void property1_exactlyOneCasusregie() {
        Sampler s = new Sampler();
        Set<String> rules = new HashSet<>();
        Set<PartnerType> centreHolders = EnumSet.noneOf(PartnerType.class);
        Set<Measure> retained = EnumSet.noneOf(Measure.class);
        Set<PartnerType> wzdHolders = EnumSet.noneOf(PartnerType.class);
        RegieConfig psychogeriatric = RegieConfig.builder().wzdCareHolder(PartnerType.GGZ).build();
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            RegieConfig config = i % 2 == 0 ? RegieConfig.defaults() : psychogeriatric;
            RegieDecision d = Regie.decide(f, config, AS_OF);
            assertThat(d.casusregie()).hasSizeBetween(1, 2);
            assertThat(d.casusRule()).isIn(ALL_CASUS_RULES);
            if (d.casusregie().size() == 2) {
                assertThat(d.casusRule()).isEqualTo("CASUS-VERWARD");
                assertThat(d.casusregie()).containsExactlyInAnyOrder(PartnerType.GGZ, PartnerType.GEMEENTE);
            }
            if (d.casusRule().equals("CASUS-ZWAARTEPUNT")) {
                centreHolders.addAll(d.casusregie());
            }
            // the Wzd holder does not change casusregie, only who holds the Wzd measure
            if (config != RegieConfig.defaults()) {
                RegieDecision reference = Regie.decide(f, AS_OF);
                assertThat(d.casusregie()).isEqualTo(reference.casusregie());
                assertThat(d.casusRule()).isEqualTo(reference.casusRule());
            }
            // retained roles: exactly the considered measures whose holder holds no casusregie
            assertThat(d.retainedStatutoryRoles()).isEqualTo(expectedRetained(f, config, d.casusregie()));
            assertThat(d.wzdCareHolder()).isEqualTo(config.wzdCareHolder());
            for (RetainedRole r : d.retainedStatutoryRoles()) {
                retained.add(r.measure());
                if (r.measure() == Measure.WZD_CARE) {
                    wzdHolders.add(r.holder());
                }
            }
            rules.add(d.casusRule());
        }
        assertThat(rules).isEqualTo(ALL_CASUS_RULES);
        assertThat(centreHolders).containsExactlyInAnyOrder(PartnerType.GEMEENTE, PartnerType.GGZ,
                PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING);
        // every measure but CHILD_PROTECTION is retained somewhere: a considered minor under it always puts casusregie
        // with its own holder, the GI (CASUS-FORCED-YOUTH or REGIE-SYSTEM)
        assertThat(retained).containsExactlyInAnyOrder(Measure.PROBATION_SUPERVISION, Measure.YOUTH_PROBATION,
                Measure.COMPULSORY_CARE, Measure.WZD_CARE);
        assertThat(wzdHolders).containsExactlyInAnyOrder(PartnerType.GEHANDICAPTENZORG, PartnerType.GGZ);
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
        int adultYouthProbation = 0;
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            // rule 1: CHILD_PROTECTION (a minor: on an adult it is refused) or YOUTH_PROBATION at any age (rev. 2)
            boolean youth = f.subject().measures().stream().anyMatch(Measure::isYouthMeasure);
            boolean adult = f.subject().measures().contains(Measure.PROBATION_SUPERVISION);
            if (!f.identifiedSubject() || !(youth || adult)) {
                continue;
            }
            RegieDecision d = Regie.decide(f, AS_OF);
            // REGIE-SYSTEM: a minor of the household (the subject included) under a youth measure
            boolean system = f.caseKind() == CaseKind.SYSTEEMGERICHT
                    && (minorUnderYouthMeasure(f.subject().minor(), f.subject().measures())
                            || f.household().stream().anyMatch(m -> minorUnderYouthMeasure(m.minor(), m.measures())));
            String expected = system ? "REGIE-SYSTEM" : youth ? "CASUS-FORCED-YOUTH" : "CASUS-FORCED-ADULT";
            assertThat(d.casusRule()).isEqualTo(expected);
            if (!f.subject().minor() && f.subject().measures().contains(Measure.YOUTH_PROBATION)) {
                assertThat(d.casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);
                adultYouthProbation++;
            }
            // every theme added leaves the outcome unchanged
            RegieDecision allThemes = Regie.decide(ImmutableRegieFacts.copyOf(f).withThemes(Theme.values()), AS_OF);
            assertThat(allThemes.casusRule()).isEqualTo(d.casusRule());
            assertThat(allThemes.casusregie()).isEqualTo(d.casusregie());
            seen.add(expected);
            forced++;
        }
        assertThat(forced).isGreaterThan(N / 10);
        assertThat(adultYouthProbation).as("adult subjects under YOUTH_PROBATION decided").isGreaterThan(100);
        assertThat(seen).containsExactlyInAnyOrder("REGIE-SYSTEM", "CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT");
        s.assertCoverage();
    }

    private static boolean minorUnderYouthMeasure(boolean minor, Set<Measure> measures) {
        return minor && (measures.contains(Measure.CHILD_PROTECTION) || measures.contains(Measure.YOUTH_PROBATION));
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
    @DisplayName("REGIE-HOUSEHOLD (rev. 2): any valid facts with one member's relation made a social-environment relation"
            + " are refused, naming that member's relation, whatever the case kind")
    void regieHousehold_socialEnvironmentRefused() {
        Sampler s = new Sampler();
        Relation[] social = Stream.of(Relation.values()).filter(r -> !r.isHousehold()).toArray(Relation[]::new);
        Set<Relation> tried = EnumSet.noneOf(Relation.class);
        Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
        int refused = 0;
        for (int i = 0; i < N; i++) {
            RegieFacts f = s.next();
            if (f.household().isEmpty()) {
                continue;
            }
            int k = s.rnd.nextInt(f.household().size());
            Relation r = social[s.rnd.nextInt(social.length)];
            List<HouseholdMember> members = new ArrayList<>(f.household());
            members.set(k, ImmutableHouseholdMember.copyOf(members.get(k)).withRelation(r));
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ImmutableRegieFacts.copyOf(f).withHousehold(members));
            assertThat(t).isInstanceOfSatisfying(io.github.zvhsdk.model.InvalidInputException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("household[" + k + "].relation");
                        assertThat(v.ruleId()).isEqualTo("REGIE-HOUSEHOLD");
                    }));
            tried.add(r);
            kinds.add(f.caseKind());
            refused++;
        }
        assertThat(refused).isGreaterThan(N / 4);
        assertThat(tried).containsExactlyInAnyOrder(social);
        assertThat(kinds).containsExactlyInAnyOrder(CaseKind.values());
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
