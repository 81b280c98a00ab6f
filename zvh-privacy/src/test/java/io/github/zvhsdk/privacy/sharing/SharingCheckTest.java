package io.github.zvhsdk.privacy.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.config.RetentionTerms;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Sharing check: each SHARE-* rule, bad input and privacy")
class SharingCheckTest {
    private static final LocalDate AFTER = LocalDate.of(2025, 6, 1);
    private static final LocalDate BEFORE = LocalDate.of(2024, 10, 1);
    private static final String TEST_BSN = "123456782";

    /** POLITIE → involved GGZ, case facts, consultation of an admitted WGS basistaak: allowed (SHR-001). */
    static ImmutableSharingFacts allowed() {
        return ImmutableSharingFacts.builder()
                .provider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .recipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.TRUE))
                .dataSubject(DataSubject.SUBJECT).category(DataCategory.CASE_FACTS).purpose(Purpose.CASE_CONSULTATION)
                .caseFacts(CaseFacts.builder().status(CaseStatus.ADMITTED).taskCategory(TaskCategory.BASISTAAK)
                        .admittedUnder(IntakeRegime.WGS2025).build())
                .originRegime(OriginRegime.AVG).necessityRecorded(Tri.TRUE).build();
    }

    static ImmutableCaseFacts caseOf(SharingFacts f) {
        return ImmutableCaseFacts.copyOf(f.caseFacts());
    }

    @Test
    @DisplayName("the base request is allowed, with its trace in spec order and citations")
    void allow() {
        SharingDecision d = SharingCheck.check(allowed(), AFTER);
        assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(d.basis()).contains(SharingBasis.WGS_JOINT_PROCESSING);
        assertThat(d.trace()).extracting(RuleResult::ruleId).containsExactly("SHARE-AGGREGATE-ONLY", "SHARE-REGIME",
                "SHARE-PARTICIPANTS", "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT",
                "SHARE-CATEGORY", "SHARE-SECRECY", "SHARE-SPECIAL", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN",
                "SHARE-THIRD-PARTY", "SHARE-NECESSITY");
        assertThat(d.trace()).allMatch(r -> !r.citations().isEmpty() && r.value() == Tri.FALSE);
        assertThat(d.configId()).isEqualTo("reference");
        assertThat(d.configDigest()).hasSize(16);
        assertThat(d.asOf()).isEqualTo(AFTER);
    }

    static Stream<Arguments> regimes() {
        return Stream.of(
                Arguments.of(BEFORE, TaskCategory.BASISTAAK, SharingRegime.COVENANT, SharingBasis.PARTNER_BASIS_AND_COVENANT),
                Arguments.of(BEFORE, TaskCategory.PLUSTAAK, SharingRegime.COVENANT, SharingBasis.PARTNER_BASIS_AND_COVENANT),
                Arguments.of(BEFORE, null, SharingRegime.COVENANT, SharingBasis.PARTNER_BASIS_AND_COVENANT),
                Arguments.of(LocalDate.of(2025, 2, 28), TaskCategory.BASISTAAK, SharingRegime.COVENANT, SharingBasis.PARTNER_BASIS_AND_COVENANT),
                Arguments.of(LocalDate.of(2025, 3, 1), TaskCategory.BASISTAAK, SharingRegime.WGS, SharingBasis.WGS_JOINT_PROCESSING),
                Arguments.of(AFTER, TaskCategory.PLUSTAAK, SharingRegime.COVENANT, SharingBasis.PARTNER_BASIS_AND_TASK_COVENANT),
                Arguments.of(AFTER, null, SharingRegime.UNKNOWN, null));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("regimes")
    @DisplayName("SHARE-REGIME: covenant before the WGS date; from it WGS for a basistaak, covenant for a plustaak, unknown without a task category")
    void SHARE_REGIME(LocalDate asOf, TaskCategory task, SharingRegime regime, SharingBasis basis) {
        ImmutableSharingFacts f = allowed().withCaseFacts(caseOf(allowed()).withTaskCategory(java.util.Optional.ofNullable(task)));
        SharingDecision d = SharingCheck.check(f, asOf);
        assertThat(d.regime()).isEqualTo(regime);
        assertThat(d.basis().orElse(null)).isEqualTo(basis);
        if (regime == SharingRegime.UNKNOWN) {
            assertThat(d.refusedBy()).containsExactly("SHARE-REGIME");
            assertThat(d.missing()).containsExactly("case.taskCategory");
            assertThat(d.trace()).extracting(RuleResult::ruleId).doesNotContain("SHARE-COVENANT", "SHARE-TRANSITION");
        }
    }

    @Test
    @DisplayName("SHARE-REGIME: the WGS date is configuration")
    void SHARE_REGIME_configuredDate() {
        HouseConfig early = HouseConfig.builder().from(HouseConfig.reference()).wgsDate(LocalDate.of(2025, 1, 1)).build();
        assertThat(SharingCheck.check(allowed(), early, LocalDate.of(2025, 2, 1)).regime()).isEqualTo(SharingRegime.WGS);
        assertThat(SharingCheck.check(allowed(), LocalDate.of(2025, 2, 1)).regime()).isEqualTo(SharingRegime.COVENANT);
    }

    @Test
    @DisplayName("SHARE-NO-PERSONAL-DATA: aggregated data are allowed, with the regime as computed, and no other rule applies")
    void SHARE_NO_PERSONAL_DATA() {
        ImmutableSharingFacts f = allowed().withPurpose(Purpose.TREND_ANALYSIS).withAggregated(true)
                .withCaseFacts(CaseFacts.unknown()).withNecessityRecorded(Tri.UNKNOWN);
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(d.regime()).isEqualTo(SharingRegime.UNKNOWN);
        assertThat(d.trace()).extracting(RuleResult::ruleId).containsExactly("SHARE-NO-PERSONAL-DATA");
        assertThat(d.concernsPersonalData()).isFalse();
    }

    @Test
    @DisplayName("SHARE-NO-PERSONAL-DATA: aggregated given as JSON null takes its default, false (FORMAT.md), and a string is refused")
    void SHARE_NO_PERSONAL_DATA_aggregatedNullIsFalse() {
        String json = "{\"provider\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"},\"recipient\":{\"type\":\"ZVH\"},"
                + "\"category\":\"CASE_FACTS\",\"purpose\":\"TREND_ANALYSIS\",\"aggregated\":";
        SharingFacts f = ZvhJson.read(json + "null}", SharingFacts.class);
        assertThat(f.aggregated()).isFalse();
        assertThat(SharingCheck.check(f, AFTER).refusedBy()).contains("SHARE-AGGREGATE-ONLY");
        assertThat(ZvhJson.read(json + "true}", SharingFacts.class).aggregated()).isTrue();
        assertThatThrownBy(() -> ZvhJson.read(json + "\"false\"}", SharingFacts.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("aggregated");
    }

    @Test
    @DisplayName("SHARE-AGGREGATE-ONLY: personal data for trend analysis; status, recipient and category do not apply, other rules do")
    void SHARE_AGGREGATE_ONLY() {
        ImmutableSharingFacts f = allowed().withPurpose(Purpose.EXPERTISE_ADVICE).withNecessityRecorded(Tri.UNKNOWN)
                .withCaseFacts(caseOf(allowed()).withStatus(CaseStatus.CLOSED));
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-AGGREGATE-ONLY", "SHARE-NECESSITY");
        assertThat(d.trace()).extracting(RuleResult::ruleId).doesNotContain("SHARE-STATUS", "SHARE-RECIPIENT", "SHARE-CATEGORY");
        assertThat(d.missing()).containsExactly("necessityRecorded");
    }

    @Test
    @DisplayName("missing: the union over the refusing rules, each fact once, sorted (case.status read by two rules)")
    void missingIsTheSortedUnion() {
        // SHARE-PARTICIPANTS names provider.participant; SHARE-TRANSITION and SHARE-STATUS both name case.status
        SharingDecision d = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.UNKNOWN))
                .withCaseFacts(CaseFacts.builder().taskCategory(TaskCategory.BASISTAAK).build()), AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-PARTICIPANTS", "SHARE-TRANSITION", "SHARE-STATUS");
        assertThat(d.trace().stream().filter(r -> r.ruleId().equals("SHARE-STATUS")).findFirst().orElseThrow().missing())
                .containsExactly("case.status");
        assertThat(d.missing()).containsExactly("case.admittedUnder", "case.status", "provider.participant");
    }

    @Test
    @DisplayName("SHARE-PARTICIPANTS: a provider known not to participate refuses whatever the recipient; ZVH's value is not read")
    void SHARE_PARTICIPANTS() {
        SharingDecision d = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.FALSE))
                .withRecipient(Recipient.of(PartnerType.GGZ, Tri.UNKNOWN, Tri.TRUE)), AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-PARTICIPANTS");
        assertThat(d.missing()).isEmpty();
        SharingDecision both = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.UNKNOWN))
                .withRecipient(Recipient.of(PartnerType.GGZ, Tri.UNKNOWN, Tri.TRUE)), AFTER);
        assertThat(both.missing()).containsExactly("provider.participant", "recipient.participant");
        SharingDecision zvh = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.ZVH, Tri.FALSE, Tri.FALSE)), AFTER);
        assertThat(zvh.outcome()).isEqualTo(SharingOutcome.ALLOW);
    }

    @Test
    @DisplayName("SHARE-COVENANT: the covenant regime needs the covenant in force; the WGS regime does not read it")
    void SHARE_COVENANT() {
        assertThat(SharingCheck.check(allowed(), BEFORE).missing()).containsExactly("case.covenantInForce");
        assertThat(SharingCheck.check(allowed().withCaseFacts(caseOf(allowed()).withCovenantInForce(Tri.FALSE)), AFTER).outcome())
                .isEqualTo(SharingOutcome.ALLOW);
    }

    @Test
    @DisplayName("SHARE-TRANSITION: an admitted WGS case must be admitted under WGS2025; both facts missing when unknown")
    void SHARE_TRANSITION() {
        ImmutableSharingFacts f = allowed().withCaseFacts(CaseFacts.builder().taskCategory(TaskCategory.BASISTAAK).build());
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(d.refusedBy()).contains("SHARE-TRANSITION", "SHARE-STATUS");
        RuleResult t = d.trace().stream().filter(r -> r.ruleId().equals("SHARE-TRANSITION")).findFirst().orElseThrow();
        assertThat(t.missing()).containsExactly("case.admittedUnder", "case.status");
        SharingDecision screening = SharingCheck.check(allowed().withPurpose(Purpose.SCREENING).withRecipient(
                Recipient.of(PartnerType.ZVH, Tri.UNKNOWN, Tri.UNKNOWN)).withCaseFacts(CaseFacts.builder()
                .taskCategory(TaskCategory.BASISTAAK).status(CaseStatus.SCREENING).admittedUnder(IntakeRegime.LK2013).build()), AFTER);
        assertThat(screening.outcome()).isEqualTo(SharingOutcome.ALLOW);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    @DisplayName("SHARE-STATUS: a declined or closed case allows no purpose")
    void SHARE_STATUS(CaseStatus status) {
        for (Purpose p : List.of(Purpose.SCREENING, Purpose.CASE_CONSULTATION, Purpose.PLAN_EXECUTION,
                Purpose.ZSM_CONTEXT, Purpose.KNOWN_ELSEWHERE_CHECK)) {
            SharingDecision d = SharingCheck.check(allowed().withPurpose(p).withCaseFacts(caseOf(allowed()).withStatus(status)), AFTER);
            assertThat(d.refusedBy().contains("SHARE-STATUS")).as("%s %s", p, status).isEqualTo(!p.statuses().contains(status));
            if (status == CaseStatus.DECLINED || status == CaseStatus.CLOSED) {
                assertThat(d.refusedBy()).contains("SHARE-STATUS");
            }
        }
    }

    static Stream<Arguments> recipients() {
        return Stream.of(
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.POLITIE, DataCategory.BSN, true),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.GGZ, DataCategory.IDENTIFYING, true),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.GGZ, DataCategory.FINANCIAL, false),
                Arguments.of(Purpose.SCREENING, PartnerType.POLITIE, PartnerType.GGZ, DataCategory.IDENTIFYING, false),
                Arguments.of(Purpose.SCREENING, PartnerType.POLITIE, PartnerType.ZVH, DataCategory.CRIMINAL_JUSTICE, true),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.ZVH, PartnerType.HALT, DataCategory.CASE_FACTS, true),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.OPENBAAR_MINISTERIE, PartnerType.ZVH, DataCategory.CRIMINAL_JUSTICE, true),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.ZVH, PartnerType.DJI, DataCategory.CASE_FACTS, false),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.POLITIE, PartnerType.RECLASSERING, DataCategory.CASE_FACTS, false),
                Arguments.of(Purpose.KNOWN_ELSEWHERE_CHECK, PartnerType.ZVH, PartnerType.ZVH, DataCategory.BSN, true),
                Arguments.of(Purpose.KNOWN_ELSEWHERE_CHECK, PartnerType.ZVH, PartnerType.POLITIE, DataCategory.BSN, false),
                Arguments.of(Purpose.PLAN_EXECUTION, PartnerType.GGZ, PartnerType.ZVH, DataCategory.CASE_FACTS, true));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}, {3}: {4}")
    @MethodSource("recipients")
    @DisplayName("SHARE-RECIPIENT: the recipients column of the purposes table, incl. the screening enrichment question and ZSM")
    void SHARE_RECIPIENT(Purpose purpose, PartnerType provider, PartnerType recipient, DataCategory category, boolean allowed) {
        CaseStatus status = purpose == Purpose.SCREENING ? CaseStatus.REGISTERED : CaseStatus.ADMITTED;
        ImmutableSharingFacts f = allowed().withPurpose(purpose).withCategory(category)
                .withProvider(Provider.of(provider, Tri.TRUE)).withRecipient(Recipient.of(recipient, Tri.TRUE, Tri.FALSE))
                .withCaseFacts(caseOf(allowed()).withStatus(status));
        assertThat(SharingCheck.check(f, AFTER).refusedBy().contains("SHARE-RECIPIENT")).isEqualTo(!allowed);
    }

    @Test
    @DisplayName("SHARE-RECIPIENT: a partner not known to be involved in the case is refused, naming recipient.involvedInCase")
    void SHARE_RECIPIENT_involvement() {
        SharingDecision d = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.UNKNOWN)), AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-RECIPIENT");
        assertThat(d.missing()).containsExactly("recipient.involvedInCase");
    }

    @Test
    @DisplayName("SHARE-CATEGORY: no special categories for screening; ZSM only case facts and criminal-justice data")
    void SHARE_CATEGORY() {
        SharingFacts screening = allowed().withPurpose(Purpose.SCREENING).withCategory(DataCategory.HEALTH)
                .withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE)).withRecipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE))
                .withCaseFacts(caseOf(allowed()).withStatus(CaseStatus.SCREENING));
        assertThat(SharingCheck.check(screening, AFTER).refusedBy()).containsExactly("SHARE-CATEGORY");
        SharingFacts zsm = allowed().withPurpose(Purpose.ZSM_CONTEXT).withCategory(DataCategory.HOUSING)
                .withRecipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE));
        assertThat(SharingCheck.check(zsm, AFTER).refusedBy()).containsExactly("SHARE-CATEGORY");
    }

    static Stream<Arguments> secrecy() {
        return Stream.of(Arguments.of(null, false), Arguments.of(SecrecyBasis.NONE, false),
                Arguments.of(SecrecyBasis.CONSENT_UNDER_DRANG, false), Arguments.of(SecrecyBasis.CONSENT, true),
                Arguments.of(SecrecyBasis.STATUTORY, true), Arguments.of(SecrecyBasis.CONFLICT_OF_DUTIES, true));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("secrecy")
    @DisplayName("SHARE-SECRECY and SHARE-SPECIAL: a special category from a secrecy-bound provider needs a ground; conditions on an allow")
    void SHARE_SECRECY(SecrecyBasis basis, boolean allowed) {
        ImmutableSharingFacts f = allowed().withProvider(Provider.of(PartnerType.VERSLAVINGSZORG, Tri.TRUE))
                .withCategory(DataCategory.RELIGION_OR_BELIEF).withSecrecyBasis(java.util.Optional.ofNullable(basis));
        SharingDecision d = SharingCheck.check(f, AFTER);
        if (allowed) {
            assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
            assertThat(d.conditions()).containsExactly(SharingCondition.RECORD_SECRECY_BASIS,
                    SharingCondition.NECESSARY_EXTRACT_ONLY, SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        } else {
            assertThat(d.refusedBy()).containsExactly("SHARE-SECRECY");
            assertThat(d.conditions()).isEmpty();
            assertThat(d.missing()).isEqualTo(basis == null ? List.of("secrecyBasis") : List.of());
        }
        SharingDecision unbound = SharingCheck.check(f.withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE)), AFTER);
        assertThat(unbound.conditions()).containsExactly(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
    }

    static Stream<Arguments> origins() {
        return Stream.of(Arguments.of(OriginRegime.WPG, PartnerType.POLITIE, true),
                Arguments.of(OriginRegime.WPG, PartnerType.OPENBAAR_MINISTERIE, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.DJI, true),
                Arguments.of(OriginRegime.WJSG, PartnerType.HALT, true),
                Arguments.of(OriginRegime.WJSG, PartnerType.POLITIE, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.GEMEENTE, false),
                Arguments.of(null, PartnerType.POLITIE, false),
                Arguments.of(null, PartnerType.OPENBAAR_MINISTERIE, false));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("origins")
    @DisplayName("SHARE-JUSTICE-ORIGIN: police and justice data only from their origin holder; unknown origin refused")
    void SHARE_JUSTICE_ORIGIN(OriginRegime origin, PartnerType provider, boolean allowed) {
        ImmutableSharingFacts f = allowed().withProvider(Provider.of(provider, Tri.TRUE)).withCategory(DataCategory.CRIMINAL_JUSTICE)
                .withOriginRegime(java.util.Optional.ofNullable(origin));
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(d.isAllowed()).isEqualTo(allowed);
        if (allowed) {
            assertThat(d.conditions()).containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        } else {
            assertThat(d.refusedBy()).containsExactly("SHARE-JUSTICE-ORIGIN");
            assertThat(d.missing()).isEqualTo(origin == null ? List.of("originRegime") : List.of());
        }
    }

    @Test
    @DisplayName("SHARE-JUSTICE-ORIGIN: an allowed WPG or WJSG request records the weighty public interest; other origins do not")
    void weightyPublicInterestCondition() {
        ImmutableSharingFacts justice = allowed().withCategory(DataCategory.CRIMINAL_JUSTICE);
        assertThat(SharingCheck.check(justice.withOriginRegime(OriginRegime.WPG), AFTER).conditions())
                .containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        assertThat(SharingCheck.check(justice.withOriginRegime(OriginRegime.WJSG)
                .withProvider(Provider.of(PartnerType.RECLASSERING, Tri.TRUE)), AFTER).conditions())
                .containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        SharingDecision avg = SharingCheck.check(justice.withOriginRegime(OriginRegime.AVG), AFTER);
        assertThat(avg.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(avg.conditions()).isEmpty();
    }

    @Test
    @DisplayName("SHARE-BSN: provider and recipient must be entitled (reference table as configuration)")
    void SHARE_BSN() {
        ImmutableSharingFacts f = allowed().withCategory(DataCategory.BSN);
        assertThat(SharingCheck.check(f, AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(SharingCheck.check(f.withProvider(Provider.of(PartnerType.SLACHTOFFERHULP, Tri.TRUE)), AFTER).refusedBy())
                .containsExactly("SHARE-BSN");
        HouseConfig noGgz = HouseConfig.builder().from(HouseConfig.reference()).bsnEntitled(
                Map.of(PartnerType.POLITIE, Provenance.interpretation(SourceId.UAVG, "art. 46", "test"))).build();
        assertThat(SharingCheck.check(f, noGgz, AFTER).refusedBy()).containsExactly("SHARE-BSN");
    }

    @Test
    @DisplayName("SHARE-THIRD-PARTY: a household member's data pass only when relevant to the subject")
    void SHARE_THIRD_PARTY() {
        ImmutableSharingFacts member = allowed().withDataSubject(DataSubject.HOUSEHOLD_MEMBER);
        assertThat(SharingCheck.check(member, AFTER).missing()).containsExactly("relevantToSubject");
        assertThat(SharingCheck.check(member.withRelevantToSubject(Tri.TRUE), AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(SharingCheck.check(member.withRelevantToSubject(Tri.FALSE), AFTER).missing()).isEmpty();
    }

    @Test
    @DisplayName("SHARE-NECESSITY: no recorded necessity is refused")
    void SHARE_NECESSITY() {
        assertThat(SharingCheck.check(allowed().withNecessityRecorded(Tri.UNKNOWN), AFTER).missing())
                .containsExactly("necessityRecorded");
        assertThat(SharingCheck.check(allowed().withNecessityRecorded(Tri.FALSE), AFTER).refusedBy())
                .containsExactly("SHARE-NECESSITY");
    }

    @Test
    @DisplayName("SHARE-RETENTION (covenant): after closing date + base term + extensions every purpose is refused; without "
            + "configured terms it is not checked (the WGS retention: SharingRetentionTest)")
    void SHARE_RETENTION() {
        // rev. 2 (sharing.md, "Retention") changes two expectations here: the end is the last day on which the data may
        // be processed, so SHARE-RETENTION refuses from the day after it (2027-09-11), no longer on the end itself; and a
        // closing date without configured terms is not checked, where it was refused input. The case is first processed
        // before the WGS date, so its retention is the covenant's.
        HouseConfig config = HouseConfig.builder().from(HouseConfig.reference()).retention(RetentionTerms.builder()
                .baseTerm(Period.ofYears(2)).provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "", "test")).build()).build();
        ImmutableSharingFacts f = allowed().withCaseFacts(CaseFacts.builder().status(CaseStatus.CLOSED).taskCategory(TaskCategory.BASISTAAK)
                .firstProcessedOn(LocalDate.of(2024, 1, 15)).closedOn(LocalDate.of(2025, 3, 10))
                .addRetentionExtension(Period.ofMonths(6)).build());
        SharingDecision lastDay = SharingCheck.check(f, config, LocalDate.of(2027, 9, 10));
        assertThat(lastDay.refusedBy()).containsExactly("SHARE-STATUS");
        assertThat(lastDay.retentionEnd()).contains(LocalDate.of(2027, 9, 10));
        SharingDecision expired = SharingCheck.check(f, config, LocalDate.of(2027, 9, 11));
        assertThat(expired.retentionEnd()).contains(LocalDate.of(2027, 9, 10));
        assertThat(expired.refusedBy()).containsExactly("SHARE-STATUS", "SHARE-RETENTION");
        for (Purpose p : Purpose.values()) {
            assertThat(SharingCheck.check(f.withPurpose(p), config, LocalDate.of(2028, 1, 1)).refusedBy()).contains("SHARE-RETENTION");
        }
        SharingDecision noTerms = SharingCheck.check(f, LocalDate.of(2027, 9, 11));
        assertThat(noTerms.refusedBy()).containsExactly("SHARE-STATUS");
        assertThat(noTerms.retentionEnd()).isEmpty();
        assertThatThrownBy(() -> SharingCheck.check(f, config, LocalDate.of(2025, 3, 9))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("case.closedOn").hasMessageContaining("RETENTION").hasMessageContaining("after asOf");
        assertThat(SharingCheck.check(allowed(), config, AFTER).trace()).extracting(RuleResult::ruleId).doesNotContain("SHARE-RETENTION");
    }

    // ---- bad input ----

    static final String JSON = "{\"provider\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"},"
            + "\"recipient\":{\"type\":\"GGZ\",\"participant\":\"TRUE\",\"involvedInCase\":\"TRUE\"},"
            + "\"dataSubject\":\"SUBJECT\",\"category\":\"CASE_FACTS\",\"purpose\":\"CASE_CONSULTATION\","
            + "\"case\":{\"status\":\"ADMITTED\",\"taskCategory\":\"BASISTAAK\",\"admittedUnder\":\"WGS2025\"},"
            + "\"originRegime\":\"AVG\",\"necessityRecorded\":\"TRUE\"}";

    @Test
    @DisplayName("JSON: the spec's names read, including case, and decide like the Java value")
    void json() {
        SharingFacts f = ZvhJson.read(JSON, SharingFacts.class);
        assertThat(f).isEqualTo(allowed());
        assertThat(ZvhJson.read(ZvhJson.write(f), SharingFacts.class)).isEqualTo(f);
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(ZvhJson.read(ZvhJson.write(d), SharingDecision.class)).isEqualTo(d);
        assertThat(ZvhJson.write(d)).contains("\"outcome\":\"ALLOW\"", "\"refusedBy\":[]", "\"case\":{");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(JSON.replace("\"CASE_CONSULTATION\"", "\"GOSSIP\""), "$.purpose"),
                Arguments.of(JSON.replace("{\"type\":\"GGZ\",", "{"), "recipient.type"),
                Arguments.of(JSON.replace("\"necessityRecorded\":\"TRUE\"", "\"necessityRecorded\":true"), "$.necessityRecorded"),
                Arguments.of(JSON.replace("\"participant\":\"TRUE\"},", "\"participant\":false},"), "$.provider.participant"),
                Arguments.of(JSON.replace("\"category\":\"CASE_FACTS\",", ""), "category"),
                Arguments.of(JSON.replace("\"dataSubject\":\"SUBJECT\"", "\"dataSubject\":\"UNKNOWN\""), "$.dataSubject"),
                Arguments.of(JSON.replace("\"originRegime\"", "\"origin\""), "origin"),
                Arguments.of(JSON.replace("\"status\":\"ADMITTED\"", "\"status\":\"OPEN\""), "$.case.status"),
                Arguments.of(JSON.replace("\"aggregated\"", "x").replace("}", ",\"aggregated\":\"yes\"}"), "aggregated"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInput")
    @DisplayName("bad input is a clear error naming the field, never an NPE")
    void badInput(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(json, SharingFacts.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field);
    }

    @Test
    @DisplayName("bad input in Java: a recipient without a type, a request without a purpose, asOf before 2013")
    void badInputJava() {
        assertThatThrownBy(() -> Recipient.builder().participant(Tri.TRUE).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> SharingFacts.builder().provider(Provider.of(PartnerType.GGZ, Tri.TRUE))
                .recipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE)).category(DataCategory.BSN).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose");
        assertThatThrownBy(() -> SharingCheck.check(allowed(), LocalDate.of(2012, 12, 31)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("FRAMEWORK-DATE");
        assertThatThrownBy(() -> CaseFacts.builder().status(CaseStatus.ADMITTED).closedOn(AFTER).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("closedOn");
        assertThatThrownBy(() -> SharingCheck.check(null, AFTER)).isInstanceOf(NullPointerException.class).hasMessage("facts");
    }

    @Test
    @DisplayName("bad input in Java: a null three-valued fact or a null case is refused naming the field (was a null accessor, and an NPE in the check)")
    void badInputJava_nullIsNotUnknown() {
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).caseFacts(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("case").hasMessageContaining("MODEL-REQUIRED");
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).necessityRecorded(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("necessityRecorded");
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).relevantToSubject(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("relevantToSubject");
        assertThatThrownBy(() -> Provider.of(PartnerType.GGZ, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("participant");
        assertThatThrownBy(() -> Recipient.of(PartnerType.GGZ, Tri.TRUE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("involvedInCase");
        assertThatThrownBy(() -> CaseFacts.builder().covenantInForce(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("covenantInForce");
        // JSON null stays unknown (FORMAT.md): the JSON reader leaves the fact out
        SharingFacts f = ZvhJson.read("{\"provider\": {\"type\": \"POLITIE\", \"participant\": null}, \"recipient\": "
                + "{\"type\": \"GGZ\", \"involvedInCase\": null}, \"category\": \"CASE_FACTS\", \"purpose\": \"SCREENING\", "
                + "\"case\": null, \"necessityRecorded\": null, \"relevantToSubject\": null}", SharingFacts.class);
        assertThat(List.of(f.provider().participant(), f.recipient().involvedInCase(), f.necessityRecorded(),
                f.relevantToSubject(), f.caseFacts().covenantInForce())).containsOnly(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("privacy: no decision, explanation or error carries a test BSN's digits")
    void noBsnDigits() {
        String[] inputs = {
            JSON.replace("\"GGZ\"", "\"" + TEST_BSN + "\""),
            JSON.replace("\"dataSubject\"", "\"" + TEST_BSN + "\""),
            JSON.replace("\"TRUE\"}", "\"" + TEST_BSN + "\"}"),
            JSON.replace("\"AVG\"", TEST_BSN)};
        for (String in : inputs) {
            assertThatThrownBy(() -> ZvhJson.read(in, SharingFacts.class)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> {
                        assertThat(e.getMessage()).doesNotContain(TEST_BSN);
                        assertThat(e.toString()).doesNotContain(TEST_BSN);
                    });
        }
        SharingDecision d = SharingCheck.check(allowed().withCategory(DataCategory.BSN), AFTER);
        assertThat(d.toString()).doesNotContain(TEST_BSN);
        assertThat(ZvhJson.write(d)).doesNotContain(TEST_BSN);
        assertThat(d.explain(Locale.ENGLISH)).doesNotContain(TEST_BSN);
    }

    @Test
    @DisplayName("explain: a Dutch and an English paragraph naming outcome, regime, refusing rules and missing facts")
    void explain() {
        SharingDecision d = SharingCheck.check(allowed().withOriginRegime(java.util.Optional.empty()), AFTER);
        String nl = d.explain(Locale.forLanguageTag("nl"));
        String en = d.explain(Locale.ENGLISH);
        assertThat(nl).contains("geweigerd", "SHARE-JUSTICE-ORIGIN", "originRegime", "Uit te zoeken");
        assertThat(en).contains("refused", "SHARE-JUSTICE-ORIGIN", "originRegime", "To find out");
        assertThat(SharingCheck.check(allowed(), AFTER).explain(Locale.ENGLISH)).contains("allowed", "WGS");
    }

    /** The Dutch paragraph has the Dutch phrase and not the English one; the English paragraph the other way round. */
    private static void explainsIn(SharingDecision d, String dutch, String english) {
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains(dutch).doesNotContain(english);
        assertThat(d.explain(Locale.ENGLISH)).contains(english).doesNotContain(dutch);
    }

    @Test
    @DisplayName("explain: the request, outcome, regime and basis, each refusal (definite or not established), missing facts, "
            + "conditions, end of retention and configuration, each in its own language")
    void explainEveryPart() {
        SharingFacts f = allowed();
        SharingDecision allow = SharingCheck.check(f, AFTER);
        explainsIn(allow, String.format("Verstrekking van %s door %s aan %s voor %s op %s: %s (ALLOW). ", f.category().labelNl(),
                f.provider().type().labelNl(), f.recipient().type().labelNl(), f.purpose().labelNl(), AFTER,
                SharingOutcome.ALLOW.labelNl()), String.format("Sharing %s from %s with %s for %s on %s: %s (ALLOW). ",
                f.category().labelEn(), f.provider().type().labelEn(), f.recipient().type().labelEn(), f.purpose().labelEn(),
                AFTER, SharingOutcome.ALLOW.labelEn()));
        explainsIn(allow, "Regime: " + SharingRegime.WGS.labelNl() + "; grondslag: " + SharingBasis.WGS_JOINT_PROCESSING.labelNl() + ". ",
                "Regime: " + SharingRegime.WGS.labelEn() + "; basis: " + SharingBasis.WGS_JOINT_PROCESSING.labelEn() + ". ");
        explainsIn(allow, "Configuratie: reference (" + allow.configDigest() + ").",
                "Configuration: reference (" + allow.configDigest() + ").");
        assertThat(allow.explain(Locale.ENGLISH)).doesNotContain("Refused by", "To find out", "Conditions", "End of retention");
        assertThat(allow.explain(Locale.forLanguageTag("nl"))).doesNotContain("Geweigerd door", "Uit te zoeken", "Voorwaarden",
                "Einde bewaartermijn");

        SharingDecision noNecessity = SharingCheck.check(allowed().withNecessityRecorded(Tri.FALSE), AFTER);
        explainsIn(noNecessity, "Geweigerd door SHARE-NECESSITY: er is geen noodzaak vastgelegd voor deze categorie bij dit doel. ",
                "Refused by SHARE-NECESSITY: no necessity for this category and purpose is on record. ");
        SharingDecision originUnknown = SharingCheck.check(allowed().withOriginRegime(java.util.Optional.empty()), AFTER);
        explainsIn(originUnknown, "kan zulke gegevens betreffen (niet vastgesteld). ", "could be such data (not established). ");
        explainsIn(originUnknown, "Uit te zoeken: originRegime. ", "To find out: originRegime. ");
        SharingDecision regimeUnknown = SharingCheck.check(allowed().withCaseFacts(caseOf(allowed()).withTaskCategory(
                java.util.Optional.empty())), AFTER);
        assertThat(regimeUnknown.basis()).isEmpty();
        explainsIn(regimeUnknown, "Regime: " + SharingRegime.UNKNOWN.labelNl() + ". ", "Regime: " + SharingRegime.UNKNOWN.labelEn() + ". ");

        SharingDecision aggregated = SharingCheck.check(allowed().withAggregated(true), AFTER);
        explainsIn(aggregated, "Geaggregeerde of geanonimiseerde gegevens zijn geen persoonsgegevens (SHARE-NO-PERSONAL-DATA).",
                "Aggregated or anonymised data are no personal data (SHARE-NO-PERSONAL-DATA).");
        assertThat(aggregated.explain(Locale.ENGLISH)).endsWith("(SHARE-NO-PERSONAL-DATA).").doesNotContain("Configuration");

        SharingDecision conditions = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .withCategory(DataCategory.RELIGION_OR_BELIEF), AFTER);
        assertThat(conditions.conditions()).containsExactly(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        SharingCondition c = SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS;
        explainsIn(conditions, "Voorwaarden: " + c.labelNl() + " (" + c.ruleId() + "). ",
                "Conditions: " + c.labelEn() + " (" + c.ruleId() + "). ");

        HouseConfig config = HouseConfig.builder().from(HouseConfig.reference()).retention(RetentionTerms.builder()
                .baseTerm(Period.ofYears(2)).provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "", "test")).build()).build();
        SharingDecision retained = SharingCheck.check(allowed().withCaseFacts(CaseFacts.builder().status(CaseStatus.CLOSED)
                .taskCategory(TaskCategory.BASISTAAK).firstProcessedOn(LocalDate.of(2024, 1, 15)).closedOn(LocalDate.of(2025, 3, 10))
                .build()), config, AFTER);
        // rev. 2: the sentence says whose retention it is and that the end is the last day (SharingRetentionTest.explain)
        explainsIn(retained, "Einde bewaartermijn: 2027-03-10, ", "End of retention: 2027-03-10, ");

        // a decision read back with a refusing rule this version has no reason text for names the rule id as its reason
        SharingDecision deny = SharingCheck.check(allowed().withNecessityRecorded(Tri.FALSE), AFTER);
        SharingDecision unlisted = ImmutableSharingDecision.builder().from(deny).addTrace(RuleResult.of("SHARE-FUTURE",
                Tri.TRUE, List.of(), List.of())).addRefusedBy("SHARE-FUTURE").build();
        assertThat(unlisted.explain(Locale.ENGLISH)).contains("; SHARE-FUTURE: SHARE-FUTURE. ");
        assertThat(unlisted.explain(Locale.forLanguageTag("nl"))).contains("; SHARE-FUTURE: SHARE-FUTURE. ");
    }

    @Test
    @DisplayName("every SHARE-* rule has citations, built once; an id that is not a sharing rule is a programming error")
    void citationsPerRule() {
        for (String id : SharingRules.ALL) {
            assertThat(SharingRules.citations(id)).as(id).isNotEmpty().isSameAs(SharingRules.citations(id));
        }
        assertThatThrownBy(() -> SharingRules.citations("SHARE-NONE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHARE-NONE");
    }
}
