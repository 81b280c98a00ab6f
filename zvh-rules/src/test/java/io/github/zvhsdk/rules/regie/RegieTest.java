package io.github.zvhsdk.rules.regie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Regie: samenwerking, procesregie, casusregie, retained roles")
class RegieTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private static ImmutableRegieFacts.Builder person() {
        return RegieFacts.builder().phase(3).venue(Venue.ZVH).caseKind(CaseKind.PERSOONSGERICHT);
    }

    private static RegieDecision decide(RegieFacts f) {
        return Regie.decide(f, AS_OF);
    }

    private static RegieSubject subject(boolean minor, Measure... measures) {
        return RegieSubject.builder().minor(minor).measures(Set.of(measures)).build();
    }

    @Test
    @DisplayName("REGIE-SAMENWERKING: always the municipality")
    void regieSamenwerking() {
        RegieDecision d = decide(person().build());
        assertThat(d.regieOpSamenwerking()).isEqualTo(PartnerType.GEMEENTE);
        assertThat(d.regieOpSamenwerkingRule()).isEqualTo("REGIE-SAMENWERKING");
        assertThat(d.rules().get(0).ruleId()).isEqualTo("REGIE-SAMENWERKING");
    }

    @Test
    @DisplayName("REGIE-PROCES: none below phase 3, the municipality locally, the house at the house")
    void regieProces() {
        for (int phase = 1; phase <= 4; phase++) {
            for (Venue v : Venue.values()) {
                Procesregie expected = phase <= 2 ? Procesregie.NONE
                        : v == Venue.ZVH ? Procesregie.ZVH : Procesregie.GEMEENTE;
                RegieDecision d = decide(person().phase(phase).venue(v).build());
                assertThat(d.procesregie()).isEqualTo(expected);
                assertThat(d.procesregieRule()).isEqualTo("REGIE-PROCES");
            }
        }
    }

    static Stream<Arguments> casusRules() {
        return Stream.of(
                Arguments.of(person().subject(subject(true, Measure.CHILD_PROTECTION))
                        .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build(), "CASUS-FORCED-YOUTH",
                        Set.of(PartnerType.GECERTIFICEERDE_INSTELLING)),
                Arguments.of(person().subject(subject(true, Measure.YOUTH_PROBATION, Measure.PROBATION_SUPERVISION))
                        .build(), "CASUS-FORCED-YOUTH", Set.of(PartnerType.GECERTIFICEERDE_INSTELLING)),
                Arguments.of(person().subject(subject(false, Measure.PROBATION_SUPERVISION))
                        .addThemes(Theme.RADICALISERING_EXTREMISME).build(), "CASUS-FORCED-ADULT",
                        Set.of(PartnerType.RECLASSERING)),
                Arguments.of(person().addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO, Theme.HUISELIJK_GEWELD).build(),
                        "CASUS-VERWARD", Set.of(PartnerType.GGZ, PartnerType.GEMEENTE)),
                Arguments.of(person().addThemes(Theme.RADICALISERING_EXTREMISME, Theme.EX_JUSTITIABELE_HOOG_RISICO)
                        .build(), "CASUS-RADICALISERING", Set.of(PartnerType.GEMEENTE)),
                Arguments.of(person().addThemes(Theme.EX_JUSTITIABELE_HOOG_RISICO).addInvolvedPartners(
                        PartnerType.RECLASSERING).build(), "CASUS-EX-JUSTITIABELE", Set.of(PartnerType.GEMEENTE)),
                Arguments.of(person().addThemes(Theme.HUISELIJK_GEWELD).addInvolvedPartners(PartnerType.VEILIG_THUIS)
                        .build(), "CASUS-HUISELIJK-GEWELD", Set.of(PartnerType.GEMEENTE)),
                // rev. 2: youth probation of a young adult (adolescentenstrafrecht) is CASUS-FORCED-YOUTH at any age
                Arguments.of(person().subject(subject(false, Measure.YOUTH_PROBATION, Measure.PROBATION_SUPERVISION))
                        .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build(), "CASUS-FORCED-YOUTH",
                        Set.of(PartnerType.GECERTIFICEERDE_INSTELLING)),
                // compulsory care is no rule-1/2 measure: the centre of gravity decides
                Arguments.of(person().subject(subject(false, Measure.COMPULSORY_CARE)).addThemes(Theme.JEUGD).build(),
                        "CASUS-ZWAARTEPUNT", Set.of(PartnerType.GEMEENTE)),
                // nor is the Wzd measure (rev. 2)
                Arguments.of(person().subject(subject(false, Measure.WZD_CARE)).addThemes(Theme.JEUGD).build(),
                        "CASUS-ZWAARTEPUNT", Set.of(PartnerType.GEMEENTE)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("casusRules")
    @DisplayName("REGIE-CASUS: the first rule that applies decides")
    void regieCasus(RegieFacts f, String rule, Set<PartnerType> holders) {
        RegieDecision d = decide(f);
        assertThat(d.casusRule()).isEqualTo(rule);
        assertThat(d.casusregie()).isEqualTo(holders);
        assertThat(d.policy()).isEqualTo("REGIE-CASUS-REFERENCE");
        // the trace ends with the deciding rule, every earlier policy rule did not apply
        List<RuleResult> casus = d.rules().subList(2, d.rules().size());
        assertThat(casus.get(casus.size() - 1).ruleId()).isEqualTo(rule);
        assertThat(casus.subList(0, casus.size() - 1)).allSatisfy(r -> assertThat(r.value().isFalse()).isTrue());
        assertThat(d.citations()).isNotEmpty();
    }

    private static LifeDomainAssessment problems(LifeDomain... ds) {
        LifeDomainAssessment a = LifeDomainAssessment.unknown();
        for (int i = 0; i < ds.length; i++) {
            a = a.with(ds[i], i % 2 == 0 ? LifeDomainStatus.PROBLEM : LifeDomainStatus.CRIMINOGENIC);
        }
        return a;
    }

    @Test
    @DisplayName("CASUS-ZWAARTEPUNT: most problem leefgebieden, expert only when involved, ties in order GEMEENTE, GGZ, VERSLAVINGSZORG, RECLASSERING")
    void casusZwaartepunt() {
        // no problem known: GEMEENTE
        assertThat(decide(person().addInvolvedPartners(PartnerType.GGZ).build()).casusregie())
                .containsExactly(PartnerType.GEMEENTE);
        // two addiction leefgebieden with verslavingszorg involved beat one municipal
        assertThat(decide(person().addInvolvedPartners(PartnerType.VERSLAVINGSZORG)
                .lifeDomains(problems(LifeDomain.DRUGS, LifeDomain.ALCOHOL, LifeDomain.HOUSING)).build()).casusregie())
                .containsExactly(PartnerType.VERSLAVINGSZORG);
        // the same without verslavingszorg involved: they count for GEMEENTE
        assertThat(decide(person().lifeDomains(problems(LifeDomain.DRUGS, LifeDomain.ALCOHOL)).build()).casusregie())
                .containsExactly(PartnerType.GEMEENTE);
        // ties: GGZ before VERSLAVINGSZORG before RECLASSERING, GEMEENTE first of all
        RegieFacts tie = person().addInvolvedPartners(PartnerType.GGZ, PartnerType.VERSLAVINGSZORG,
                PartnerType.RECLASSERING).lifeDomains(problems(LifeDomain.DRUGS, LifeDomain.EMOTIONAL_WELLBEING,
                LifeDomain.ATTITUDE)).build();
        assertThat(decide(tie).casusregie()).containsExactly(PartnerType.GGZ);
        RegieFacts tie2 = person().addInvolvedPartners(PartnerType.VERSLAVINGSZORG, PartnerType.RECLASSERING)
                .lifeDomains(problems(LifeDomain.OFFENCE_HISTORY, LifeDomain.DRUGS)).build();
        assertThat(decide(tie2).casusregie()).containsExactly(PartnerType.VERSLAVINGSZORG);
        RegieFacts tie3 = person().addInvolvedPartners(PartnerType.GGZ)
                .lifeDomains(problems(LifeDomain.HOUSING, LifeDomain.THINKING_BEHAVIOUR)).build();
        assertThat(decide(tie3).casusregie()).containsExactly(PartnerType.GEMEENTE);
        RegieFacts reclassering = person().addInvolvedPartners(PartnerType.RECLASSERING)
                .lifeDomains(problems(LifeDomain.OFFENCE_HISTORY, LifeDomain.CURRENT_OFFENCE, LifeDomain.HOUSING)).build();
        assertThat(decide(reclassering).casusregie()).containsExactly(PartnerType.RECLASSERING);
        // NO_PROBLEM does not count
        RegieFacts none = person().addInvolvedPartners(PartnerType.GGZ).lifeDomains(LifeDomainAssessment.unknown()
                .with(LifeDomain.EMOTIONAL_WELLBEING, LifeDomainStatus.NO_PROBLEM)).build();
        assertThat(decide(none).casusregie()).containsExactly(PartnerType.GEMEENTE);
    }

    @Test
    @DisplayName("CASUS-AREA: area and theme cases without a subject go to the municipality; with a subject the subject's rules apply")
    void casusArea() {
        for (CaseKind k : List.of(CaseKind.GEBIEDSGERICHT, CaseKind.THEMAGEBONDEN)) {
            RegieDecision d = decide(RegieFacts.builder().phase(4).venue(Venue.ZVH).caseKind(k).identifiedSubject(false)
                    .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
            assertThat(d.casusRule()).isEqualTo("CASUS-AREA");
            assertThat(d.casusregie()).containsExactly(PartnerType.GEMEENTE);
            assertThat(d.retainedStatutoryRoles()).isEmpty();
            RegieDecision withSubject = decide(RegieFacts.builder().phase(4).venue(Venue.ZVH).caseKind(k)
                    .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
            assertThat(withSubject.casusRule()).isEqualTo("CASUS-VERWARD");
        }
    }

    private static HouseholdMember member(Relation r, boolean minor, Measure... measures) {
        return HouseholdMember.builder().relation(r).minor(minor).measures(Set.of(measures)).build();
    }

    @Test
    @DisplayName("REGIE-SYSTEM: a minor under a youth measure puts the household with the GI; otherwise the subject's rules")
    void regieSystem() {
        ImmutableRegieFacts.Builder system = RegieFacts.builder().phase(3).venue(Venue.ZVH)
                .caseKind(CaseKind.SYSTEEMGERICHT);
        RegieDecision d = decide(system.subject(subject(false, Measure.PROBATION_SUPERVISION))
                .addThemes(Theme.HUISELIJK_GEWELD)
                .addHousehold(member(Relation.CHILD, true, Measure.CHILD_PROTECTION), member(Relation.PARTNER, false))
                .build());
        assertThat(d.casusRule()).isEqualTo("REGIE-SYSTEM");
        assertThat(d.casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);
        assertThat(d.retainedStatutoryRoles()).containsExactly(RetainedRole.of("SUBJECT", Measure.PROBATION_SUPERVISION));
        // the subject included: a minor subject under youth probation in a system case
        RegieDecision own = decide(RegieFacts.builder().phase(3).venue(Venue.ZVH).caseKind(CaseKind.SYSTEEMGERICHT)
                .subject(subject(true, Measure.YOUTH_PROBATION)).build());
        assertThat(own.casusRule()).isEqualTo("REGIE-SYSTEM");
        // no youth measure: the subject's rules, the father's probation retained
        RegieDecision subjects = decide(RegieFacts.builder().phase(3).venue(Venue.LOCAL)
                .caseKind(CaseKind.SYSTEEMGERICHT).addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO)
                .addHousehold(member(Relation.PARENT, false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE))
                .build());
        assertThat(subjects.casusRule()).isEqualTo("CASUS-VERWARD");
        assertThat(subjects.retainedStatutoryRoles())
                .containsExactly(RetainedRole.of("household[0]", Measure.PROBATION_SUPERVISION));
        assertThat(subjects.rules()).extracting(RuleResult::ruleId).contains("REGIE-SYSTEM");
    }

    @Test
    @DisplayName("REGIE-SYSTEM (rev. 2): only a minor under a youth measure triggers it; an adult's YOUTH_PROBATION is a retained role")
    void regieSystem_onlyMinorsUnderAYouthMeasure() {
        ImmutableRegieFacts.Builder system = RegieFacts.builder().phase(3).venue(Venue.ZVH)
                .caseKind(CaseKind.SYSTEEMGERICHT).addThemes(Theme.HUISELIJK_GEWELD);
        // an adult brother under youth probation (adolescentenstrafrecht): the subject's own rules decide
        RegieDecision adult = decide(RegieFacts.builder().from(system.build())
                .addHousehold(member(Relation.SIBLING, false, Measure.YOUTH_PROBATION)).build());
        assertThat(adult.casusRule()).isEqualTo("CASUS-HUISELIJK-GEWELD");
        assertThat(adult.casusregie()).containsExactly(PartnerType.GEMEENTE);
        assertThat(adult.rules()).filteredOn(r -> r.ruleId().equals("REGIE-SYSTEM")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(Tri.FALSE));
        assertThat(adult.retainedStatutoryRoles())
                .containsExactly(RetainedRole.of("household[0]", Measure.YOUTH_PROBATION));
        assertThat(adult.retainedStatutoryRoles().get(0).holder()).isEqualTo(PartnerType.GECERTIFICEERDE_INSTELLING);
        // the same brother as a minor: the household goes to the GI, his measure is no retained role
        RegieDecision minor = decide(RegieFacts.builder().from(system.build())
                .addHousehold(member(Relation.SIBLING, true, Measure.YOUTH_PROBATION)).build());
        assertThat(minor.casusRule()).isEqualTo("REGIE-SYSTEM");
        assertThat(minor.casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);
        assertThat(minor.retainedStatutoryRoles()).isEmpty();
        // an adult subject under youth probation: not REGIE-SYSTEM, but the subject's own CASUS-FORCED-YOUTH
        RegieDecision subject = decide(RegieFacts.builder().from(system.build())
                .subject(subject(false, Measure.YOUTH_PROBATION)).build());
        assertThat(subject.casusRule()).isEqualTo("CASUS-FORCED-YOUTH");
        assertThat(subject.casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);
        assertThat(subject.rules()).filteredOn(r -> r.ruleId().equals("REGIE-SYSTEM")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(Tri.FALSE));
        RegieDecision minorSubject = decide(RegieFacts.builder().from(system.build())
                .subject(subject(true, Measure.YOUTH_PROBATION)).build());
        assertThat(minorSubject.casusRule()).isEqualTo("REGIE-SYSTEM");
        // a minor under child protection beside the adult under youth probation: the GI holds both
        RegieDecision both = decide(RegieFacts.builder().from(system.build())
                .addHousehold(member(Relation.SIBLING, false, Measure.YOUTH_PROBATION),
                        member(Relation.CHILD, true, Measure.CHILD_PROTECTION)).build());
        assertThat(both.casusRule()).isEqualTo("REGIE-SYSTEM");
        assertThat(both.retainedStatutoryRoles()).isEmpty();
        // a minor under a measure that is no youth measure does not trigger it either
        RegieDecision care = decide(RegieFacts.builder().from(system.build())
                .addHousehold(member(Relation.CHILD, true, Measure.COMPULSORY_CARE, Measure.WZD_CARE,
                        Measure.PROBATION_SUPERVISION)).build());
        assertThat(care.casusRule()).isEqualTo("CASUS-HUISELIJK-GEWELD");
        assertThat(care.retainedStatutoryRoles()).extracting(RetainedRole::measure).containsExactly(
                Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE, Measure.WZD_CARE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Relation.class)
    @DisplayName("REGIE-HOUSEHOLD (rev. 2): the six household relations are household; a member with another relation is"
            + " refused, naming household[i].relation, in every case kind")
    void regieHousehold(Relation r) {
        for (CaseKind k : CaseKind.values()) {
            for (boolean identified : List.of(true, false)) {
                boolean area = k == CaseKind.GEBIEDSGERICHT || k == CaseKind.THEMAGEBONDEN;
                if (!identified && !area) {
                    continue; // refused for REGIE-SUBJECT
                }
                ImmutableRegieFacts.Builder b = RegieFacts.builder().phase(3).venue(Venue.ZVH).caseKind(k)
                        .identifiedSubject(identified)
                        .addHousehold(member(Relation.PARTNER, false), member(r, true, Measure.CHILD_PROTECTION));
                if (r.isHousehold()) {
                    RegieDecision d = decide(b.build());
                    assertThat(d.casusRule()).as("%s %s", k, identified).isEqualTo(!identified ? "CASUS-AREA"
                            : k == CaseKind.SYSTEEMGERICHT ? "REGIE-SYSTEM" : "CASUS-ZWAARTEPUNT");
                } else {
                    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);
                    assertThat(e).as("%s %s %s", r, k, identified).isNotNull();
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("household[1].relation");
                        assertThat(v.ruleId()).isEqualTo("REGIE-HOUSEHOLD");
                        assertThat(v.message()).isEqualTo(r.name() + " is not a household relation (PARTNER, EX_PARTNER,"
                                + " PARENT, CHILD, SIBLING, OTHER_HOUSEHOLD_MEMBER): a person of the social environment is"
                                + " no household member");
                    });
                }
            }
        }
    }

    @Test
    @DisplayName("REGIE-HOUSEHOLD (rev. 2): a friend under a protection order in a system case is refused through JSON,"
            + " never made the household's reason for the GI (REG-009)")
    void regieHousehold_json() {
        String json = "{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\",\"subject\":{\"minor\":false},"
                + "\"household\":[{\"relation\":\"NEIGHBOURHOOD\"},{\"relation\":\"CHILD\",\"minor\":true},"
                + "{\"relation\":\"FRIEND\",\"minor\":false,\"measures\":[\"CHILD_PROTECTION\"]}]}";
        assertThatThrownBy(() -> ZvhJson.read(json, RegieFacts.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::ruleId).containsExactly(
                        tuple("$.household[0].relation", "REGIE-HOUSEHOLD"),
                        tuple("$.household[2].relation", "REGIE-HOUSEHOLD"),
                        tuple("$.household[2].measures", "REGIE-YOUTH-MEASURE")));
    }

    @Test
    @DisplayName("WZD_CARE (rev. 2): held by GEHANDICAPTENZORG by default; a region configures another Wzd care provider;"
            + " any other holder is refused (REGIE-WZD-HOLDER)")
    void wzdCareHolder() {
        RegieFacts f = person().subject(subject(false, Measure.WZD_CARE, Measure.COMPULSORY_CARE)).build();
        RegieDecision d = decide(f);
        assertThat(d.casusRule()).isEqualTo("CASUS-ZWAARTEPUNT");
        assertThat(d.retainedStatutoryRoles()).containsExactly(RetainedRole.of("SUBJECT", Measure.COMPULSORY_CARE),
                RetainedRole.of("SUBJECT", Measure.WZD_CARE));
        assertThat(d.retainedStatutoryRoles()).extracting(RetainedRole::holder)
                .containsExactly(PartnerType.GGZ, PartnerType.GEHANDICAPTENZORG);
        assertThat(d.wzdCareHolder()).isEqualTo(PartnerType.GEHANDICAPTENZORG);
        assertThat(RegieConfig.defaults().wzdCareHolder()).isEqualTo(PartnerType.GEHANDICAPTENZORG);
        // a region whose Wzd cases are mostly psychogeriatric: GGZ holds the measure
        RegieConfig ggz = RegieConfig.builder().wzdCareHolder(PartnerType.GGZ).build();
        RegieDecision g = Regie.decide(f, ggz, AS_OF);
        assertThat(g.casusregie()).isEqualTo(d.casusregie());
        assertThat(g.retainedStatutoryRoles()).extracting(RetainedRole::measure, RetainedRole::holder).containsExactly(
                tuple(Measure.COMPULSORY_CARE, PartnerType.GGZ), tuple(Measure.WZD_CARE, PartnerType.GGZ));
        assertThat(g.wzdCareHolder()).isEqualTo(PartnerType.GGZ);
        assertThat(g.policy()).isEqualTo(d.policy());
        // with GGZ sharing casusregie (CASUS-VERWARD) the measure is retained only when another partner holds it
        RegieFacts verward = person().subject(subject(false, Measure.WZD_CARE))
                .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build();
        assertThat(decide(verward).retainedStatutoryRoles()).containsExactly(RetainedRole.of("SUBJECT", Measure.WZD_CARE));
        assertThat(Regie.decide(verward, ggz, AS_OF).retainedStatutoryRoles()).isEmpty();
        // the holder of every measure under a configuration
        for (Measure m : Measure.values()) {
            assertThat(RegieConfig.defaults().holder(m)).isEqualTo(m.holder());
            assertThat(ggz.holder(m)).isEqualTo(m == Measure.WZD_CARE ? PartnerType.GGZ : m.holder());
        }
        assertThatThrownBy(() -> ggz.holder(null)).isInstanceOf(NullPointerException.class).hasMessage("measure");
        // the Wzd care providers, and no other partner type
        assertThat(RegieConfig.WZD_CARE_HOLDERS).containsExactlyInAnyOrder(PartnerType.GEHANDICAPTENZORG,
                PartnerType.GGZ, PartnerType.OTHER);
        for (PartnerType p : PartnerType.values()) {
            if (RegieConfig.WZD_CARE_HOLDERS.contains(p)) {
                assertThat(RegieConfig.builder().wzdCareHolder(p).build().wzdCareHolder()).isEqualTo(p);
                assertThat(RetainedRole.of("SUBJECT", Measure.WZD_CARE, p).holder()).isEqualTo(p);
            } else {
                Throwable t = catchThrowable(() -> RegieConfig.builder().wzdCareHolder(p).build());
                assertThat(fields(t)).as(p.name()).containsExactly("wzdCareHolder");
                assertThat(((InvalidInputException) t).violations().get(0).ruleId()).isEqualTo("REGIE-WZD-HOLDER");
                assertThat(t).hasMessageContaining(p.name() + " is no Wzd care provider");
                assertThat(fields(catchThrowable(() -> RetainedRole.of("SUBJECT", Measure.WZD_CARE, p))))
                        .as(p.name()).containsExactly("holder");
            }
        }
        // JSON: read strictly, written, read back
        assertThat(ZvhJson.read("{\"wzdCareHolder\":\"GGZ\"}", RegieConfig.class)).isEqualTo(ggz);
        assertThat(ZvhJson.read(ZvhJson.write(ggz), RegieConfig.class)).isEqualTo(ggz);
        assertThatThrownBy(() -> ZvhJson.read("{\"wzdCareHolder\":\"POLITIE\"}", RegieConfig.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::ruleId)
                        .containsExactly(tuple("$.wzdCareHolder", "REGIE-WZD-HOLDER")));
        assertThat(ZvhJson.write(g)).contains("\"wzdCareHolder\":\"GGZ\"");
        assertThat(ZvhJson.read(ZvhJson.write(g), RegieDecision.class)).isEqualTo(g);
    }

    @Test
    @DisplayName("retained statutory roles: every measure whose holder holds no casusregie; household only in system cases")
    void retainedRoles() {
        RegieDecision d = decide(person().subject(subject(false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE))
                .addHousehold(member(Relation.CHILD, true, Measure.CHILD_PROTECTION)).build());
        assertThat(d.casusregie()).containsExactly(PartnerType.RECLASSERING);
        assertThat(d.retainedStatutoryRoles()).containsExactly(RetainedRole.of("SUBJECT", Measure.COMPULSORY_CARE));
        assertThat(d.retainedStatutoryRoles().get(0).holder()).isEqualTo(PartnerType.GGZ);
        RegieDecision dual = decide(person().subject(subject(false, Measure.COMPULSORY_CARE))
                .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
        assertThat(dual.retainedStatutoryRoles()).isEmpty();
        assertThatThrownBy(() -> ImmutableRetainedRole.builder().who("SUBJECT").measure(Measure.COMPULSORY_CARE)
                .holder(PartnerType.RECLASSERING).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetainedRole.of("father", Measure.COMPULSORY_CARE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("who");
    }

    @Test
    @DisplayName("citations: the trace's, in order, plus LK2013 §3.1 and §5.5.2 exactly when a statutory role is retained")
    void citationsFollowTheTrace() {
        RegieDecision retained = decide(person()
                .subject(subject(false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE)).build());
        RegieDecision none = decide(person().subject(subject(false, Measure.COMPULSORY_CARE))
                .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
        assertThat(retained.retainedStatutoryRoles()).isNotEmpty();
        assertThat(none.retainedStatutoryRoles()).isEmpty();
        for (RegieDecision d : List.of(retained, none, decide(person().build()))) {
            Set<Citation> expected = new LinkedHashSet<>();
            d.rules().forEach(r -> expected.addAll(r.citations()));
            if (!d.retainedStatutoryRoles().isEmpty()) {
                expected.addAll(Regie.RETAINED_CITATIONS);
            }
            assertThat(d.citations()).containsExactlyElementsOf(expected);
        }
        assertThat(retained.citations()).contains(Citation.of(SourceId.LK2013, "§5.5.2"));
        assertThat(none.citations()).doesNotContain(Citation.of(SourceId.LK2013, "§3.1"),
                Citation.of(SourceId.LK2013, "§5.5.2"));
    }

    static Stream<Arguments> badInput() {
        String base = "\"venue\":\"ZVH\",\"caseKind\":\"PERSOONSGERICHT\"";
        return Stream.of(
                Arguments.of("{\"phase\":0," + base + "}", "phase"),
                Arguments.of("{\"phase\":5," + base + "}", "phase"),
                Arguments.of("{" + base + "}", "phase"),
                Arguments.of("{\"phase\":3,\"caseKind\":\"PERSOONSGERICHT\"}", "venue"),
                Arguments.of("{\"phase\":3,\"venue\":\"ZVH\"}", "caseKind"),
                Arguments.of("{\"phase\":3,\"venue\":\"UNKNOWN\",\"caseKind\":\"PERSOONSGERICHT\"}", "venue"),
                Arguments.of("{\"phase\":3," + base + ",\"identifiedSubject\":false}", "identifiedSubject"),
                Arguments.of("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\",\"identifiedSubject\":false}",
                        "identifiedSubject"),
                Arguments.of("{\"phase\":3," + base + ",\"identifiedSubject\":\"TRUE\"}", "identifiedSubject"),
                Arguments.of("{\"phase\":3," + base + ",\"subject\":{\"minor\":\"TRUE\"}}", "minor"),
                Arguments.of("{\"phase\":3," + base + ",\"subject\":{\"measures\":[\"CURFEW\"]}}", "measures"),
                Arguments.of("{\"phase\":3," + base + ",\"subject\":{\"measures\":[\"CHILD_PROTECTION\"]}}",
                        "subject.measures"),
                Arguments.of("{\"phase\":3," + base + ",\"subject\":{\"minor\":false,\"measures\":[\"CHILD_PROTECTION\"]}}",
                        "subject.measures"),
                Arguments.of("{\"phase\":3," + base + ",\"household\":[{\"relation\":\"CHILD\",\"minor\":true},"
                        + "{\"relation\":\"PARENT\",\"measures\":[\"CHILD_PROTECTION\"]}]}", "household[1].measures"),
                Arguments.of("{\"phase\":3," + base + ",\"household\":[{\"relation\":\"CHILD\",\"minor\":true},"
                        + "{\"relation\":\"FRIEND\",\"minor\":true}]}", "$.household[1].relation"),
                Arguments.of("{\"phase\":3," + base + ",\"household\":[{\"minor\":true}]}", "household[0].relation"),
                Arguments.of("{\"phase\":3," + base + ",\"themes\":[\"FOOTBALL\"]}", "themes"),
                Arguments.of("{\"phase\":3," + base + ",\"involvedPartners\":[\"BAKERY\"]}", "involvedPartners"),
                Arguments.of("{\"phase\":3," + base + ",\"signal\":\"PROBLEM\"}", "signal"),
                Arguments.of("{\"phase\":\"3\"," + base + "}", "phase"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("bad input is refused with an error naming the field, never an NPE")
    void badInputRefused(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(json, RegieFacts.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
    }

    static Stream<Arguments> paddedTokens() {
        String base = "\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\"";
        return Stream.of(
                Arguments.of("{\"phase\":3,\"venue\":\"ZVH \",\"caseKind\":\"PERSOONSGERICHT\"}", "$.venue"),
                Arguments.of("{\"phase\":3,\"venue\":\"\\tZVH\",\"caseKind\":\"PERSOONSGERICHT\"}", "$.venue"),
                Arguments.of("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\" PERSOONSGERICHT\"}", "$.caseKind"),
                Arguments.of("{" + base + ",\"themes\":[\"JEUGD \"]}", "$.themes[0]"),
                Arguments.of("{" + base + ",\"involvedPartners\":[\"GGZ\\n\"]}", "$.involvedPartners[0]"),
                Arguments.of("{" + base + ",\"subject\":{\"measures\":[\"COMPULSORY_CARE \"]}}", "$.subject.measures[0]"),
                Arguments.of("{" + base + ",\"household\":[{\"relation\":\"CHILD \"}]}", "$.household[0].relation"),
                Arguments.of("{" + base + ",\"lifeDomains\":{\"DRUGS\":\"PROBLEM \"}}", "$.lifeDomains.DRUGS"),
                Arguments.of("{" + base + ",\"lifeDomains\":{\"DRUGS \":\"PROBLEM\"}}", "$.lifeDomains"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("paddedTokens")
    @DisplayName("JSON-ENUM (spec README, refused input): a token with surrounding whitespace is no token, never trimmed into one")
    void paddedTokenRefused(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(ZvhJson.readTree(json), RegieFacts.class, "$"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.ruleId()).isEqualTo("JSON-ENUM");
                            assertThat(v.field()).startsWith(field);
                        }));
    }

    @Test
    @DisplayName("every violation is reported at once")
    void allViolationsAtOnce() {
        assertThatThrownBy(() -> RegieFacts.builder().phase(5).caseKind(CaseKind.SYSTEEMGERICHT).identifiedSubject(false)
                .subject(subject(false, Measure.CHILD_PROTECTION))
                .addHousehold(member(Relation.FRIEND, false, Measure.CHILD_PROTECTION)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder("venue", "phase", "identifiedSubject", "subject.measures",
                                "household[0].relation", "household[0].measures"));
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a Java null for a fact or configuration value with a default is refused naming the field,"
            + " never read as the default nor left to fail inside the decision; JSON null gives the default")
    void modelRequired_nullRefused() {
        Throwable facts = catchThrowable(() -> person().identifiedSubject(null).subject(null).lifeDomains(null).build());
        assertThat(facts).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) facts).violations()).extracting(Violation::field, Violation::ruleId)
                .containsExactlyInAnyOrder(tuple("identifiedSubject", "MODEL-REQUIRED"), tuple("subject", "MODEL-REQUIRED"),
                        tuple("lifeDomains", "MODEL-REQUIRED"));
        assertThat(fields(catchThrowable(() -> RegieSubject.builder().minor(null).build()))).containsExactly("minor");
        assertThat(fields(catchThrowable(() -> HouseholdMember.builder().relation(Relation.CHILD).minor(null).build())))
                .containsExactly("minor");
        Throwable config = catchThrowable(() -> RegieConfig.builder().casusPolicy(null).wzdCareHolder(null).build());
        assertThat(((InvalidInputException) config).violations()).extracting(Violation::field, Violation::ruleId)
                .containsExactly(tuple("casusPolicy", "MODEL-REQUIRED"), tuple("wzdCareHolder", "MODEL-REQUIRED"));
        assertThat(ZvhJson.read("{\"casusPolicy\":null,\"wzdCareHolder\":null}", RegieConfig.class))
                .isEqualTo(RegieConfig.defaults());
        RegieFacts json = ZvhJson.read("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\",\"subject\":null,"
                + "\"lifeDomains\":null,\"household\":[{\"relation\":\"CHILD\",\"minor\":null}]}", RegieFacts.class);
        assertThat(json.subject().minor()).isFalse();
        assertThat(json.household().get(0).minor()).isFalse();
    }

    @Test
    @DisplayName("FRAMEWORK-DATE and null arguments")
    void arguments() {
        RegieFacts f = person().build();
        assertThatThrownBy(() -> Regie.decide(f, LocalDate.of(2012, 12, 31))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Regie.decide(null, AS_OF)).isInstanceOf(NullPointerException.class).hasMessage("facts");
        assertThatThrownBy(() -> Regie.decide(f, null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("config");
    }

    @Test
    @DisplayName("a region replaces the casusregie policy as a whole; the decision names it")
    void regionalPolicy() {
        CasusPolicy ref = CasusPolicy.reference();
        CasusPolicy region = CasusPolicy.builder().from(ref).id("REGIO-Y-HG-VT")
                .rules(List.of(ref.rules().get(0), ref.rules().get(1),
                        CasusRule.builder().id("CASUS-HG-VEILIG-THUIS").addWhenTheme(Theme.HUISELIJK_GEWELD)
                                .addCasusregie(PartnerType.VEILIG_THUIS).build(),
                        ref.rules().get(6)))
                .build();
        RegieConfig config = RegieConfig.builder().casusPolicy(region).build();
        RegieDecision d = Regie.decide(person().addThemes(Theme.HUISELIJK_GEWELD).build(), config, AS_OF);
        assertThat(d.casusRule()).isEqualTo("CASUS-HG-VEILIG-THUIS");
        assertThat(d.casusregie()).containsExactly(PartnerType.VEILIG_THUIS);
        assertThat(d.policy()).isEqualTo("REGIO-Y-HG-VT");
        // through JSON, and back
        RegieConfig read = ZvhJson.read(ZvhJson.write(config), RegieConfig.class);
        assertThat(read).isEqualTo(config);
        assertThat(ZvhJson.read("{}", RegieConfig.class)).isEqualTo(RegieConfig.defaults());
        assertThatThrownBy(() -> ZvhJson.read("{\"policy\":{}}", RegieConfig.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("policy");
    }

    @Test
    @DisplayName("an invalid casusregie policy is refused")
    void invalidPolicies() {
        CasusPolicy ref = CasusPolicy.reference();
        CasusRule catchAll = ref.rules().get(6);
        CasusRule verward = ref.rules().get(2);
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).rules(List.of(verward)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("last rule must apply always");
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).rules(List.of(catchAll, verward, catchAll)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only the last rule");
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).rules(List.of(verward, verward, catchAll)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("used twice");
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).rules(List.of(CasusRule.builder().from(catchAll)
                .id("REGIE-SYSTEM").build())).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).rules(List.of()).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).expertise(java.util.Map.of(LifeDomain.DRUGS,
                PartnerType.VERSLAVINGSZORG)).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expertise.HOUSING");
        assertThatThrownBy(() -> CasusPolicy.builder().from(ref).tieOrder(List.of(PartnerType.GEMEENTE)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tieOrder");
        assertThatThrownBy(() -> CasusRule.builder().id("X").addCasusregie(PartnerType.GGZ, PartnerType.GEMEENTE,
                PartnerType.POLITIE).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CasusRule.builder().id("X").centreOfGravity(true).addCasusregie(PartnerType.GGZ)
                .build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CasusRule.builder().id("X").build()).isInstanceOf(InvalidInputException.class);
    }

    private static List<String> fields(Throwable t) {
        return ((InvalidInputException) t).violations().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("REGIE-CASUS: one or two fixed holders, none for a centre-of-gravity rule; the decision names one or two")
    void holderCounts() {
        assertThat(CasusRule.builder().id("X").addCasusregie(PartnerType.GGZ).build().casusregie()).hasSize(1);
        assertThat(CasusRule.builder().id("X").addCasusregie(PartnerType.GGZ, PartnerType.GEMEENTE).build()
                .casusregie()).containsExactlyInAnyOrder(PartnerType.GGZ, PartnerType.GEMEENTE);
        assertThat(CasusRule.builder().id("X").centreOfGravity(true).build().casusregie()).isEmpty();
        Throwable three = catchThrowable(() -> CasusRule.builder().id("X")
                .addCasusregie(PartnerType.GGZ, PartnerType.GEMEENTE, PartnerType.POLITIE).build());
        assertThat(fields(three)).containsExactly("casusregie");
        assertThat(three).hasMessageContaining("one holder, or two");
        Throwable cog = catchThrowable(() -> CasusRule.builder().id("X").centreOfGravity(true)
                .addCasusregie(PartnerType.GGZ).build());
        assertThat(fields(cog)).containsExactly("casusregie");
        assertThat(cog).hasMessageContaining("must be empty for a centre-of-gravity rule");
        Throwable bsn = catchThrowable(() -> CasusRule.builder().id("CASUS-123456789").addCasusregie(PartnerType.GGZ)
                .build());
        assertThat(fields(bsn)).containsExactly("id");
        assertThat(bsn.getMessage()).doesNotContain("123456789");

        RegieDecision dual = decide(person().addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
        assertThat(dual.casusregie()).hasSize(2);
        assertThat(ImmutableRegieDecision.copyOf(dual).withCasusregie(PartnerType.GGZ).casusregie()).hasSize(1);
        for (Set<PartnerType> bad : List.of(Set.<PartnerType>of(),
                Set.of(PartnerType.GGZ, PartnerType.GEMEENTE, PartnerType.POLITIE))) {
            Throwable t = catchThrowable(() -> ImmutableRegieDecision.copyOf(dual).withCasusregie(bad));
            assertThat(fields(t)).containsExactly("casusregie");
            assertThat(t).hasMessageContaining("REGIE-CASUS");
        }
    }

    @Test
    @DisplayName("CASUS-ZWAARTEPUNT: a policy that names no fallback falls back to the municipality")
    void fallbackDefault() {
        CasusPolicy ref = CasusPolicy.reference();
        CasusPolicy p = CasusPolicy.builder().id("REGIO-Z").rules(ref.rules()).expertise(ref.expertise())
                .tieOrder(ref.tieOrder()).build();
        assertThat(p.fallback()).isEqualTo(PartnerType.GEMEENTE);
        assertThat(ref.fallback()).isEqualTo(PartnerType.GEMEENTE);
        // with no problem known, the fallback holds casusregie
        RegieDecision d = Regie.decide(person().build(), RegieConfig.builder().casusPolicy(p).build(), AS_OF);
        assertThat(d.casusregie()).containsExactly(PartnerType.GEMEENTE);
        CasusPolicy ggz = CasusPolicy.builder().from(p).fallback(PartnerType.GGZ).build();
        assertThat(Regie.decide(person().build(), RegieConfig.builder().casusPolicy(ggz).build(), AS_OF).casusregie())
                .containsExactly(PartnerType.GGZ);
    }

    @Test
    @DisplayName("facts and decision survive a JSON round trip; the decision carries the FORMAT.md keys")
    void jsonRoundTrip() {
        RegieFacts f = ZvhJson.read("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\",\"themes\":"
                + "[\"HUISELIJK_GEWELD\"],\"involvedPartners\":[\"VEILIG_THUIS\"],\"subject\":{\"minor\":false,"
                + "\"measures\":[\"PROBATION_SUPERVISION\"]},\"household\":[{\"relation\":\"CHILD\",\"minor\":true,"
                + "\"measures\":[\"CHILD_PROTECTION\"]}],\"lifeDomains\":{\"HOUSING\":\"PROBLEM\"}}", RegieFacts.class);
        assertThat(ZvhJson.read(ZvhJson.write(f), RegieFacts.class)).isEqualTo(f);
        RegieDecision d = decide(f);
        assertThat(ZvhJson.read(ZvhJson.write(d), RegieDecision.class)).isEqualTo(d);
        assertThat(ZvhJson.write(d)).contains("\"regieOpSamenwerking\":\"GEMEENTE\"", "\"procesregie\":\"ZVH\"",
                "\"casusregie\":[\"GECERTIFICEERDE_INSTELLING\"]", "\"casusRule\":\"REGIE-SYSTEM\"",
                "\"retainedStatutoryRoles\":[{\"who\":\"SUBJECT\",\"measure\":\"PROBATION_SUPERVISION\","
                        + "\"holder\":\"RECLASSERING\"}]");
        // absent minor is false; absent identifiedSubject is true; null is the default too
        RegieFacts defaults = ZvhJson.read("{\"phase\":1,\"venue\":\"LOCAL\",\"caseKind\":\"PERSOONSGERICHT\","
                + "\"identifiedSubject\":null,\"subject\":{}}", RegieFacts.class);
        assertThat(defaults.identifiedSubject()).isTrue();
        assertThat(defaults.subject().minor()).isFalse();
    }

    @Test
    @DisplayName("explain gives a Dutch and an English paragraph")
    void explain() {
        RegieDecision d = decide(person().subject(subject(false, Measure.COMPULSORY_CARE))
                .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains("gedeeld", "CASUS-VERWARD", "Gemeente");
        assertThat(d.explain(Locale.ENGLISH)).contains("shared", "CASUS-VERWARD");
        RegieDecision r = decide(person().subject(subject(false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE))
                .build());
        assertThat(r.explain(Locale.forLanguageTag("nl"))).contains("verplichte zorg (Wvggz", "betrokkene");
        assertThat(Procesregie.NONE.labelNl()).isNotBlank();
        // rev. 2: the Wzd measure, with its holder
        RegieDecision wzd = decide(person().subject(subject(false, Measure.WZD_CARE)).build());
        explainsIn(wzd, "onvrijwillige zorg (Wzd: rechterlijke machtiging of inbewaringstelling) (betrokkene) bij Gehandicaptenzorg",
                "involuntary care (Wzd: court authorisation or emergency detention) (subject) with Disability care");
    }

    @Test
    @DisplayName("REGIE-SYSTEM retained roles: the explanation names a member household[i] (0-based, regie.md), never \"member 1\" for the second")
    void explain_namesHouseholdMembersAsTheSpecDoes() {
        RegieDecision d = decide(RegieFacts.builder().phase(3).venue(Venue.ZVH).caseKind(CaseKind.SYSTEEMGERICHT)
                .addHousehold(member(Relation.PARTNER, false), member(Relation.PARENT, false, Measure.PROBATION_SUPERVISION))
                .build());
        assertThat(d.retainedStatutoryRoles()).containsExactly(RetainedRole.of("household[1]", Measure.PROBATION_SUPERVISION));
        assertThat(d.explain(Locale.ENGLISH)).contains("probation supervision (household member household[1])")
                .doesNotContain("household member 1");
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains("(gezinslid household[1])")
                .doesNotContain("gezinslid 1");
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a required fact left out of the JSON (phase, venue, caseKind) is refused as required, one"
            + " violation each, the same rule id a Java null gets")
    void requiredFactsMissingFromJson() {
        assertThatThrownBy(() -> ZvhJson.read("{}", RegieFacts.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.field())
                            .containsExactlyInAnyOrder("$.phase", "$.venue", "$.caseKind");
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.ruleId()).isEqualTo("MODEL-REQUIRED");
                        assertThat(v.message()).isEqualTo("is required");
                    });
                });
    }

    /** The Dutch paragraph has the Dutch phrase and not the English one; the English paragraph the other way round. */
    private static void explainsIn(RegieDecision d, String dutch, String english) {
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains(dutch).doesNotContain(english);
        assertThat(d.explain(Locale.ENGLISH)).contains(english).doesNotContain(dutch);
    }

    @Test
    @DisplayName("explain: one or two casusregie holders, the rule and policy, retained roles of subject and household members")
    void explainEveryBranch() {
        RegieDecision shared = decide(person().subject(subject(false, Measure.COMPULSORY_CARE))
                .addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO).build());
        assertThat(shared.casusregie()).hasSize(2);
        explainsIn(shared, "Regie op samenwerking ligt bij de gemeente. ", "Regie op samenwerking lies with the municipality. ");
        explainsIn(shared, "Casusregie wordt gedeeld door ", "Casusregie is shared by ");
        explainsIn(shared, " en ", " and ");
        explainsIn(shared, " (regel CASUS-VERWARD, beleid " + shared.policy() + ").",
                " (rule CASUS-VERWARD, policy " + shared.policy() + ").");
        assertThat(shared.explain(Locale.ENGLISH)).startsWith("Regie op samenwerking lies with the municipality. Procesregie: "
                + shared.procesregie().label(Locale.ENGLISH) + ". ");

        RegieDecision one = decide(person().subject(subject(false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE))
                .build());
        assertThat(one.casusregie()).hasSize(1);
        assertThat(one.retainedStatutoryRoles()).isNotEmpty();
        explainsIn(one, "Casusregie ligt bij ", "Casusregie lies with ");
        explainsIn(one, "Wettelijke taken blijven bij hun eigen partner: ", "Statutory roles stay with their own partner: ");
        explainsIn(one, " (betrokkene) bij ", " (subject) with ");
        assertThat(one.explain(Locale.ENGLISH)).endsWith(".").doesNotEndWith(" ");

        RegieDecision household = decide(RegieFacts.builder().phase(3).venue(Venue.LOCAL)
                .caseKind(CaseKind.SYSTEEMGERICHT).addThemes(Theme.VERWARD_GEDRAG_HOOG_RISICO)
                .addHousehold(member(Relation.PARENT, false, Measure.PROBATION_SUPERVISION, Measure.COMPULSORY_CARE))
                .build());
        explainsIn(household, " (gezinslid household[0]) bij ", " (household member household[0]) with ");
        RegieDecision noRoles = decide(person().build());
        assertThat(noRoles.retainedStatutoryRoles()).isEmpty();
        assertThat(noRoles.explain(Locale.ENGLISH)).doesNotContain("Statutory roles").endsWith(").");
    }

    @Test
    @DisplayName("every Procesregie value has its own Dutch and English label")
    void procesregieLabels() {
        for (Procesregie p : Procesregie.values()) {
            assertThat(p.labelNl()).isNotBlank().isNotEqualTo(p.labelEn());
            assertThat(p.labelEn()).isNotBlank();
        }
    }
}
