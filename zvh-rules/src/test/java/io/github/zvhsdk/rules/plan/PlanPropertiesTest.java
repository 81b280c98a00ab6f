package io.github.zvhsdk.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.json.ZvhJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plan properties of casework.md (4, 5) and every PLAN-* rule against an independent reading of its definition,
 * over a seeded sample (SplittableRandom, fixed seed) whose coverage of every rule (violated and held), every case
 * kind, every leefgebied status and every owner is asserted.
 */
@DisplayName("The plan check, over a seeded sample")
class PlanPropertiesTest {
    private static final long SEED = 0x5EED_CA5EL;
    private static final int N = 6_000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final PartnerType[] TYPES = PartnerType.values();
    /** The partner types that may hold casusregie: all but the house's own bureau. */
    private static final PartnerType[] HOLDERS = java.util.Arrays.stream(TYPES).filter(t -> t != PartnerType.ZVH)
            .toArray(PartnerType[]::new);

    private static final List<PlanFacts> SAMPLE = new ArrayList<>();
    private static final Map<PlanFacts, PlanDecision> DECISIONS = new HashMap<>();

    @BeforeAll
    static void draw() {
        SplittableRandom r = new SplittableRandom(SEED);
        for (int i = 0; i < N; i++) {
            PlanFacts f = sample(r);
            SAMPLE.add(f);
            DECISIONS.put(f, PlanCheck.check(f, AS_OF));
        }
    }

    private static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Set<PartnerType> subset(SplittableRandom r, double p) {
        Set<PartnerType> s = EnumSet.noneOf(PartnerType.class);
        for (PartnerType t : TYPES) {
            if (chance(r, p)) {
                s.add(t);
            }
        }
        return s;
    }

    static PlanFacts sample(SplittableRandom r) {
        CaseKind kind = pick(r, CaseKind.values());
        Map<LifeDomain, LifeDomainStatus> ld = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : LifeDomain.values()) {
            ld.put(d, pick(r, LifeDomainStatus.values()));
        }
        LifeDomainAssessment assessment = LifeDomainAssessment.of(ld);
        Set<PartnerType> involved = subset(r, 0.2);
        // never ZVH: a casusregie naming the house is refused input (PLAN-CASUSREGIE-ZVH, rev. 2; PlanCheckTest)
        Set<PartnerType> casusregie = EnumSet.of(pick(r, HOLDERS));
        if (chance(r, 0.3)) {
            casusregie.add(pick(r, HOLDERS));
        }
        Set<PartnerType> retained = subset(r, 0.08);
        int householdSize = r.nextInt(4);
        LocalDate date = AS_OF.plusDays(r.nextInt(-100, 100));

        List<Intervention> interventions = new ArrayList<>();
        List<PartnerType> allowedOwners = new ArrayList<>(involved);
        allowedOwners.remove(PartnerType.ZVH);
        allowedOwners.add(PartnerType.GEMEENTE);
        List<LifeDomain> problems = assessment.where(LifeDomainStatus::isProblem);
        boolean coverAll = chance(r, 0.75);
        int n = r.nextInt(5);
        for (int i = 0; i < n || coverAll && i == n && !problems.isEmpty(); i++) {
            ImmutableIntervention.Builder b = Intervention.builder()
                    .owner(chance(r, 0.9) ? allowedOwners.get(r.nextInt(allowedOwners.size())) : pick(r, TYPES));
            for (LifeDomain d : LifeDomain.values()) {
                if (chance(r, 0.1)) {
                    b.addLifeDomains(d);
                }
            }
            if (coverAll && i == n) {
                b.addAllLifeDomains(problems);
            }
            if (chance(r, 0.15)) {
                b.target(Target.household(r.nextInt(5)));
            }
            b.due(chance(r, 0.93) ? date.plusDays(r.nextInt(0, 120)) : date.minusDays(r.nextInt(1, 30)));
            interventions.add(b.build());
        }
        Set<PartnerType> regisseur = chance(r, 0.85) ? casusregie : subset(r, 0.07);
        Set<PartnerType> parties = EnumSet.noneOf(PartnerType.class);
        if (chance(r, 0.8)) {
            parties.addAll(casusregie);
            parties.addAll(retained);
            interventions.forEach(iv -> parties.add(iv.owner()));
        }
        parties.addAll(subset(r, 0.1));
        ImmutablePlanOfApproach.Builder plan = PlanOfApproach.builder().date(date).regisseur(regisseur).parties(parties)
                .interventions(interventions);
        double e = r.nextDouble();
        if (e < 0.85) {
            plan.evaluationDate(date.plusDays(r.nextInt(1, 200)));
        } else if (e < 0.93) {
            plan.evaluationDate(date.minusDays(r.nextInt(0, 30)));
        }
        return PlanFacts.builder().caseKind(kind).lifeDomains(assessment).involvedPartners(involved)
                .casusregie(casusregie).retainedHolders(retained).householdSize(householdSize).plan(plan.build()).build();
    }

    /** The problem leefgebieden minus the union of the interventions' leefgebieden, read directly from casework.md. */
    private static Set<LifeDomain> expectedUncovered(PlanFacts f) {
        Set<LifeDomain> u = new TreeSet<>();
        for (LifeDomain d : LifeDomain.values()) {
            LifeDomainStatus s = f.lifeDomains().status(d);
            if (s == LifeDomainStatus.PROBLEM || s == LifeDomainStatus.CRIMINOGENIC) {
                u.add(d);
            }
        }
        Set<LifeDomain> union = new TreeSet<>();
        f.plan().interventions().forEach(i -> union.addAll(i.lifeDomains()));
        u.removeAll(union);
        return u;
    }

    /** Each rule's violations by subject (intervention index, partner or leefgebied), read directly from casework.md. */
    private static Map<String, Set<Object>> expectedFindings(PlanFacts f) {
        Map<String, Set<Object>> m = new HashMap<>();
        PlanOfApproach p = f.plan();
        List<Intervention> is = p.interventions();
        Set<Object> regisseur = new LinkedHashSet<>();
        for (PartnerType t : TYPES) {
            if (p.regisseur().contains(t) != f.casusregie().contains(t)) {
                regisseur.add(t);
            }
        }
        m.put("PLAN-REGISSEUR", regisseur);
        m.put("PLAN-COVERAGE", new LinkedHashSet<>(expectedUncovered(f)));
        Set<Object> owner = new LinkedHashSet<>();
        Set<Object> due = new LinkedHashSet<>();
        Set<Object> target = new LinkedHashSet<>();
        Set<PartnerType> mustAgree = EnumSet.noneOf(PartnerType.class);
        mustAgree.addAll(f.casusregie());
        mustAgree.addAll(f.retainedHolders());
        for (int i = 0; i < is.size(); i++) {
            Intervention iv = is.get(i);
            mustAgree.add(iv.owner());
            boolean involved = iv.owner() == PartnerType.GEMEENTE || f.involvedPartners().contains(iv.owner());
            if (iv.owner() == PartnerType.ZVH || !involved) {
                owner.add(i);
            }
            if (iv.due().isBefore(p.date())) {
                due.add(i);
            }
            // rev. 2: a household target is a violation in an area or theme case, or beyond the household
            boolean noHousehold = f.caseKind() == CaseKind.GEBIEDSGERICHT || f.caseKind() == CaseKind.THEMAGEBONDEN;
            if (iv.target().householdIndex().isPresent()
                    && (noHousehold || iv.target().householdIndex().getAsInt() >= f.householdSize())) {
                target.add(i);
            }
        }
        mustAgree.removeAll(p.parties());
        m.put("PLAN-OWNER", owner);
        m.put("PLAN-PARTIES", new LinkedHashSet<>(mustAgree));
        m.put("PLAN-MONITORING", p.evaluationDate().map(e -> e.isAfter(p.date())).orElse(false) ? Set.of() : Set.of("plan"));
        m.put("PLAN-DUE", due);
        m.put("PLAN-TARGET", target);
        return m;
    }

    private static Object subjectOf(PlanFinding x) {
        if (x.ruleId().equals("PLAN-MONITORING")) {
            return "plan";
        }
        if (x.intervention().isPresent()) {
            return x.intervention().get();
        }
        if (x.lifeDomain().isPresent()) {
            return x.lifeDomain().get();
        }
        return x.partner().orElseThrow();
    }

    @Test
    @DisplayName("every PLAN-* rule matches its definition, with one detail per violation; every rule fires and holds in the sample")
    void planRules_matchTheirDefinitions() {
        Map<String, Integer> fired = new HashMap<>();
        Map<String, Integer> held = new HashMap<>();
        for (PlanFacts f : SAMPLE) {
            PlanDecision d = DECISIONS.get(f);
            Map<String, Set<Object>> expected = expectedFindings(f);
            List<String> violated = PlanRules.ALL.stream().filter(id -> !expected.get(id).isEmpty()).toList();
            assertThat(d.violations()).as("%s", f).isEqualTo(violated);
            assertThat(d.valid()).isEqualTo(violated.isEmpty());
            for (String id : PlanRules.ALL) {
                List<Object> got = d.findings().stream().filter(x -> x.ruleId().equals(id)).map(PlanPropertiesTest::subjectOf)
                        .toList();
                assertThat(got).as("%s %s", id, f).containsExactlyInAnyOrderElementsOf(expected.get(id));
                (expected.get(id).isEmpty() ? held : fired).merge(id, 1, Integer::sum);
            }
            assertThat(d.findings()).allSatisfy(x -> {
                assertThat(x.citations()).isNotEmpty();
                assertThat(x.nl()).isNotBlank().isNotEqualTo(x.en());
                assertThat(x.en()).isNotBlank().doesNotContainPattern("[0-9]{8,}");
            });
        }
        for (String id : PlanRules.ALL) {
            assertThat(fired.getOrDefault(id, 0)).as("%s fired", id).isGreaterThan(100);
            assertThat(held.getOrDefault(id, 0)).as("%s held", id).isGreaterThan(100);
        }
    }

    @Test
    @DisplayName("the sample draws every case kind, leefgebied status, owner and both kinds of target")
    void sample_coversEveryValue() {
        Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
        Set<LifeDomainStatus> statuses = EnumSet.noneOf(LifeDomainStatus.class);
        Set<PartnerType> owners = EnumSet.noneOf(PartnerType.class);
        Set<Boolean> subjectTargets = new java.util.HashSet<>();
        for (PlanFacts f : SAMPLE) {
            kinds.add(f.caseKind());
            for (LifeDomain d : LifeDomain.values()) {
                statuses.add(f.lifeDomains().status(d));
            }
            f.plan().interventions().forEach(i -> {
                owners.add(i.owner());
                subjectTargets.add(i.target().isSubject());
            });
        }
        assertThat(kinds).containsExactlyInAnyOrder(CaseKind.values());
        assertThat(statuses).containsExactlyInAnyOrder(LifeDomainStatus.values());
        assertThat(owners).containsExactlyInAnyOrder(PartnerType.values());
        assertThat(subjectTargets).containsExactlyInAnyOrder(true, false);
        assertThat(SAMPLE.stream().filter(f -> f.plan().interventions().isEmpty()).count()).isPositive();
        assertThat(SAMPLE.stream().filter(f -> f.casusregie().size() == 2).count()).isPositive();
        // PLAN-TARGET (rev. 2): per case kind, household targets inside and beyond the household are drawn
        Map<CaseKind, Set<Boolean>> inside = new EnumMap<>(CaseKind.class);
        for (PlanFacts f : SAMPLE) {
            f.plan().interventions().forEach(i -> i.target().householdIndex().ifPresent(ix -> inside
                    .computeIfAbsent(f.caseKind(), k -> new java.util.HashSet<>()).add(ix < f.householdSize())));
        }
        for (CaseKind k : CaseKind.values()) {
            assertThat(inside.get(k)).as("%s", k).containsExactlyInAnyOrder(true, false);
        }
        assertThat(SAMPLE.stream().filter(f -> f.plan().regisseur().contains(PartnerType.ZVH)).count())
                .as("ZVH named as regisseur (not as casusregie)").isPositive();
    }

    @Test
    @DisplayName("4. Coverage is exact: uncovered = problem leefgebieden minus the interventions'; adding an intervention never adds a PLAN-COVERAGE violation")
    void property4_coverageIsExact() {
        SplittableRandom r = new SplittableRandom(SEED + 4);
        int couldAdd = 0;
        for (PlanFacts f : SAMPLE) {
            PlanDecision d = DECISIONS.get(f);
            assertThat(d.uncovered()).as("%s", f).containsExactlyInAnyOrderElementsOf(expectedUncovered(f));
            assertThat(d.violations().contains("PLAN-COVERAGE")).isEqualTo(!d.uncovered().isEmpty());
            // add one intervention, arbitrary in every respect
            ImmutableIntervention.Builder b = Intervention.builder().owner(pick(r, TYPES))
                    .due(f.plan().date().plusDays(r.nextInt(-30, 30)));
            if (chance(r, 0.5)) {
                b.addLifeDomains(pick(r, LifeDomain.values()));
            }
            if (chance(r, 0.3)) {
                b.target(Target.household(r.nextInt(5)));
            }
            Intervention extra = b.build();
            PlanFacts more = PlanFacts.builder().from(f)
                    .plan(PlanOfApproach.builder().from(f.plan()).addInterventions(extra).build()).build();
            PlanDecision after = PlanCheck.check(more, AS_OF);
            assertThat(d.uncovered()).as("%s + %s", f, extra).containsAll(after.uncovered());
            if (!d.violations().contains("PLAN-COVERAGE")) {
                assertThat(after.violations()).doesNotContain("PLAN-COVERAGE");
            } else {
                couldAdd++;
            }
        }
        assertThat(couldAdd).isGreaterThan(100);
    }

    @Test
    @DisplayName("5. One regisseur: a valid plan names exactly the casusregie of regie.md")
    void property5_oneRegisseur() {
        int valid = 0;
        for (PlanFacts f : SAMPLE) {
            if (DECISIONS.get(f).valid()) {
                valid++;
                assertThat(f.plan().regisseur()).as("%s", f).isEqualTo(f.casusregie());
            }
        }
        assertThat(valid).as("valid plans in the sample").isGreaterThan(200);
        // and a plan that names anyone else is never valid
        assertThat(SAMPLE.stream().filter(f -> !f.plan().regisseur().equals(f.casusregie()))
                .noneMatch(f -> DECISIONS.get(f).valid())).isTrue();
    }

    @Test
    @DisplayName("facts and decisions of the sample round-trip through JSON")
    void sample_roundTripsThroughJson() {
        for (PlanFacts f : SAMPLE.subList(0, 300)) {
            assertThat(ZvhJson.read(ZvhJson.write(f), PlanFacts.class)).isEqualTo(f);
            PlanDecision d = DECISIONS.get(f);
            assertThat(ZvhJson.read(ZvhJson.write(d), PlanDecision.class)).isEqualTo(d);
        }
    }
}
