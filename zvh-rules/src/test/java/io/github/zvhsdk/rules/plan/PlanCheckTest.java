package io.github.zvhsdk.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The plan of approach check: rules, details, bad input, JSON and explanations")
class PlanCheckTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final Locale NL = Locale.forLanguageTag("nl");

    /** A complete plan (PLN-001's case): one regisseur, both problems covered, parties agreed, an evaluation date. */
    static ImmutablePlanFacts.Builder complete() {
        return PlanFacts.builder().caseKind(CaseKind.PERSOONSGERICHT)
                .lifeDomains(LifeDomainAssessment.of(Map.of(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM,
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC, LifeDomain.FRIENDS, LifeDomainStatus.NO_PROBLEM)))
                .addInvolvedPartners(PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING)
                .addCasusregie(PartnerType.GEMEENTE)
                .addRetainedHolders(PartnerType.RECLASSERING)
                .plan(plan().build());
    }

    static ImmutablePlanOfApproach.Builder plan() {
        return PlanOfApproach.builder().date(LocalDate.of(2025, 6, 1)).addRegisseur(PartnerType.GEMEENTE)
                .addParties(PartnerType.GEMEENTE, PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING)
                .evaluationDate(LocalDate.of(2025, 9, 1))
                .addInterventions(intervention(PartnerType.GEMEENTE, LifeDomain.HOUSING).build(),
                        intervention(PartnerType.VERSLAVINGSZORG, LifeDomain.DRUGS).build());
    }

    static ImmutableIntervention.Builder intervention(PartnerType owner, LifeDomain... domains) {
        return Intervention.builder().owner(owner).addLifeDomains(domains).due(LocalDate.of(2025, 7, 1));
    }

    private static PlanDecision check(PlanFacts f) {
        return PlanCheck.check(f, AS_OF);
    }

    @Test
    @DisplayName("a complete plan is valid, with every rule FALSE")
    void completePlan_isValid() {
        PlanDecision d = check(complete().build());
        assertThat(d.valid()).isTrue();
        assertThat(d.violations()).isEmpty();
        assertThat(d.uncovered()).isEmpty();
        assertThat(d.findings()).isEmpty();
        assertThat(d.rules()).extracting(r -> r.ruleId()).containsExactlyElementsOf(PlanRules.ALL);
        assertThat(d.rules()).allMatch(r -> r.value() == Tri.FALSE);
        assertThat(d.explain(NL)).contains("compleet");
        assertThat(d.explain(Locale.ENGLISH)).contains("complete");
    }

    @Test
    @DisplayName("PLAN-REGISSEUR: the plan names someone other than the casusregie, a finding per partner")
    void planRegisseur() {
        PlanDecision d = check(complete().plan(plan().regisseur(Set.of(PartnerType.VERSLAVINGSZORG)).build()).build());
        assertThat(d.violations()).containsExactly("PLAN-REGISSEUR");
        assertThat(d.findings()).extracting(f -> f.partner().orElseThrow())
                .containsExactly(PartnerType.GEMEENTE, PartnerType.VERSLAVINGSZORG);
        assertThat(d.findings().get(1).en()).contains("names «Addiction care» as casusregisseur");
        assertThat(d.findings().get(0).nl()).contains("«Gemeente» heeft de casusregie");
        // two holders: the plan must name both
        PlanDecision two = check(complete().casusregie(Set.of(PartnerType.GEMEENTE, PartnerType.GECERTIFICEERDE_INSTELLING))
                .plan(plan().addParties(PartnerType.GECERTIFICEERDE_INSTELLING).build()).build());
        assertThat(two.violations()).containsExactly("PLAN-REGISSEUR");
    }

    @Test
    @DisplayName("PLAN-COVERAGE: a problem leefgebied without an intervention is uncovered; UNKNOWN is not required")
    void planCoverage() {
        PlanDecision d = check(complete().plan(plan().interventions(List.of(
                intervention(PartnerType.GEMEENTE, LifeDomain.HOUSING).build())).build()).build());
        assertThat(d.violations()).containsExactly("PLAN-COVERAGE");
        assertThat(d.uncovered()).containsExactly(LifeDomain.DRUGS);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.lifeDomain()).contains(LifeDomain.DRUGS);
            assertThat(f.nl()).contains("druggebruik");
            assertThat(f.en()).contains("drug use");
            assertThat(f.citations()).extracting(Object::toString).containsExactly("SRC-LK2013 §3.2");
        });
        // the status label, itself with parentheses, is quoted rather than nested in parentheses
        PlanDecision problem = check(complete().lifeDomains(LifeDomainAssessment.unknown()
                .with(LifeDomain.HOUSING, LifeDomainStatus.PROBLEM)).plan(plan().interventions(List.of()).build()).build());
        assertThat(problem.findings()).filteredOn(f -> f.lifeDomain().isPresent()).singleElement().satisfies(f -> {
            assertThat(f.nl()).contains("beoordeeld als «probleem (zonder criminogene factor)»").doesNotContain("((");
            assertThat(f.en()).contains("assessed «problem (without criminogenic factor)»").doesNotContain("((");
        });
        // the unassessed leefgebieden (UNKNOWN) need no intervention
        assertThat(check(complete().build()).uncovered()).isEmpty();
    }

    @Test
    @DisplayName("PLAN-OWNER: the house or an uninvolved partner as owner; GEMEENTE is always involved")
    void planOwner() {
        PlanDecision d = check(complete().plan(plan().addInterventions(
                intervention(PartnerType.ZVH).build(), intervention(PartnerType.POLITIE).build()).build())
                .addInvolvedPartners(PartnerType.ZVH).build());
        assertThat(d.violations()).contains("PLAN-OWNER");
        assertThat(d.findings().stream().filter(f -> f.ruleId().equals("PLAN-OWNER")))
                .extracting(f -> f.intervention().orElseThrow()).containsExactly(2, 3);
        assertThat(check(complete().involvedPartners(Set.of(PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING)).build())
                .valid()).isTrue();
    }

    @Test
    @DisplayName("PLAN-PARTIES: an owner, a casusregie holder or a retained holder that did not agree, a finding per partner")
    void planParties() {
        PlanDecision d = check(complete().plan(plan().parties(Set.of(PartnerType.VERSLAVINGSZORG)).build()).build());
        assertThat(d.violations()).containsExactly("PLAN-PARTIES");
        assertThat(d.findings()).extracting(f -> f.partner().orElseThrow())
                .containsExactly(PartnerType.RECLASSERING, PartnerType.GEMEENTE);
        assertThat(d.findings().get(0).en()).contains("holds a statutory role");
        assertThat(d.findings().get(1).en()).contains("holds casusregie and owns plan.interventions[0]");
    }

    @Test
    @DisplayName("PLAN-MONITORING: no evaluation date, or one not after the plan's date")
    void planMonitoring() {
        PlanOfApproach p = plan().build();
        assertThat(check(complete().plan(PlanOfApproach.builder().from(p).evaluationDate(java.util.Optional.empty()).build())
                .build()).violations()).containsExactly("PLAN-MONITORING");
        assertThat(check(complete().plan(plan().evaluationDate(p.date()).build()).build()).violations())
                .containsExactly("PLAN-MONITORING");
        assertThat(check(complete().plan(plan().evaluationDate(p.date().plusDays(1)).build()).build()).valid()).isTrue();
    }

    @Test
    @DisplayName("PLAN-DUE: an intervention due before the plan's date; due on that date is fine")
    void planDue() {
        PlanDecision d = check(complete().plan(plan().addInterventions(
                intervention(PartnerType.GEMEENTE).due(LocalDate.of(2025, 5, 31)).build(),
                intervention(PartnerType.GEMEENTE).due(LocalDate.of(2025, 6, 1)).build()).build()).build());
        assertThat(d.violations()).containsExactly("PLAN-DUE");
        assertThat(d.findings()).singleElement().satisfies(f -> assertThat(f.intervention()).contains(2));
    }

    @Test
    @DisplayName("PLAN-TARGET (rev. 2): a household member in an area or theme case, or beyond the household; a person or system case may address its household")
    void planTarget() {
        ImmutableIntervention.Builder member = intervention(PartnerType.GEMEENTE).target(Target.household(1));
        ImmutablePlanFacts.Builder withMember = complete().plan(plan().addInterventions(member.build()).build());
        // rev. 2 changes this answer: a person-oriented case with a household of two may address household[1] (it was
        // a PLAN-TARGET violation before, when only a system case could address the household)
        for (CaseKind kind : List.of(CaseKind.PERSOONSGERICHT, CaseKind.SYSTEEMGERICHT)) {
            assertThat(check(withMember.caseKind(kind).householdSize(2).build()).valid()).as("%s", kind).isTrue();
            PlanDecision beyond = check(withMember.caseKind(kind).householdSize(1).build());
            assertThat(beyond.violations()).as("%s", kind).containsExactly("PLAN-TARGET");
            assertThat(beyond.findings().get(0).en()).contains("household has no member household[1]");
            // the boundary: household[i] with i = householdSize - 1 exists, i = householdSize does not
            assertThat(check(withMember.caseKind(kind).householdSize(0).build()).violations()).containsExactly("PLAN-TARGET");
        }
        for (CaseKind kind : List.of(CaseKind.GEBIEDSGERICHT, CaseKind.THEMAGEBONDEN)) {
            for (int size : new int[] {0, 1, 2, 5}) {
                PlanDecision d = check(withMember.caseKind(kind).householdSize(size).build());
                assertThat(d.violations()).as("%s %d", kind, size).containsExactly("PLAN-TARGET");
            }
            // the subject itself is always a fine target
            assertThat(check(complete().caseKind(kind).build()).valid()).as("%s", kind).isTrue();
        }
        assertThat(java.util.Arrays.stream(CaseKind.values()).filter(PlanRules::hasHousehold))
                .containsExactlyInAnyOrder(CaseKind.PERSOONSGERICHT, CaseKind.SYSTEEMGERICHT);
    }

    @Test
    @DisplayName("PLAN-TARGET: each reason in the finding's text, in its own language")
    void planTargetReasons() {
        ImmutablePlanFacts.Builder base = complete().plan(plan().addInterventions(intervention(PartnerType.GEMEENTE)
                .target(Target.household(1)).build()).build());
        // an area or theme case has no household: that reason alone, whatever the household size
        PlanFinding area = check(base.caseKind(CaseKind.GEBIEDSGERICHT).householdSize(2).build()).findings().get(0);
        assertThat(area.ruleId()).isEqualTo("PLAN-TARGET");
        assertThat(area.intervention()).contains(2);
        assertThat(area.en()).isEqualTo("Intervention plan.interventions[2] targets household[1], but the case is "
                + CaseKind.GEBIEDSGERICHT.label(Locale.ENGLISH) + " and has no household of its own.");
        assertThat(area.nl()).isEqualTo("Interventie plan.interventions[2] richt zich op household[1], maar de casus is "
                + CaseKind.GEBIEDSGERICHT.label(NL) + " en heeft geen eigen huishouden.");
        PlanFinding theme = check(base.caseKind(CaseKind.THEMAGEBONDEN).householdSize(0).build()).findings().get(0);
        assertThat(theme.en()).endsWith("but the case is theme-bound and has no household of its own.")
                .doesNotContain("no member");
        // a person case, beyond the household: only that reason
        PlanFinding beyond = check(base.caseKind(CaseKind.PERSOONSGERICHT).householdSize(1).build()).findings().get(0);
        assertThat(beyond.en()).isEqualTo("Intervention plan.interventions[2] targets household[1], but the case's household "
                + "has no member household[1].");
        assertThat(beyond.nl()).isEqualTo("Interventie plan.interventions[2] richt zich op household[1], maar het huishouden "
                + "van de casus heeft geen lid household[1].");
    }

    @Test
    @DisplayName("PLAN-CASUSREGIE-ZVH (rev. 2): a casusregie naming ZVH is refused input, alone or beside another holder; every violation at once")
    void casusregieZvh_isRefusedInput() {
        for (Set<PartnerType> holders : List.of(Set.of(PartnerType.ZVH), Set.of(PartnerType.ZVH, PartnerType.GEMEENTE))) {
            assertThatThrownBy(() -> complete().casusregie(holders).build())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> {
                                assertThat(v.field()).isEqualTo("casusregie");
                                assertThat(v.ruleId()).isEqualTo("PLAN-CASUSREGIE-ZVH");
                                assertThat(v.message()).contains("procesregie, never casusregie");
                            }));
        }
        // three holders of which one is ZVH: both rules at once
        assertThatThrownBy(() -> complete().casusregie(Set.of(PartnerType.ZVH, PartnerType.GEMEENTE, PartnerType.GGZ)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::ruleId).containsExactly("MODEL-CASUSREGIE", "PLAN-CASUSREGIE-ZVH"));
        // from JSON, under the JSON path (PLN-009)
        assertThatThrownBy(() -> ZvhJson.read(String.format(BASE, "[\"ZVH\"]", "\"interventions\":[]"), PlanFacts.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("$.casusregie");
                            assertThat(v.ruleId()).isEqualTo("PLAN-CASUSREGIE-ZVH");
                        }));
        // every other partner type may hold casusregie; ZVH may still be named elsewhere (a PLAN-REGISSEUR or PLAN-OWNER
        // violation, not bad input)
        for (PartnerType t : PartnerType.values()) {
            if (t != PartnerType.ZVH) {
                assertThat(complete().casusregie(Set.of(t)).build().casusregie()).containsExactly(t);
            }
        }
        PlanDecision named = check(complete().plan(plan().regisseur(Set.of(PartnerType.ZVH)).build()).build());
        assertThat(named.violations()).containsExactly("PLAN-REGISSEUR");
    }

    @Test
    @DisplayName("a rule result is TRUE exactly for a violated rule; citations are the violated rules' (all rules' when valid)")
    void ruleValuesAndCitations() {
        PlanDecision valid = check(complete().build());
        Set<Citation> all = new LinkedHashSet<>();
        PlanRules.ALL.forEach(r -> all.addAll(PlanRules.citations(r)));
        assertThat(valid.citations()).containsExactlyElementsOf(all);
        PlanDecision invalid = check(complete().plan(plan().parties(Set.of(PartnerType.VERSLAVINGSZORG))
                .evaluationDate(java.util.Optional.empty()).build()).build());
        assertThat(invalid.violations()).containsExactly("PLAN-PARTIES", "PLAN-MONITORING");
        for (RuleResult r : invalid.rules()) {
            assertThat(r.value()).as(r.ruleId()).isEqualTo(Tri.of(invalid.violations().contains(r.ruleId())));
            assertThat(r.citations()).as(r.ruleId()).isEqualTo(PlanRules.citations(r.ruleId()));
        }
        Set<Citation> violated = new LinkedHashSet<>();
        invalid.violations().forEach(r -> violated.addAll(PlanRules.citations(r)));
        assertThat(invalid.citations()).containsExactlyElementsOf(violated);
        assertThat(violated).hasSizeLessThan(all.size());
    }

    @Test
    @DisplayName("the paragraph of a valid plan says so in full; a finding's message is in the locale's language")
    void validParagraphAndFindingLanguage() {
        PlanDecision valid = check(complete().build());
        assertThat(valid.explain(NL)).isEqualTo("Het plan van aanpak is compleet: het voldoet aan alle "
                + PlanRules.ALL.size() + " regels.");
        assertThat(valid.explain(Locale.ENGLISH)).isEqualTo("The plan of approach is complete: it meets all "
                + PlanRules.ALL.size() + " rules.");
        PlanFinding f = check(complete().plan(plan().evaluationDate(java.util.Optional.empty()).build()).build())
                .findings().get(0);
        assertThat(f.nl()).isNotEqualTo(f.en());
        assertThat(f.message(NL)).isEqualTo(f.nl());
        assertThat(f.message(Locale.forLanguageTag("nl-BE"))).isEqualTo(f.nl());
        assertThat(f.message(Locale.ENGLISH)).isEqualTo(f.en());
        assertThat(f.message(Locale.GERMAN)).isEqualTo(f.en());
    }

    @Test
    @DisplayName("PLAN-PARTIES: the English reason names what the partner owns")
    void planPartiesOwnsInEnglish() {
        PlanDecision d = check(complete().plan(plan().parties(Set.of(PartnerType.GEMEENTE, PartnerType.RECLASSERING))
                .build()).build());
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.partner()).contains(PartnerType.VERSLAVINGSZORG);
            assertThat(f.en()).isEqualTo("«" + PartnerType.VERSLAVINGSZORG.labelEn()
                    + "» owns plan.interventions[1], but did not agree to the plan.");
            assertThat(f.nl()).isEqualTo("«" + PartnerType.VERSLAVINGSZORG.labelNl()
                    + "» voert plan.interventions[1] uit, maar heeft niet met het plan ingestemd.");
        });
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a Java null among the interventions is refused naming its position")
    void nullInterventionRefused() {
        assertThatThrownBy(() -> plan().addInterventions((Intervention) null).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("interventions[2]"));
        assertThatThrownBy(() -> PlanOfApproach.builder().date(LocalDate.of(2025, 6, 1))
                .interventions(Arrays.asList(null, intervention(PartnerType.GGZ).build(), null)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("interventions[0]", "interventions[2]"));
    }

    @Test
    @DisplayName("several violations at once, each with its detail (PLN-006's case)")
    void severalViolations() {
        // PLAN-TARGET still holds here under rev. 2: household[0] targets a household of size 0 (the default), not a
        // member a person-oriented case may address
        PlanDecision d = check(complete().plan(plan().interventions(List.of(
                intervention(PartnerType.GEMEENTE, LifeDomain.HOUSING).build(),
                intervention(PartnerType.ZVH, LifeDomain.DRUGS).target(Target.household(0)).due(LocalDate.of(2025, 5, 1))
                        .build())).build()).build());
        assertThat(d.violations()).containsExactly("PLAN-OWNER", "PLAN-PARTIES", "PLAN-DUE", "PLAN-TARGET");
        assertThat(d.findings()).allMatch(f -> f.ruleId().equals("PLAN-PARTIES") ? f.partner().isPresent() : f.intervention().equals(java.util.Optional.of(1)));
        assertThat(d.explain(NL)).contains("niet compleet", "[PLAN-OWNER]", "plan.interventions[1]");
        assertThat(d.explain(Locale.ENGLISH)).contains("not complete", "[PLAN-TARGET]");
        assertThat(d.citations()).extracting(Object::toString).contains("SRC-LK2013 §5.5", "SRC-LK2013 Bijlage I",
                "SRC-LK2013 §3.2", "SRC-LK2013 §3.3");
    }

    @Test
    @DisplayName("fromRegie starts the facts from the regie decision's holders and the assessment")
    void fromRegie_setsTheThreeFacts() {
        LifeDomainAssessment a = LifeDomainAssessment.unknown().with(LifeDomain.DRUGS, LifeDomainStatus.PROBLEM);
        PlanFacts f = PlanFacts.fromRegie(Set.of(PartnerType.GEMEENTE), Set.of(PartnerType.RECLASSERING), a)
                .caseKind(CaseKind.PERSOONSGERICHT).plan(plan().build()).build();
        assertThat(f.casusregie()).containsExactly(PartnerType.GEMEENTE);
        assertThat(f.retainedHolders()).containsExactly(PartnerType.RECLASSERING);
        assertThat(f.lifeDomains()).isEqualTo(a);
        assertThatThrownBy(() -> PlanFacts.fromRegie(null, Set.of(), a)).isInstanceOf(NullPointerException.class);
    }

    private static final String BASE = "{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":%s,\"plan\":{\"date\":\"2025-06-01\",%s}}";

    static Stream<Arguments> badInput() {
        String one = "[\"GEMEENTE\"]";
        String ok = "{\"owner\":\"GGZ\",\"due\":\"2025-07-01\"";
        return Stream.of(
                Arguments.of(String.format(BASE, one, "\"interventions\":[" + ok + ",\"target\":\"household[x]\"}]"),
                        "$.plan.interventions[0].target"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[" + ok + ",\"target\":\"household[01]\"}]"),
                        "$.plan.interventions[0].target"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[" + ok + ",\"target\":\"household[-1]\"}]"),
                        "$.plan.interventions[0].target"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[" + ok + ",\"target\":\"subject\"}]"),
                        "$.plan.interventions[0].target"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[{\"owner\":\"GGZ\",\"due\":\"2025-02-30\"}]"),
                        "$.plan.interventions[0].due"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[],\"evaluationDate\":\"2025-13-01\""),
                        "$.plan.evaluationDate"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"plan\":{\"date\":\"2025-02-29\",\"interventions\":[]}}",
                        "$.plan.date"),
                Arguments.of(String.format(BASE, "[\"GEMEENTE\",\"GGZ\",\"RECLASSERING\"]", "\"interventions\":[]"),
                        "$.casusregie"),
                Arguments.of(String.format(BASE, "[]", "\"interventions\":[]"), "$.casusregie"),
                Arguments.of(String.format(BASE, "[\"ZVH\"]", "\"interventions\":[]"), "$.casusregie"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}",
                        "$.casusregie"),
                Arguments.of(String.format(BASE, one, "\"regisseur\":[\"GEMEENTE\"]"), "$.plan.interventions"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[null]"), "$.plan.interventions[0]"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[{\"due\":\"2025-07-01\"}]"),
                        "$.plan.interventions[0].owner"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[{\"owner\":\"GGZ\"}]"),
                        "$.plan.interventions[0].due"),
                Arguments.of("{\"casusregie\":[\"GEMEENTE\"],\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}",
                        "$.caseKind"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"]}", "$.plan"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"householdSize\":-1,"
                        + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}", "$.householdSize"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"householdSize\":\"2\","
                        + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}", "$.householdSize"),
                Arguments.of("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"householdSize\":2147483648,"
                        + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}", "$.householdSize"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[],\"parties\":[\"GGZ\",null]"), "$.plan.parties[1]"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[],\"author\":\"x\""), "$.plan.author"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    @DisplayName("bad input is refused with the field named")
    void badInput_isRefusedNamingTheField(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(json, PlanFacts.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).contains(field));
    }

    static Stream<Arguments> inexactDatesAndTokens() {
        String one = "[\"GEMEENTE\"]";
        String iv = "\"interventions\":[{\"owner\":\"GEMEENTE\",\"due\":\"%s\"}]";
        return Stream.of(
                Arguments.of(String.format(BASE, one, "\"interventions\":[]").replace("2025-06-01", "2025-06-01T00:00"),
                        "$.plan.date", "JSON-FORMAT"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[],\"evaluationDate\":\"2025-09-01T12:00\""),
                        "$.plan.evaluationDate", "JSON-FORMAT"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[],\"evaluationDate\":\" 2025-09-01\""),
                        "$.plan.evaluationDate", "JSON-FORMAT"),
                Arguments.of(String.format(BASE, one, String.format(iv, "2025-07-01T10:00")),
                        "$.plan.interventions[0].due", "JSON-FORMAT"),
                Arguments.of(String.format(BASE, one, String.format(iv, "2025-07-01 ")),
                        "$.plan.interventions[0].due", "JSON-FORMAT"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[{\"owner\":\"GEMEENTE\",\"due\":[2025,7,1]}]"),
                        "$.plan.interventions[0].due", "JSON-TYPE"),
                Arguments.of(String.format(BASE, "[\"GEMEENTE \"]", "\"interventions\":[]"), "$.casusregie[0]", "JSON-ENUM"),
                Arguments.of(String.format(BASE, one, "\"interventions\":[{\"owner\":\" GGZ\",\"due\":\"2025-07-01\"}]"),
                        "$.plan.interventions[0].owner", "JSON-ENUM"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("inexactDatesAndTokens")
    @DisplayName("PLAN-DUE, PLAN-MONITORING read exact dates: a date-time is not truncated into a date, a padded token is no token")
    void inexactDateOrTokenRefused(String json, String field, String rule) {
        assertThatThrownBy(() -> ZvhJson.read(json, PlanFacts.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.ruleId()).isEqualTo(rule);
                    assertThat(v.field()).isEqualTo(field);
                }));
    }

    @Test
    @DisplayName("a household index that could be a BSN is refused without echoing its digits")
    void target_neverEchoesABsn() {
        assertThatThrownBy(() -> Target.parse("household[111222333]")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("111222333").doesNotContainPattern("[0-9]{8,}"));
        assertThatThrownBy(() -> Target.household(10_000_000)).isInstanceOf(InvalidInputException.class);
        assertThat(Target.parse("household[9999999]").householdIndex()).hasValue(9_999_999);
        assertThat(Target.parse("SUBJECT")).isSameAs(Target.SUBJECT);
        assertThat(Target.household(3)).isEqualTo(Target.parse("household[3]")).hasToString("household[3]");
        assertThat(Target.SUBJECT.householdIndex()).isEmpty();
    }

    @Test
    @DisplayName("PLAN-TARGET: householdSize given as JSON null takes its default, 0 (FORMAT.md), so household[0] does not exist")
    void PLAN_TARGET_householdSizeNullIsZero() {
        PlanFacts f = ZvhJson.read("{\"caseKind\":\"SYSTEEMGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"householdSize\":null,"
                + "\"plan\":{\"date\":\"2025-06-01\",\"regisseur\":[\"GEMEENTE\"],\"parties\":[\"GEMEENTE\"],"
                + "\"evaluationDate\":\"2025-09-01\",\"interventions\":[{\"owner\":\"GEMEENTE\",\"due\":\"2025-07-01\","
                + "\"target\":\"household[0]\"}]}}", PlanFacts.class);
        assertThat(f.householdSize()).isZero();
        assertThat(PlanCheck.check(f, LocalDate.of(2025, 6, 1)).violations()).containsExactly("PLAN-TARGET");
    }

    @Test
    @DisplayName("defaults: absent sets are empty, householdSize is 0, target is SUBJECT, lifeDomains all UNKNOWN")
    void defaults() {
        PlanFacts f = ZvhJson.read("{\"caseKind\":\"SYSTEEMGERICHT\",\"casusregie\":[\"GEMEENTE\"],\"plan\":{\"date\":\"2025-06-01\","
                + "\"interventions\":[{\"owner\":\"GGZ\",\"due\":\"2025-07-01\"}]}}", PlanFacts.class);
        assertThat(f.householdSize()).isZero();
        assertThat(f.involvedPartners()).isEmpty();
        assertThat(f.retainedHolders()).isEmpty();
        assertThat(f.plan().regisseur()).isEmpty();
        assertThat(f.plan().parties()).isEmpty();
        assertThat(f.plan().interventions().get(0).target()).isEqualTo(Target.SUBJECT);
        assertThat(f.plan().interventions().get(0).lifeDomains()).isEmpty();
        assertThat(f.lifeDomains()).isEqualTo(LifeDomainAssessment.unknown());
        PlanFacts empty = ZvhJson.read("{\"caseKind\":\"SYSTEEMGERICHT\",\"casusregie\":[\"GEMEENTE\"],"
                + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}", PlanFacts.class);
        assertThat(empty.plan().interventions()).isEmpty();
    }

    @Test
    @DisplayName("an asOf before 2013-01-01 and null arguments are refused before any work")
    void arguments_areChecked() {
        PlanFacts f = complete().build();
        assertThatThrownBy(() -> PlanCheck.check(f, LocalDate.of(2012, 12, 31))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PlanCheck.check(null, AS_OF)).isInstanceOf(NullPointerException.class).hasMessage("facts");
    }

    @Test
    @DisplayName("facts and decisions round-trip through JSON")
    void json_roundTrips() {
        PlanFacts f = complete().caseKind(CaseKind.SYSTEEMGERICHT).householdSize(2)
                .plan(plan().addInterventions(intervention(PartnerType.ZVH).target(Target.household(4)).build()).build()).build();
        String json = ZvhJson.write(f);
        assertThat(json).contains("\"target\":\"household[4]\"", "\"target\":\"SUBJECT\"");
        assertThat(ZvhJson.read(json, PlanFacts.class)).isEqualTo(f);
        PlanDecision d = check(f);
        assertThat(d.valid()).isFalse();
        String out = ZvhJson.write(d);
        assertThat(out).contains("\"valid\":false", "\"violations\"", "\"uncovered\"", "\"findings\"", "\"asOf\"");
        assertThat(ZvhJson.read(out, PlanDecision.class)).isEqualTo(d);
    }

    @Test
    @DisplayName("PLAN-TARGET-FORM: null is refused naming target; a refused token is cut after 40 characters; targets compare by position")
    void targetForm() {
        assertThatThrownBy(() -> Target.parse(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("target")
                .hasMessageContaining("MODEL-REQUIRED");
        String forty = "x".repeat(40);
        assertThatThrownBy(() -> Target.parse(forty)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"" + forty + "\"").hasMessageNotContaining("…");
        assertThatThrownBy(() -> Target.parse(forty + "y")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"" + forty + "…\"").hasMessageNotContaining(forty + "y");
        assertThat(Target.SUBJECT).isNotEqualTo(Target.household(0)).isNotEqualTo("SUBJECT");
        assertThat(Target.household(0)).isNotEqualTo(Target.household(1));
        // equal targets hash alike, and distinct targets hash apart (a value type, fit for sets and map keys)
        assertThat(Target.parse("household[7]")).hasSameHashCodeAs(Target.household(7));
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        hashes.add(Target.SUBJECT.hashCode());
        for (int i = 0; i < 100; i++) {
            hashes.add(Target.household(i).hashCode());
        }
        assertThat(hashes).hasSize(101);
    }
}
