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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** A recipient whose rev. 2 facts (guest, declaration, referrer) can be set with {@code with…}. */
    static ImmutableRecipient rcp(PartnerType type, Tri participant, Tri involvedInCase) {
        return ImmutableRecipient.copyOf(Recipient.of(type, participant, involvedInCase));
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
                "SHARE-PARTICIPANTS", "SHARE-GUEST", "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS",
                "SHARE-RECIPIENT", "SHARE-CATEGORY", "SHARE-SECRECY", "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL",
                "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN", "SHARE-THIRD-PARTY", "SHARE-NECESSITY");
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

    /** The result of one rule in a decision's trace. */
    static RuleResult rule(SharingDecision d, String ruleId) {
        return d.trace().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("SHARE-PARTICIPANTS: a provider known not to participate refuses whatever the recipient; ZVH's value is not read; "
            + "a recipient that is not known to participate may be a guest (rev. 2)")
    void SHARE_PARTICIPANTS() {
        SharingDecision d = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.FALSE))
                .withRecipient(Recipient.of(PartnerType.GGZ, Tri.UNKNOWN, Tri.TRUE)), AFTER);
        // SHARE-PARTICIPANTS refuses on known facts and names nothing; SHARE-GUEST (rev. 2) refuses too: the recipient may
        // be a guest whose declaration is not known
        assertThat(d.refusedBy()).containsExactly("SHARE-PARTICIPANTS", "SHARE-GUEST");
        assertThat(rule(d, "SHARE-PARTICIPANTS").value()).isEqualTo(Tri.TRUE);
        assertThat(rule(d, "SHARE-PARTICIPANTS").missing()).isEmpty();
        assertThat(rule(d, "SHARE-GUEST").missing()).containsExactly("recipient.guest", "recipient.participant",
                "recipient.secrecyDeclarationSigned");
        SharingDecision both = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.UNKNOWN))
                .withRecipient(rcp(PartnerType.GGZ, Tri.UNKNOWN, Tri.TRUE).withGuest(Tri.FALSE)), AFTER);
        assertThat(both.refusedBy()).containsExactly("SHARE-PARTICIPANTS");
        assertThat(both.missing()).containsExactly("provider.participant", "recipient.participant");
        SharingDecision zvh = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.ZVH, Tri.FALSE, Tri.FALSE)), AFTER);
        assertThat(zvh.outcome()).isEqualTo(SharingOutcome.ALLOW);
        SharingDecision zvhToZvh = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.ZVH, Tri.FALSE))
                .withRecipient(Recipient.of(PartnerType.ZVH, Tri.FALSE, Tri.FALSE)).withOrigin(Origin.of(PartnerType.POLITIE)), AFTER);
        assertThat(zvhToZvh.outcome()).isEqualTo(SharingOutcome.ALLOW);
        // a guest (recipient.guest TRUE) is never refused by SHARE-PARTICIPANTS, whatever its participation
        for (Tri participant : Tri.values()) {
            SharingDecision guest = SharingCheck.check(allowed().withRecipient(rcp(PartnerType.WONINGCORPORATIE,
                    participant, Tri.UNKNOWN).withGuest(Tri.TRUE).withSecrecyDeclarationSigned(Tri.TRUE)), AFTER);
            assertThat(rule(guest, "SHARE-PARTICIPANTS").value()).as("%s", participant).isEqualTo(Tri.FALSE);
        }
        // the recipient not a participant and not a guest: refused on known facts
        SharingDecision noGuest = SharingCheck.check(allowed().withRecipient(rcp(PartnerType.WONINGCORPORATIE,
                Tri.FALSE, Tri.TRUE).withGuest(Tri.FALSE)), AFTER);
        assertThat(noGuest.refusedBy()).containsExactly("SHARE-PARTICIPANTS");
        assertThat(noGuest.missing()).isEmpty();
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
    @DisplayName("SHARE-STATUS: a closed or handed-over case allows no purpose, a declined one only REFERRAL_FEEDBACK (rev. 2)")
    void SHARE_STATUS(CaseStatus status) {
        for (Purpose p : Purpose.values()) {
            SharingDecision d = SharingCheck.check(allowed().withPurpose(p).withCaseFacts(caseOf(allowed()).withStatus(status)), AFTER);
            if (p.aggregatedOnly()) {
                assertThat(d.trace()).extracting(RuleResult::ruleId).doesNotContain("SHARE-STATUS");
                continue;
            }
            boolean allowedStatus = switch (p) {
                case SCREENING -> status == CaseStatus.REGISTERED || status == CaseStatus.SCREENING;
                case REFERRAL_FEEDBACK -> status == CaseStatus.SCREENING || status == CaseStatus.ADMITTED
                        || status == CaseStatus.DECLINED;
                case KNOWN_ELSEWHERE_CHECK -> status == CaseStatus.REGISTERED || status == CaseStatus.SCREENING
                        || status == CaseStatus.ADMITTED;
                default -> status == CaseStatus.ADMITTED;
            };
            assertThat(d.refusedBy().contains("SHARE-STATUS")).as("%s %s", p, status).isEqualTo(!allowedStatus);
            assertThat(p.statuses().contains(status)).isEqualTo(allowedStatus);
            if (status == CaseStatus.CLOSED || status == CaseStatus.HANDED_OVER
                    || (status == CaseStatus.DECLINED && p != Purpose.REFERRAL_FEEDBACK)) {
                assertThat(d.refusedBy()).contains("SHARE-STATUS");
            }
        }
    }

    static Stream<Arguments> recipients() {
        return Stream.of(
                // SCREENING: ZVH; a public participant at the table; the enrichment question (identity only, from ZVH):
                // any partner under a covenant, a public participant only under the WGS (rev. 2)
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.POLITIE, DataCategory.BSN, AFTER, true),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.GGZ, DataCategory.IDENTIFYING, AFTER, false),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.GGZ, DataCategory.IDENTIFYING, BEFORE, true),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.LEERPLICHT, DataCategory.IDENTIFYING, AFTER, true),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.GGZ, DataCategory.FINANCIAL, BEFORE, false),
                Arguments.of(Purpose.SCREENING, PartnerType.ZVH, PartnerType.POLITIE, DataCategory.FINANCIAL, AFTER, false),
                Arguments.of(Purpose.SCREENING, PartnerType.POLITIE, PartnerType.GGZ, DataCategory.IDENTIFYING, AFTER, false),
                Arguments.of(Purpose.SCREENING, PartnerType.POLITIE, PartnerType.GGZ, DataCategory.IDENTIFYING, BEFORE, false),
                Arguments.of(Purpose.SCREENING, PartnerType.POLITIE, PartnerType.ZVH, DataCategory.CRIMINAL_JUSTICE, AFTER, true),
                // REFERRAL_FEEDBACK (rev. 2): from ZVH to the referrer only
                Arguments.of(Purpose.REFERRAL_FEEDBACK, PartnerType.ZVH, PartnerType.GEMEENTE, DataCategory.CASE_FACTS, AFTER, true),
                Arguments.of(Purpose.REFERRAL_FEEDBACK, PartnerType.POLITIE, PartnerType.GEMEENTE, DataCategory.CASE_FACTS, AFTER, false),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.ZVH, PartnerType.HALT, DataCategory.CASE_FACTS, AFTER, true),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.OPENBAAR_MINISTERIE, PartnerType.ZVH, DataCategory.CRIMINAL_JUSTICE, AFTER, true),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.ZVH, PartnerType.DJI, DataCategory.CASE_FACTS, AFTER, false),
                Arguments.of(Purpose.ZSM_CONTEXT, PartnerType.POLITIE, PartnerType.RECLASSERING, DataCategory.CASE_FACTS, AFTER, false),
                Arguments.of(Purpose.KNOWN_ELSEWHERE_CHECK, PartnerType.ZVH, PartnerType.ZVH, DataCategory.BSN, AFTER, true),
                Arguments.of(Purpose.KNOWN_ELSEWHERE_CHECK, PartnerType.ZVH, PartnerType.POLITIE, DataCategory.BSN, AFTER, false),
                Arguments.of(Purpose.PLAN_EXECUTION, PartnerType.GGZ, PartnerType.ZVH, DataCategory.CASE_FACTS, AFTER, true),
                Arguments.of(Purpose.PLAN_EXECUTION, PartnerType.GGZ, PartnerType.POLITIE, DataCategory.CASE_FACTS, AFTER, false));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}, {3} on {4}: {5}")
    @MethodSource("recipients")
    @DisplayName("SHARE-RECIPIENT: the recipients column of the purposes table, incl. the screening enrichment question per regime, "
            + "the referrer and ZSM (the recipient known not to be involved, and the referrer)")
    void SHARE_RECIPIENT(Purpose purpose, PartnerType provider, PartnerType recipient, DataCategory category, LocalDate asOf,
            boolean allowed) {
        CaseStatus status = purpose == Purpose.SCREENING ? CaseStatus.REGISTERED
                : purpose == Purpose.REFERRAL_FEEDBACK ? CaseStatus.DECLINED : CaseStatus.ADMITTED;
        ImmutableSharingFacts f = allowed().withPurpose(purpose).withCategory(category)
                .withProvider(Provider.of(provider, Tri.TRUE)).withRecipient(rcp(recipient, Tri.TRUE, Tri.FALSE).withReferrer(Tri.TRUE))
                .withCaseFacts(caseOf(allowed()).withStatus(status));
        SharingDecision d = SharingCheck.check(f, asOf);
        assertThat(d.refusedBy().contains("SHARE-RECIPIENT")).isEqualTo(!allowed);
        assertThat(rule(d, "SHARE-RECIPIENT").missing()).isEmpty();
    }

    @Test
    @DisplayName("SHARE-RECIPIENT at SCREENING (rev. 2): a public participant must sit at the screening table; the enrichment question "
            + "to a private partner reads the regime")
    void SHARE_RECIPIENT_screeningTable() {
        ImmutableSharingFacts screening = allowed().withPurpose(Purpose.SCREENING).withCategory(DataCategory.INCOME)
                .withProvider(Provider.of(PartnerType.GEMEENTE, Tri.TRUE))
                .withCaseFacts(caseOf(allowed()).withStatus(CaseStatus.SCREENING));
        for (PartnerType p : PartnerType.values()) {
            boolean isPublic = SharingRules.PUBLIC_PARTICIPANTS.contains(p);
            for (Tri involved : Tri.values()) {
                SharingDecision d = SharingCheck.check(screening.withRecipient(Recipient.of(p, Tri.TRUE, involved)), AFTER);
                RuleResult r = rule(d, "SHARE-RECIPIENT");
                Tri expected = p == PartnerType.ZVH ? Tri.FALSE : isPublic ? involved.not() : Tri.TRUE;
                assertThat(r.value()).as("%s involved %s", p, involved).isEqualTo(expected);
                assertThat(r.missing()).isEqualTo(expected == Tri.UNKNOWN ? List.of("recipient.involvedInCase") : List.of());
            }
        }
        // reading (README): the public participants are the purposes table's list of art. 2.27 lid 1; a sociaal wijkteam
        // is not among them, even where a house configures its wijkteam as the college
        assertThat(SharingRules.PUBLIC_PARTICIPANTS).containsExactlyInAnyOrder(PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE,
                PartnerType.DJI, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.GEMEENTE, PartnerType.LEERPLICHT,
                PartnerType.GGD);
        // reading (README): the screening table applies under a covenant too (the table does not tie it to the WGS)
        ImmutableSharingFacts covenant = screening.withCaseFacts(caseOf(screening).withCovenantInForce(Tri.TRUE));
        assertThat(rule(SharingCheck.check(covenant.withRecipient(Recipient.of(PartnerType.POLITIE, Tri.TRUE, Tri.TRUE)), BEFORE),
                "SHARE-RECIPIENT").value()).isEqualTo(Tri.FALSE);
        assertThat(rule(SharingCheck.check(covenant.withRecipient(Recipient.of(PartnerType.SOCIAAL_WIJKTEAM, Tri.TRUE, Tri.TRUE)), BEFORE),
                "SHARE-RECIPIENT").value()).isEqualTo(Tri.TRUE);
        // the enrichment question to a private partner with the regime unknown: the regime (case.taskCategory) decides
        SharingDecision unknownRegime = SharingCheck.check(allowed().withPurpose(Purpose.SCREENING).withCategory(DataCategory.BSN)
                .withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE)).withRecipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.FALSE))
                .withCaseFacts(CaseFacts.builder().status(CaseStatus.REGISTERED).build()), AFTER);
        assertThat(rule(unknownRegime, "SHARE-RECIPIENT").missing()).containsExactly("case.taskCategory");
        assertThat(rule(SharingCheck.check(allowed().withPurpose(Purpose.SCREENING).withCategory(DataCategory.BSN)
                .withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE)).withRecipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.FALSE))
                .withCaseFacts(CaseFacts.builder().status(CaseStatus.REGISTERED).taskCategory(TaskCategory.PLUSTAAK)
                        .covenantInForce(Tri.TRUE).build()), AFTER), "SHARE-RECIPIENT").value()).isEqualTo(Tri.FALSE);
    }

    @Test
    @DisplayName("SHARE-RECIPIENT for REFERRAL_FEEDBACK (rev. 2): recipient.referrer is read, and named when unknown")
    void SHARE_RECIPIENT_referrer() {
        ImmutableSharingFacts feedback = allowed().withPurpose(Purpose.REFERRAL_FEEDBACK).withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE))
                .withOrigin(Origin.of(PartnerType.GEMEENTE)).withCaseFacts(caseOf(allowed()).withStatus(CaseStatus.DECLINED));
        for (Tri referrer : Tri.values()) {
            SharingDecision d = SharingCheck.check(feedback.withRecipient(rcp(PartnerType.GEMEENTE, Tri.TRUE, Tri.UNKNOWN)
                    .withReferrer(referrer)), AFTER);
            assertThat(rule(d, "SHARE-RECIPIENT").value()).isEqualTo(referrer.not());
            assertThat(d.missing()).isEqualTo(referrer == Tri.UNKNOWN ? List.of("recipient.referrer") : List.of());
            assertThat(d.isAllowed()).isEqualTo(referrer == Tri.TRUE);
        }
        // from a partner other than ZVH: refused whatever the referrer fact, and it is not named
        SharingDecision fromPolice = SharingCheck.check(feedback.withOrigin(Origin.unknown())
                .withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE)).withRecipient(rcp(PartnerType.GEMEENTE, Tri.TRUE, Tri.TRUE)), AFTER);
        assertThat(fromPolice.refusedBy()).containsExactly("SHARE-RECIPIENT");
        assertThat(fromPolice.missing()).isEmpty();
    }

    @Test
    @DisplayName("SHARE-RECIPIENT: a partner not known to be involved in the case is refused, naming recipient.involvedInCase")
    void SHARE_RECIPIENT_involvement() {
        SharingDecision d = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.UNKNOWN)), AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-RECIPIENT");
        assertThat(d.missing()).containsExactly("recipient.involvedInCase");
    }

    @Test
    @DisplayName("SHARE-CATEGORY: no special categories for screening; ZSM only case facts and criminal-justice data; the "
            + "known-elsewhere check identity and BSN only; the answer to the referrer case facts only (rev. 2)")
    void SHARE_CATEGORY() {
        SharingFacts screening = allowed().withPurpose(Purpose.SCREENING).withCategory(DataCategory.HEALTH)
                .withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE)).withRecipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE))
                .withCaseFacts(caseOf(allowed()).withStatus(CaseStatus.SCREENING));
        assertThat(SharingCheck.check(screening, AFTER).refusedBy()).containsExactly("SHARE-CATEGORY");
        SharingFacts zsm = allowed().withPurpose(Purpose.ZSM_CONTEXT).withCategory(DataCategory.HOUSING)
                .withRecipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE));
        assertThat(SharingCheck.check(zsm, AFTER).refusedBy()).containsExactly("SHARE-CATEGORY");
        // the table, category by category (rev. 2: the categories of WGS art. 2.30 lid 1 and nationality)
        assertThat(Purpose.SCREENING.categories()).containsExactlyInAnyOrder(DataCategory.IDENTIFYING, DataCategory.BSN,
                DataCategory.CASE_FACTS, DataCategory.LIFE_DOMAIN_ASSESSMENT, DataCategory.CRIMINAL_JUSTICE,
                DataCategory.CHILD_PROTECTION, DataCategory.SOCIAL_DOMAIN, DataCategory.FINANCIAL, DataCategory.INCOME,
                DataCategory.HOUSING, DataCategory.RELATIONS, DataCategory.ENFORCEMENT, DataCategory.CARE, DataCategory.NATIONALITY);
        assertThat(Purpose.REFERRAL_FEEDBACK.categories()).containsExactly(DataCategory.CASE_FACTS);
        assertThat(Purpose.KNOWN_ELSEWHERE_CHECK.categories()).containsExactlyInAnyOrder(DataCategory.IDENTIFYING, DataCategory.BSN);
        assertThat(Purpose.ZSM_CONTEXT.categories()).containsExactlyInAnyOrder(DataCategory.CASE_FACTS, DataCategory.CRIMINAL_JUSTICE);
        assertThat(Purpose.CASE_CONSULTATION.categories()).containsExactlyInAnyOrder(DataCategory.values());
        assertThat(Purpose.PLAN_EXECUTION.categories()).containsExactlyInAnyOrder(DataCategory.values());
        assertThat(Purpose.TREND_ANALYSIS.categories()).isEmpty();
        assertThat(Purpose.EXPERTISE_ADVICE.categories()).isEmpty();
        // SHR-048: nationality is no identity datum of the known-elsewhere check (SRC-WGS art. 2.28 lid 1)
        SharingFacts nationalityElsewhere = allowed().withPurpose(Purpose.KNOWN_ELSEWHERE_CHECK).withCategory(DataCategory.NATIONALITY)
                .withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE)).withRecipient(Recipient.of(PartnerType.ZVH, Tri.TRUE, Tri.TRUE))
                .withOrigin(Origin.of(PartnerType.GEMEENTE));
        assertThat(SharingCheck.check(nationalityElsewhere, AFTER).refusedBy()).containsExactly("SHARE-CATEGORY");
    }

    @ParameterizedTest
    @EnumSource(Purpose.class)
    @DisplayName("SHARE-CATEGORY (rev. 2): nationality, where a purpose lists it, carries IDENTIFICATION_ONLY (SRC-BGS art. 1.9); "
            + "no other category does")
    void SHARE_CATEGORY_identificationOnly(Purpose purpose) {
        for (DataCategory c : DataCategory.values()) {
            SharingDecision d = SharingCheck.check(allowed().withPurpose(purpose).withCategory(c), AFTER);
            assertThat(d.conditions().contains(SharingCondition.IDENTIFICATION_ONLY)).as("%s %s", purpose, c)
                    .isEqualTo(c == DataCategory.NATIONALITY && d.isAllowed());
            assertThat(d.isAllowed() && c == DataCategory.NATIONALITY).as("%s %s allowed", purpose, c)
                    .isEqualTo(c == DataCategory.NATIONALITY
                            && (purpose == Purpose.CASE_CONSULTATION || purpose == Purpose.PLAN_EXECUTION));
        }
        SharingDecision nationality = SharingCheck.check(allowed().withCategory(DataCategory.NATIONALITY), AFTER);
        assertThat(nationality.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(nationality.conditions()).containsExactly(SharingCondition.IDENTIFICATION_ONLY);
        assertThat(SharingCondition.IDENTIFICATION_ONLY.ruleId()).isEqualTo("SHARE-CATEGORY");
    }

    static Stream<Arguments> secrecy() {
        // basis, accepted under COVENANT, accepted under WGS
        return Stream.of(Arguments.of(null, false, false), Arguments.of(SecrecyBasis.NONE, false, false),
                Arguments.of(SecrecyBasis.CONSENT_UNDER_DRANG, false, false), Arguments.of(SecrecyBasis.CONSENT, true, true),
                Arguments.of(SecrecyBasis.STATUTORY, true, true), Arguments.of(SecrecyBasis.GOOD_CARE, false, true),
                Arguments.of(SecrecyBasis.CONFLICT_OF_DUTIES, true, true));
    }

    @ParameterizedTest(name = "{0} → covenant {1}, WGS {2}")
    @MethodSource("secrecy")
    @DisplayName("SHARE-SECRECY (rev. 2): every category from a secrecy-bound origin holder needs a basis the regime accepts "
            + "(GOOD_CARE under the WGS only); conditions on an allow")
    void SHARE_SECRECY(SecrecyBasis basis, boolean covenant, boolean wgs) {
        Consent consent = Consent.builder().ageBand(ConsentAgeBand.FROM_16).capable(Tri.TRUE).givenBy(GivenBy.SUBJECT_SELF).build();
        for (DataCategory category : List.of(DataCategory.CASE_FACTS, DataCategory.IDENTIFYING, DataCategory.HEALTH, DataCategory.CARE)) {
            ImmutableSharingFacts f = allowed().withProvider(Provider.of(PartnerType.VERSLAVINGSZORG, Tri.TRUE))
                    .withCategory(category).withSecrecyBasis(java.util.Optional.ofNullable(basis)).withConsent(consent);
            ImmutableSharingFacts plustaak = f.withCaseFacts(caseOf(f).withTaskCategory(TaskCategory.PLUSTAAK).withCovenantInForce(Tri.TRUE));
            for (ImmutableSharingFacts request : List.of(f, plustaak)) {
                boolean accepted = request == f ? wgs : covenant;
                SharingDecision d = SharingCheck.check(request, AFTER);
                if (accepted) {
                    assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
                    assertThat(d.conditions()).contains(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY);
                    assertThat(d.conditions().contains(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS)).isEqualTo(category.isSpecial());
                } else {
                    assertThat(d.refusedBy()).as("%s %s", category, request.caseFacts().taskCategory()).containsExactly("SHARE-SECRECY");
                    assertThat(d.conditions()).isEmpty();
                    assertThat(d.missing()).isEqualTo(basis == null ? List.of("secrecyBasis") : List.of());
                }
            }
            // a provider not bound by secrecy: no basis needed, no secrecy conditions
            SharingDecision unbound = SharingCheck.check(f.withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE)), AFTER);
            assertThat(unbound.isAllowed()).isTrue();
            assertThat(unbound.conditions()).doesNotContain(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY);
        }
    }

    @Test
    @DisplayName("SHARE-SECRECY (rev. 2): SOCIAAL_WIJKTEAM and VEILIG_THUIS are bound like the others; GOOD_CARE with the regime "
            + "unknown is not accepted")
    void SHARE_SECRECY_boundTypes() {
        for (PartnerType p : PartnerType.values()) {
            SharingDecision none = SharingCheck.check(allowed().withProvider(Provider.of(p, Tri.TRUE))
                    .withSecrecyBasis(SecrecyBasis.NONE), AFTER);
            boolean bound = EnumSet.of(PartnerType.GGZ, PartnerType.VERSLAVINGSZORG, PartnerType.GEHANDICAPTENZORG,
                    PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.GGD, PartnerType.SOCIAAL_WIJKTEAM,
                    PartnerType.VEILIG_THUIS).contains(p);
            // ZVH passes data on: its origin holder is not given here, so it may be bound
            assertThat(rule(none, "SHARE-SECRECY").value()).as("%s", p).isEqualTo(p == PartnerType.ZVH ? Tri.UNKNOWN : Tri.of(bound));
            SharingDecision statutory = SharingCheck.check(allowed().withProvider(Provider.of(p, Tri.TRUE))
                    .withSecrecyBasis(SecrecyBasis.STATUTORY), AFTER);
            assertThat(rule(statutory, "SHARE-SECRECY").value()).as("%s", p).isEqualTo(Tri.FALSE);
        }
        SharingDecision goodCareUnknownRegime = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.GGZ, Tri.TRUE))
                .withSecrecyBasis(SecrecyBasis.GOOD_CARE).withCaseFacts(caseOf(allowed()).withTaskCategory(java.util.Optional.empty())), AFTER);
        assertThat(rule(goodCareUnknownRegime, "SHARE-SECRECY").value()).isEqualTo(Tri.UNKNOWN);
        assertThat(rule(goodCareUnknownRegime, "SHARE-SECRECY").missing()).containsExactly("case.taskCategory");
        // before the WGS date GOOD_CARE is no ground (the covenant regime)
        SharingDecision goodCareBefore = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.GGZ, Tri.TRUE))
                .withSecrecyBasis(SecrecyBasis.GOOD_CARE).withCaseFacts(caseOf(allowed()).withCovenantInForce(Tri.TRUE)), BEFORE);
        assertThat(goodCareBefore.refusedBy()).containsExactly("SHARE-SECRECY");
    }

    @Test
    @DisplayName("SHARE-SECRECY (rev. 2): the house's bureau passing data on carries the origin holder's secrecy; an unknown holder "
            + "may be bound, unless the basis is accepted; the house's own records are not bound")
    void SHARE_SECRECY_originHolder() {
        ImmutableSharingFacts fromHouse = allowed().withProvider(Provider.of(PartnerType.ZVH, Tri.UNKNOWN));
        // SHR-029: the bureau passes on a diagnosis GGZ brought in
        SharingDecision ggz = SharingCheck.check(fromHouse.withCategory(DataCategory.HEALTH).withSecrecyBasis(SecrecyBasis.NONE)
                .withOrigin(Origin.of(PartnerType.GGZ)), AFTER);
        assertThat(ggz.refusedBy()).containsExactly("SHARE-SECRECY");
        assertThat(ggz.missing()).isEmpty();
        SharingDecision police = SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.NONE).withOrigin(Origin.of(PartnerType.POLITIE)), AFTER);
        assertThat(police.outcome()).isEqualTo(SharingOutcome.ALLOW);
        SharingDecision own = SharingCheck.check(fromHouse.withOrigin(Origin.of(PartnerType.ZVH)), AFTER);
        assertThat(own.outcome()).isEqualTo(SharingOutcome.ALLOW);
        // holder unknown: bound UNKNOWN; both facts named while the basis is unknown too
        SharingDecision unknown = SharingCheck.check(fromHouse, AFTER);
        assertThat(unknown.refusedBy()).containsExactly("SHARE-SECRECY");
        assertThat(unknown.missing()).containsExactly("origin.holder", "secrecyBasis");
        SharingDecision unknownNone = SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.NONE), AFTER);
        assertThat(unknownNone.missing()).containsExactly("origin.holder");
        // an accepted basis settles the rule whatever the holder, and the secrecy conditions apply: the holder may be bound
        SharingDecision statutory = SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.STATUTORY), AFTER);
        assertThat(statutory.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(statutory.conditions()).containsExactly(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY);
        // a known unbound holder with an accepted basis: no secrecy conditions
        SharingDecision statutoryPolice = SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.STATUTORY)
                .withOrigin(Origin.of(PartnerType.POLITIE)), AFTER);
        assertThat(statutoryPolice.outcome()).isEqualTo(SharingOutcome.ALLOW);
        // the provider's own holder, given explicitly, changes nothing
        assertThat(SharingCheck.check(allowed().withOrigin(Origin.of(PartnerType.POLITIE)), AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
        // the reference table is configuration: a configured table decides
        HouseConfig policeBound = HouseConfig.builder().from(HouseConfig.reference()).secrecyBound(
                Map.of(PartnerType.POLITIE, Provenance.interpretation(SourceId.HANDVAT2019, "§2.7", "test"))).build();
        assertThat(SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.NONE).withOrigin(Origin.of(PartnerType.POLITIE)),
                policeBound, AFTER).refusedBy()).containsExactly("SHARE-SECRECY");
        assertThat(SharingCheck.check(fromHouse.withSecrecyBasis(SecrecyBasis.NONE).withOrigin(Origin.of(PartnerType.GGZ)),
                policeBound, AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
    }

    static Stream<Arguments> origins() {
        return Stream.of(Arguments.of(OriginRegime.WPG, PartnerType.POLITIE, true),
                Arguments.of(OriginRegime.WPG, PartnerType.OPENBAAR_MINISTERIE, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.DJI, true),
                Arguments.of(OriginRegime.WJSG, PartnerType.OPENBAAR_MINISTERIE, true),
                // rev. 2: Reclassering, the Raad and Halt receive Wjsg data and may not pass them on (Wjsg art. 52)
                Arguments.of(OriginRegime.WJSG, PartnerType.HALT, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.RECLASSERING, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.POLITIE, false),
                Arguments.of(OriginRegime.WJSG, PartnerType.GEMEENTE, false),
                // rev. 2: under the WGS criminal data enter the house only as police or justice data
                Arguments.of(OriginRegime.AVG, PartnerType.RECLASSERING, false),
                Arguments.of(null, PartnerType.POLITIE, false),
                Arguments.of(null, PartnerType.OPENBAAR_MINISTERIE, false));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @MethodSource("origins")
    @DisplayName("SHARE-JUSTICE-ORIGIN: police and justice data only from their origin holder; criminal AVG data refused under the WGS; "
            + "unknown origin refused")
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
        // under a covenant criminal AVG data may pass (the WGS clause does not apply)
        SharingDecision covenant = SharingCheck.check(f.withOriginRegime(OriginRegime.AVG)
                .withCaseFacts(caseOf(f).withCovenantInForce(Tri.TRUE)), BEFORE);
        assertThat(covenant.outcome()).isEqualTo(SharingOutcome.ALLOW);
    }

    @Test
    @DisplayName("SHARE-JUSTICE-ORIGIN (rev. 2): the house's bureau passes police or justice data on only at the case table under the "
            + "WGS; the origin holder is read, and named when unknown")
    void SHARE_JUSTICE_ORIGIN_fromTheHouse() {
        ImmutableSharingFacts wpg = allowed().withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE)).withCategory(DataCategory.CRIMINAL_JUSTICE)
                .withOriginRegime(OriginRegime.WPG).withOrigin(Origin.of(PartnerType.POLITIE)).withSecrecyBasis(SecrecyBasis.NONE);
        // SHR-038: at the case consultation of a WGS case
        SharingDecision table = SharingCheck.check(wpg, AFTER);
        assertThat(table.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(table.conditions()).containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        assertThat(SharingCheck.check(wpg.withPurpose(Purpose.PLAN_EXECUTION), AFTER).isAllowed()).isTrue();
        // SHR-039: outside the table the police regime travels with the data
        SharingDecision zsm = SharingCheck.check(wpg.withPurpose(Purpose.ZSM_CONTEXT)
                .withRecipient(Recipient.of(PartnerType.OPENBAAR_MINISTERIE, Tri.TRUE, Tri.TRUE)), AFTER);
        assertThat(zsm.refusedBy()).containsExactly("SHARE-JUSTICE-ORIGIN");
        // under a covenant, not even at the table
        SharingDecision covenant = SharingCheck.check(wpg.withCaseFacts(caseOf(wpg).withTaskCategory(TaskCategory.PLUSTAAK)
                .withCovenantInForce(Tri.TRUE)), AFTER);
        assertThat(covenant.refusedBy()).containsExactly("SHARE-JUSTICE-ORIGIN");
        // Wjsg data from the OM, passed on at the table
        assertThat(SharingCheck.check(wpg.withOriginRegime(OriginRegime.WJSG).withOrigin(Origin.of(PartnerType.OPENBAAR_MINISTERIE)),
                AFTER).isAllowed()).isTrue();
        // the holder is not POLITIE: refused on known facts
        SharingDecision wrongHolder = SharingCheck.check(wpg.withOrigin(Origin.of(PartnerType.GEMEENTE)), AFTER);
        assertThat(wrongHolder.refusedBy()).containsExactly("SHARE-JUSTICE-ORIGIN");
        assertThat(wrongHolder.missing()).isEmpty();
        // the holder unknown: named (and by SHARE-SECRECY, as the basis NONE may meet a bound holder)
        SharingDecision unknownHolder = SharingCheck.check(wpg.withOrigin(Origin.unknown()), AFTER);
        assertThat(rule(unknownHolder, "SHARE-JUSTICE-ORIGIN").missing()).containsExactly("origin.holder");
        // the regime unknown: the table exception and the AVG clause are UNKNOWN, and case.taskCategory is named
        SharingDecision regimeUnknown = SharingCheck.check(wpg.withPurpose(Purpose.CASE_CONSULTATION)
                .withCaseFacts(caseOf(wpg).withTaskCategory(java.util.Optional.empty())), AFTER);
        assertThat(rule(regimeUnknown, "SHARE-JUSTICE-ORIGIN").missing()).containsExactly("case.taskCategory");
        SharingDecision avgRegimeUnknown = SharingCheck.check(allowed().withCategory(DataCategory.CRIMINAL_JUSTICE)
                .withCaseFacts(caseOf(allowed()).withTaskCategory(java.util.Optional.empty())), AFTER);
        assertThat(rule(avgRegimeUnknown, "SHARE-JUSTICE-ORIGIN").missing()).containsExactly("case.taskCategory");
    }

    @Test
    @DisplayName("SHARE-JUSTICE-ORIGIN: an allowed WPG or WJSG request records the weighty public interest; other origins do not")
    void weightyPublicInterestCondition() {
        ImmutableSharingFacts justice = allowed().withCategory(DataCategory.CRIMINAL_JUSTICE);
        assertThat(SharingCheck.check(justice.withOriginRegime(OriginRegime.WPG), AFTER).conditions())
                .containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        assertThat(SharingCheck.check(justice.withOriginRegime(OriginRegime.WJSG)
                .withProvider(Provider.of(PartnerType.DJI, Tri.TRUE)), AFTER).conditions())
                .containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
        // rev. 2: AVG criminal data under the WGS are refused; AVG case facts carry no condition
        SharingDecision avg = SharingCheck.check(allowed().withOriginRegime(OriginRegime.AVG), AFTER);
        assertThat(avg.outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(avg.conditions()).isEmpty();
        // police data that are no criminal-justice category (case facts from the police) still record the interest
        assertThat(SharingCheck.check(allowed().withOriginRegime(OriginRegime.WPG), AFTER).conditions())
                .containsExactly(SharingCondition.RECORD_WEIGHTY_PUBLIC_INTEREST);
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

    static Stream<Arguments> thirdParties() {
        // data subject, category, regime WGS?, relevant, expected value of SHARE-THIRD-PARTY
        return Stream.of(
                Arguments.of(DataSubject.SUBJECT, DataCategory.HEALTH, true, Tri.UNKNOWN, Tri.FALSE),
                Arguments.of(DataSubject.DIRECT_CONTACT, DataCategory.RELATIONS, true, Tri.TRUE, Tri.FALSE),
                Arguments.of(DataSubject.DIRECT_CONTACT, DataCategory.RELATIONS, true, Tri.FALSE, Tri.TRUE),
                Arguments.of(DataSubject.DIRECT_CONTACT, DataCategory.RELATIONS, true, Tri.UNKNOWN, Tri.UNKNOWN),
                Arguments.of(DataSubject.HOUSEHOLD_MEMBER, DataCategory.HOUSING, false, Tri.TRUE, Tri.FALSE),
                // rev. 2: the WGS admits no data about anyone outside the subject's direct circle (BGS art. 2.19)
                Arguments.of(DataSubject.OTHER_PERSON, DataCategory.CASE_FACTS, true, Tri.TRUE, Tri.TRUE),
                Arguments.of(DataSubject.OTHER_PERSON, DataCategory.CASE_FACTS, true, Tri.UNKNOWN, Tri.TRUE),
                Arguments.of(DataSubject.OTHER_PERSON, DataCategory.CASE_FACTS, false, Tri.TRUE, Tri.FALSE),
                Arguments.of(DataSubject.OTHER_PERSON, DataCategory.CASE_FACTS, false, Tri.UNKNOWN, Tri.UNKNOWN),
                // rev. 2: of a professional, identifying and contact data only (WGS art. 2.30 lid 1 c); relevance is not read
                Arguments.of(DataSubject.PROFESSIONAL, DataCategory.IDENTIFYING, true, Tri.UNKNOWN, Tri.FALSE),
                Arguments.of(DataSubject.PROFESSIONAL, DataCategory.IDENTIFYING, false, Tri.FALSE, Tri.FALSE),
                Arguments.of(DataSubject.PROFESSIONAL, DataCategory.CASE_FACTS, true, Tri.TRUE, Tri.TRUE),
                Arguments.of(DataSubject.PROFESSIONAL, DataCategory.BSN, false, Tri.TRUE, Tri.TRUE));
    }

    @ParameterizedTest(name = "{0} {1} WGS={2} relevant={3} → {4}")
    @MethodSource("thirdParties")
    @DisplayName("SHARE-THIRD-PARTY (rev. 2): a related person's data only when relevant; under the WGS nobody outside the direct "
            + "circle; a professional's identifying data only")
    void SHARE_THIRD_PARTY_rev2(DataSubject subject, DataCategory category, boolean wgs, Tri relevant, Tri expected) {
        ImmutableSharingFacts f = allowed().withDataSubject(subject).withCategory(category).withRelevantToSubject(relevant);
        SharingDecision d = SharingCheck.check(wgs ? f : f.withCaseFacts(caseOf(f).withCovenantInForce(Tri.TRUE)), wgs ? AFTER : BEFORE);
        RuleResult r = rule(d, "SHARE-THIRD-PARTY");
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r.missing()).isEqualTo(expected == Tri.UNKNOWN ? List.of("relevantToSubject") : List.of());
    }

    @Test
    @DisplayName("SHARE-THIRD-PARTY (rev. 2): with the data subject unknown, relevance alone does not settle the rule, and with the "
            + "regime unknown another person's data name case.taskCategory")
    void SHARE_THIRD_PARTY_unknowns() {
        SharingDecision subjectUnknown = SharingCheck.check(allowed().withDataSubject(java.util.Optional.empty())
                .withRelevantToSubject(Tri.TRUE), AFTER);
        assertThat(subjectUnknown.refusedBy()).containsExactly("SHARE-THIRD-PARTY");
        assertThat(subjectUnknown.missing()).containsExactly("dataSubject");
        assertThat(SharingCheck.check(allowed().withDataSubject(java.util.Optional.empty()).withRelevantToSubject(Tri.TRUE)
                .withCategory(DataCategory.IDENTIFYING).withCaseFacts(caseOf(allowed()).withCovenantInForce(Tri.TRUE)), BEFORE)
                .outcome()).as("before the WGS, identifying data, relevant: every subject passes").isEqualTo(SharingOutcome.ALLOW);
        SharingDecision regimeUnknown = SharingCheck.check(allowed().withDataSubject(DataSubject.OTHER_PERSON)
                .withRelevantToSubject(Tri.TRUE).withCaseFacts(caseOf(allowed()).withTaskCategory(java.util.Optional.empty())), AFTER);
        assertThat(rule(regimeUnknown, "SHARE-THIRD-PARTY").missing()).containsExactly("case.taskCategory");
    }

    @Test
    @DisplayName("SHARE-GUEST (rev. 2): SHR-035/036/037; a guest only under the WGS, at the table, from ZVH or a public participant, "
            + "with the declaration signed, never the BSN, special or criminal data only with the origin's consent")
    void SHARE_GUEST() {
        ImmutableSharingFacts guest = allowed().withCategory(DataCategory.HOUSING).withSecrecyBasis(SecrecyBasis.NONE)
                .withRecipient(rcp(PartnerType.WONINGCORPORATIE, Tri.FALSE, Tri.UNKNOWN).withGuest(Tri.TRUE)
                        .withSecrecyDeclarationSigned(Tri.TRUE));
        SharingDecision allowedGuest = SharingCheck.check(guest, AFTER);
        assertThat(allowedGuest.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(allowedGuest.conditions()).containsExactly(SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        // a guest is involved in the case it was admitted to: involvement is not read
        assertThat(rule(allowedGuest, "SHARE-RECIPIENT").value()).isEqualTo(Tri.FALSE);
        assertThat(SharingCheck.check(guest.withPurpose(Purpose.PLAN_EXECUTION), AFTER).isAllowed()).isTrue();
        ImmutableRecipient r = (ImmutableRecipient) guest.recipient();
        // each reason alone refuses, on known facts
        Map<String, SharingFacts> refused = new java.util.LinkedHashMap<>();
        refused.put("not signed", guest.withRecipient(r.withSecrecyDeclarationSigned(Tri.FALSE)));
        refused.put("covenant", guest.withCaseFacts(caseOf(guest).withTaskCategory(TaskCategory.PLUSTAAK).withCovenantInForce(Tri.TRUE)));
        refused.put("ZSM", guest.withPurpose(Purpose.ZSM_CONTEXT).withCategory(DataCategory.CASE_FACTS));
        refused.put("private provider", guest.withProvider(Provider.of(PartnerType.RECLASSERING, Tri.TRUE)));
        refused.put("BSN", guest.withCategory(DataCategory.BSN).withRecipient(r.withType(PartnerType.UWV)));
        refused.put("criminal, no origin consent", guest.withCategory(DataCategory.CRIMINAL_JUSTICE).withOriginRegime(OriginRegime.WPG)
                .withOriginConsent(Tri.FALSE));
        refused.put("health, no origin consent", guest.withCategory(DataCategory.HEALTH).withOriginConsent(Tri.FALSE));
        refused.forEach((why, f) -> {
            SharingDecision d = SharingCheck.check(f, AFTER);
            assertThat(d.refusedBy()).as(why).contains("SHARE-GUEST");
            assertThat(rule(d, "SHARE-GUEST").value()).as(why).isEqualTo(Tri.TRUE);
            assertThat(rule(d, "SHARE-PARTICIPANTS").value()).as(why).isEqualTo(Tri.FALSE);
        });
        // special or criminal data with the origin's consent; from ZVH or another public participant (GEMEENTE)
        assertThat(SharingCheck.check(guest.withCategory(DataCategory.CRIMINAL_JUSTICE).withOriginRegime(OriginRegime.WPG)
                .withOriginConsent(Tri.TRUE), AFTER).isAllowed()).isTrue();
        assertThat(SharingCheck.check(guest.withCategory(DataCategory.HEALTH).withOriginConsent(Tri.TRUE), AFTER).isAllowed()).isTrue();
        assertThat(SharingCheck.check(guest.withProvider(Provider.of(PartnerType.GEMEENTE, Tri.TRUE)), AFTER).isAllowed()).isTrue();
        assertThat(SharingCheck.check(guest.withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE)).withOrigin(Origin.of(PartnerType.POLITIE)),
                AFTER).isAllowed()).isTrue();
        // SHR-037: criminal data, origin consent not given: named
        SharingDecision noConsent = SharingCheck.check(guest.withCategory(DataCategory.CRIMINAL_JUSTICE).withOriginRegime(OriginRegime.WPG), AFTER);
        assertThat(noConsent.refusedBy()).containsExactly("SHARE-GUEST");
        assertThat(noConsent.missing()).containsExactly("originConsent");
        // non-special data: originConsent is not read
        assertThat(rule(SharingCheck.check(guest.withOriginConsent(Tri.FALSE), AFTER), "SHARE-GUEST").value()).isEqualTo(Tri.FALSE);
        // a recipient that is not a guest (a participant, or guest FALSE) is not judged by SHARE-GUEST
        assertThat(rule(SharingCheck.check(guest.withRecipient(r.withParticipant(Tri.TRUE).withInvolvedInCase(Tri.TRUE)
                .withSecrecyDeclarationSigned(Tri.FALSE)), AFTER), "SHARE-GUEST").value()).isEqualTo(Tri.FALSE);
        assertThat(rule(SharingCheck.check(guest.withRecipient(r.withGuest(Tri.FALSE).withSecrecyDeclarationSigned(Tri.FALSE)), AFTER),
                "SHARE-GUEST").value()).isEqualTo(Tri.FALSE);
        // ZVH is never a guest
        assertThat(rule(SharingCheck.check(guest.withRecipient(r.withType(PartnerType.ZVH).withSecrecyDeclarationSigned(Tri.FALSE)), AFTER),
                "SHARE-GUEST").value()).isEqualTo(Tri.FALSE);
    }

    @Test
    @DisplayName("SHARE-GUEST (rev. 2): with recipient.participant unknown and recipient.guest TRUE only SHARE-GUEST can refuse, and it "
            + "names recipient.participant when learning it would settle the rule; the guest condition applies when the recipient may be a guest")
    void SHARE_GUEST_participantUnknown() {
        ImmutableSharingFacts mayBeGuest = allowed().withCategory(DataCategory.HOUSING)
                .withRecipient(rcp(PartnerType.WONINGCORPORATIE, Tri.UNKNOWN, Tri.UNKNOWN).withGuest(Tri.TRUE)
                        .withSecrecyDeclarationSigned(Tri.FALSE));
        SharingDecision d = SharingCheck.check(mayBeGuest, AFTER);
        assertThat(d.refusedBy()).containsExactly("SHARE-GUEST");
        assertThat(d.missing()).containsExactly("recipient.participant");
        SharingDecision signed = SharingCheck.check(mayBeGuest.withRecipient(((ImmutableRecipient) mayBeGuest.recipient())
                .withSecrecyDeclarationSigned(Tri.TRUE)), AFTER);
        assertThat(signed.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(signed.conditions()).containsExactly(SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        // SHR-007: neither participation nor guest status known
        SharingDecision neither = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.WONINGCORPORATIE, Tri.UNKNOWN, Tri.TRUE)), AFTER);
        assertThat(neither.refusedBy()).containsExactly("SHARE-PARTICIPANTS", "SHARE-GUEST");
        assertThat(neither.missing()).containsExactly("recipient.guest", "recipient.participant", "recipient.secrecyDeclarationSigned");
        // the involvement of a guest is not read; a recipient not known to be a guest must be involved, and recipient.guest
        // is not named by SHARE-RECIPIENT (SHR-006: a participant known not to be involved names nothing)
        SharingDecision involvement = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.WONINGCORPORATIE, Tri.FALSE, Tri.UNKNOWN)), AFTER);
        assertThat(rule(involvement, "SHARE-RECIPIENT").missing()).containsExactly("recipient.involvedInCase");
        SharingDecision notInvolved = SharingCheck.check(allowed().withRecipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.FALSE)), AFTER);
        assertThat(notInvolved.refusedBy()).containsExactly("SHARE-RECIPIENT");
        assertThat(notInvolved.missing()).isEmpty();
        // recipient.guest TRUE: involvement is not read, whatever the participation (a guest takes part in this case)
        for (Tri participant : Tri.values()) {
            for (Tri involved : Tri.values()) {
                SharingDecision d2 = SharingCheck.check(allowed().withRecipient(rcp(PartnerType.GGZ, participant, involved)
                        .withGuest(Tri.TRUE)), AFTER);
                assertThat(rule(d2, "SHARE-RECIPIENT").value()).as("%s %s", participant, involved).isEqualTo(Tri.FALSE);
            }
        }
        assertThat(SharingCondition.GUEST_NO_SYSTEM_ACCESS.ruleId()).isEqualTo("SHARE-GUEST");
    }

    @Test
    @DisplayName("SHARE-CONSENT-CAPACITY (rev. 2), exhaustively over ageBand × capable × givenBy × secrecyBasis (unknown included): "
            + "FALSE when every completion is satisfied, TRUE when none is, UNKNOWN otherwise; read only on CONSENT")
    void SHARE_CONSENT_CAPACITY_exhaustive() {
        List<ConsentAgeBand> ages = new java.util.ArrayList<>(java.util.Arrays.asList(ConsentAgeBand.values()));
        ages.add(null);
        List<Set<ConsentGiver>> givens = new java.util.ArrayList<>(GivenBy.ALL);
        givens.add(null);
        List<SecrecyBasis> bases = new java.util.ArrayList<>(java.util.Arrays.asList(SecrecyBasis.values()));
        bases.add(null);
        int cases = 0;
        java.util.EnumSet<Tri> seen = java.util.EnumSet.noneOf(Tri.class);
        for (ConsentAgeBand age : ages) {
            for (Tri capable : Tri.values()) {
                for (Set<ConsentGiver> given : givens) {
                    for (SecrecyBasis basis : bases) {
                        ImmutableConsent.Builder c = ImmutableConsent.builder().capable(capable);
                        if (age != null) {
                            c.ageBand(age);
                        }
                        if (given != null) {
                            c.givenBy(given);
                        }
                        SharingFacts f = allowed().withProvider(Provider.of(PartnerType.JEUGDHULP, Tri.TRUE))
                                .withCategory(DataCategory.CARE).withSecrecyBasis(java.util.Optional.ofNullable(basis))
                                .withConsent(c.build());
                        RuleResult r = rule(SharingCheck.check(f, AFTER), "SHARE-CONSENT-CAPACITY");
                        // the expected value over the completions of the unknown age band and capability
                        boolean some = false;
                        boolean every = true;
                        for (ConsentAgeBand a : ConsentAgeBand.values()) {
                            for (boolean cap : new boolean[] {true, false}) {
                                boolean completion = (age == null || a == age) && (capable == Tri.UNKNOWN || Tri.of(cap) == capable);
                                for (Set<ConsentGiver> g : GivenBy.ALL) {
                                    if (completion && (given == null || g.equals(given))) {
                                        boolean ok = SharingOracle.consentGiven(a, cap, g);
                                        some |= ok;
                                        every &= ok;
                                    }
                                }
                            }
                        }
                        Tri expected = basis != SecrecyBasis.CONSENT ? Tri.FALSE : every ? Tri.FALSE : some ? Tri.UNKNOWN : Tri.TRUE;
                        assertThat(r.value()).as("%s %s %s %s", age, capable, given, basis).isEqualTo(expected);
                        seen.add(expected);
                        if (expected == Tri.UNKNOWN) {
                            // each unknown consent fact is named when, for some completion of the others, it decides
                            for (String m : r.missing()) {
                                assertThat(m).isIn("consent.ageBand", "consent.capable", "consent.givenBy");
                            }
                            assertThat(r.missing().contains("consent.givenBy")).isEqualTo(given == null);
                            // the age band decides only where capability may be TRUE (under 12 and from 12 then differ)
                            assertThat(r.missing().contains("consent.ageBand")).isEqualTo(age == null && capable != Tri.FALSE
                                    && (given == null || given.size() == 1));
                            assertThat(r.missing().contains("consent.capable")).isEqualTo(capable == Tri.UNKNOWN
                                    && age != ConsentAgeBand.UNDER_12 && (given == null || given.size() == 1));
                        } else {
                            assertThat(r.missing()).isEmpty();
                        }
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(4 * 3 * 5 * 7);
        assertThat(seen).containsExactlyInAnyOrder(Tri.values());
        // SHR-030, SHR-031, SHR-032
        ImmutableSharingFacts youth = allowed().withProvider(Provider.of(PartnerType.JEUGDHULP, Tri.TRUE)).withCategory(DataCategory.HEALTH)
                .withSecrecyBasis(SecrecyBasis.CONSENT);
        SharingDecision alone = SharingCheck.check(youth.withConsent(Consent.builder().ageBand(ConsentAgeBand.FROM_12_TO_15)
                .givenBy(GivenBy.SUBJECT_SELF).build()), AFTER);
        assertThat(alone.refusedBy()).containsExactly("SHARE-CONSENT-CAPACITY");
        assertThat(alone.missing()).containsExactly("consent.capable");
        assertThat(SharingCheck.check(youth.withConsent(Consent.builder().ageBand(ConsentAgeBand.FROM_12_TO_15)
                .givenBy(GivenBy.BOTH).build()), AFTER).conditions()).containsExactly(SharingCondition.RECORD_SECRECY_BASIS,
                SharingCondition.NECESSARY_EXTRACT_ONLY, SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        assertThat(SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.GEHANDICAPTENZORG, Tri.TRUE))
                .withRecipient(Recipient.of(PartnerType.GEMEENTE, Tri.TRUE, Tri.TRUE)).withCategory(DataCategory.CARE)
                .withSecrecyBasis(SecrecyBasis.CONSENT).withConsent(Consent.builder().ageBand(ConsentAgeBand.FROM_16)
                        .capable(Tri.FALSE).givenBy(GivenBy.REPRESENTATIVE).build()), AFTER).outcome())
                .isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
    }

    @Test
    @DisplayName("SHARE-CONSENT-CAPACITY (rev. 2): the consent must be what the request rests on: a bound (or possibly bound) origin "
            + "holder, or one of the four special categories; an unknown holder is named")
    void SHARE_CONSENT_CAPACITY_restsOn() {
        Consent nobody = Consent.builder().ageBand(ConsentAgeBand.FROM_16).capable(Tri.TRUE).givenBy(GivenBy.NOBODY).build();
        ImmutableSharingFacts consent = allowed().withSecrecyBasis(SecrecyBasis.CONSENT).withConsent(nobody);
        // an unbound provider, an ordinary category: the consent is not what the request rests on
        assertThat(rule(SharingCheck.check(consent, AFTER), "SHARE-CONSENT-CAPACITY").value()).isEqualTo(Tri.FALSE);
        assertThat(SharingCheck.check(consent, AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
        // a bound provider
        assertThat(SharingCheck.check(consent.withProvider(Provider.of(PartnerType.GGD, Tri.TRUE)), AFTER).refusedBy())
                .containsExactly("SHARE-CONSENT-CAPACITY");
        // one of the four special categories from an unbound provider, under a covenant (where SHARE-SPECIAL-CATEGORY allows CONSENT)
        ImmutableSharingFacts religion = consent.withCategory(DataCategory.RELIGION_OR_BELIEF)
                .withCaseFacts(caseOf(consent).withCovenantInForce(Tri.TRUE));
        assertThat(SharingCheck.check(religion, BEFORE).refusedBy()).containsExactly("SHARE-CONSENT-CAPACITY");
        SharingDecision religionConsented = SharingCheck.check(religion.withConsent(Consent.builder().ageBand(ConsentAgeBand.FROM_16)
                .capable(Tri.TRUE).givenBy(GivenBy.SUBJECT_SELF).build()), BEFORE);
        assertThat(religionConsented.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(religionConsented.conditions()).containsExactly(SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS);
        // the house's bureau passing data on: the holder decides; unknown, it is named
        ImmutableSharingFacts fromHouse = consent.withProvider(Provider.of(PartnerType.ZVH, Tri.TRUE));
        SharingDecision unknownHolder = SharingCheck.check(fromHouse, AFTER);
        assertThat(unknownHolder.refusedBy()).containsExactly("SHARE-CONSENT-CAPACITY");
        assertThat(unknownHolder.missing()).containsExactly("origin.holder");
        assertThat(SharingCheck.check(fromHouse.withOrigin(Origin.of(PartnerType.POLITIE)), AFTER).outcome()).isEqualTo(SharingOutcome.ALLOW);
        assertThat(SharingCheck.check(fromHouse.withOrigin(Origin.of(PartnerType.GGZ)), AFTER).refusedBy())
                .containsExactly("SHARE-CONSENT-CAPACITY");
        // a request whose basis is not CONSENT never names the consent facts
        for (SecrecyBasis other : SecrecyBasis.values()) {
            if (other != SecrecyBasis.CONSENT) {
                SharingDecision d = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.GGZ, Tri.TRUE))
                        .withSecrecyBasis(other), AFTER);
                assertThat(d.missing()).noneMatch(m -> m.startsWith("consent."));
            }
        }
        assertThat(SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.GGZ, Tri.TRUE)), AFTER).missing())
                .containsExactly("secrecyBasis");
    }

    @Test
    @DisplayName("SHARE-SPECIAL-CATEGORY (rev. 2): religion, political opinion, ethnic origin and sexual life never under the WGS, "
            + "under a covenant only on CONSENT; health is not among them")
    void SHARE_SPECIAL_CATEGORY() {
        Consent given = Consent.builder().ageBand(ConsentAgeBand.FROM_16).capable(Tri.TRUE).givenBy(GivenBy.SUBJECT_SELF).build();
        for (DataCategory c : DataCategory.values()) {
            for (SecrecyBasis basis : SecrecyBasis.values()) {
                ImmutableSharingFacts f = allowed().withCategory(c).withSecrecyBasis(basis).withConsent(given);
                SharingDecision wgs = SharingCheck.check(f, AFTER);
                SharingDecision covenant = SharingCheck.check(f.withCaseFacts(caseOf(f).withTaskCategory(TaskCategory.PLUSTAAK)
                        .withCovenantInForce(Tri.TRUE)), AFTER);
                assertThat(rule(wgs, "SHARE-SPECIAL-CATEGORY").value()).as("%s %s", c, basis).isEqualTo(Tri.of(c.isSpecialOutsideWgs()));
                assertThat(rule(covenant, "SHARE-SPECIAL-CATEGORY").value()).as("%s %s", c, basis)
                        .isEqualTo(Tri.of(c.isSpecialOutsideWgs() && basis != SecrecyBasis.CONSENT));
            }
        }
        assertThat(EnumSet.allOf(DataCategory.class).stream().filter(DataCategory::isSpecialOutsideWgs))
                .containsExactlyInAnyOrder(DataCategory.RELIGION_OR_BELIEF, DataCategory.POLITICAL_OPINION, DataCategory.ETHNIC_ORIGIN,
                        DataCategory.SEXUAL_LIFE);
        assertThat(EnumSet.allOf(DataCategory.class).stream().filter(DataCategory::isSpecial))
                .containsExactlyInAnyOrder(DataCategory.HEALTH, DataCategory.RELIGION_OR_BELIEF, DataCategory.POLITICAL_OPINION,
                        DataCategory.ETHNIC_ORIGIN, DataCategory.SEXUAL_LIFE);
        // SHR-033, SHR-034
        ImmutableSharingFacts religion = allowed().withProvider(Provider.of(PartnerType.GEMEENTE, Tri.TRUE))
                .withRecipient(Recipient.of(PartnerType.POLITIE, Tri.TRUE, Tri.TRUE)).withCategory(DataCategory.RELIGION_OR_BELIEF)
                .withSecrecyBasis(SecrecyBasis.NONE);
        assertThat(SharingCheck.check(religion, AFTER).refusedBy()).containsExactly("SHARE-SPECIAL-CATEGORY");
        assertThat(SharingCheck.check(religion.withCaseFacts(caseOf(religion).withTaskCategory(TaskCategory.PLUSTAAK)
                .withCovenantInForce(Tri.TRUE)), AFTER).refusedBy()).containsExactly("SHARE-SPECIAL-CATEGORY");
        // unknown basis under a covenant: named; unknown regime: the rule refuses (under either regime the basis NONE fails)
        SharingDecision basisUnknown = SharingCheck.check(religion.withSecrecyBasis(java.util.Optional.empty()), BEFORE);
        assertThat(rule(basisUnknown, "SHARE-SPECIAL-CATEGORY").missing()).containsExactly("secrecyBasis");
        SharingDecision regimeUnknown = SharingCheck.check(religion.withCaseFacts(caseOf(religion).withTaskCategory(
                java.util.Optional.empty())), AFTER);
        assertThat(regimeUnknown.refusedBy()).contains("SHARE-SPECIAL-CATEGORY");
        SharingDecision regimeUnknownConsent = SharingCheck.check(religion.withSecrecyBasis(SecrecyBasis.CONSENT).withConsent(given)
                .withCaseFacts(caseOf(religion).withTaskCategory(java.util.Optional.empty())), AFTER);
        assertThat(rule(regimeUnknownConsent, "SHARE-SPECIAL-CATEGORY").missing()).containsExactly("case.taskCategory");
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

    static final String REV2_JSON = "{\"provider\":{\"type\":\"ZVH\",\"participant\":\"TRUE\"},"
            + "\"recipient\":{\"type\":\"WONINGCORPORATIE\",\"participant\":\"FALSE\",\"involvedInCase\":null,"
            + "\"guest\":\"TRUE\",\"secrecyDeclarationSigned\":\"TRUE\",\"referrer\":\"FALSE\"},"
            + "\"dataSubject\":\"DIRECT_CONTACT\",\"relevantToSubject\":\"TRUE\",\"category\":\"HEALTH\","
            + "\"purpose\":\"CASE_CONSULTATION\","
            + "\"case\":{\"status\":\"ADMITTED\",\"taskCategory\":\"BASISTAAK\",\"admittedUnder\":\"WGS2025\"},"
            + "\"secrecyBasis\":\"CONSENT\",\"consent\":{\"ageBand\":\"FROM_12_TO_15\",\"capable\":\"FALSE\","
            + "\"givenBy\":[\"REPRESENTATIVE\",\"SUBJECT_SELF\"]},\"origin\":{\"holder\":\"GGZ\"},\"originConsent\":\"TRUE\","
            + "\"originRegime\":\"AVG\",\"necessityRecorded\":\"TRUE\"}";

    @Test
    @DisplayName("JSON (rev. 2): guest, declaration, referrer, consent, origin and originConsent read with the spec's names, "
            + "round-trip, and decide like the Java value")
    void jsonRev2() {
        SharingFacts f = ZvhJson.read(REV2_JSON, SharingFacts.class);
        assertThat(f.recipient().guest()).isEqualTo(Tri.TRUE);
        assertThat(f.recipient().secrecyDeclarationSigned()).isEqualTo(Tri.TRUE);
        assertThat(f.recipient().referrer()).isEqualTo(Tri.FALSE);
        assertThat(f.recipient().involvedInCase()).isEqualTo(Tri.UNKNOWN);
        assertThat(f.consent().ageBand()).contains(ConsentAgeBand.FROM_12_TO_15);
        assertThat(f.consent().capable()).isEqualTo(Tri.FALSE);
        assertThat(f.consent().givenBy()).contains(EnumSet.allOf(ConsentGiver.class));
        assertThat(f.origin().holder()).contains(PartnerType.GGZ);
        assertThat(f.originConsent()).isEqualTo(Tri.TRUE);
        assertThat(ZvhJson.read(ZvhJson.write(f), SharingFacts.class)).isEqualTo(f);
        // givenBy is written in ConsentGiver order, whatever order it was read in
        assertThat(ZvhJson.write(f)).contains("\"givenBy\":[\"SUBJECT_SELF\",\"REPRESENTATIVE\"]");
        SharingDecision d = SharingCheck.check(f, AFTER);
        assertThat(d.outcome()).isEqualTo(SharingOutcome.ALLOW_WITH_CONDITIONS);
        assertThat(d.conditions()).containsExactly(SharingCondition.RECORD_SECRECY_BASIS, SharingCondition.NECESSARY_EXTRACT_ONLY,
                SharingCondition.SPECIAL_CATEGORY_SAFEGUARDS, SharingCondition.GUEST_NO_SYSTEM_ACCESS);
        assertThat(ZvhJson.read(ZvhJson.write(d), SharingDecision.class)).isEqualTo(d);
        // absent and null are unknown
        SharingFacts none = ZvhJson.read(REV2_JSON.replace("\"originConsent\":\"TRUE\",", "\"originConsent\":null,")
                .replace("{\"holder\":\"GGZ\"}", "null").replace("\"givenBy\":[\"REPRESENTATIVE\",\"SUBJECT_SELF\"]", "\"givenBy\":null"),
                SharingFacts.class);
        assertThat(none.originConsent()).isEqualTo(Tri.UNKNOWN);
        assertThat(none.origin().holder()).isEmpty();
        assertThat(none.consent().givenBy()).isEmpty();
        assertThat(ZvhJson.read(REV2_JSON.replace("[\"REPRESENTATIVE\",\"SUBJECT_SELF\"]", "[]"), SharingFacts.class).consent().givenBy())
                .contains(EnumSet.noneOf(ConsentGiver.class));
    }

    static Stream<Arguments> badInputRev2() {
        return Stream.of(
                Arguments.of(REV2_JSON.replace("\"guest\":\"TRUE\"", "\"guest\":true"), "$.recipient.guest"),
                Arguments.of(REV2_JSON.replace("\"secrecyDeclarationSigned\":\"TRUE\"", "\"secrecyDeclarationSigned\":\"YES\""),
                        "$.recipient.secrecyDeclarationSigned"),
                Arguments.of(REV2_JSON.replace("\"referrer\":\"FALSE\"", "\"referrer\":false"), "$.recipient.referrer"),
                Arguments.of(REV2_JSON.replace("\"originConsent\":\"TRUE\"", "\"originConsent\":1"), "$.originConsent"),
                Arguments.of(REV2_JSON.replace("\"FROM_12_TO_15\"", "\"FROM_12\""), "$.consent.ageBand"),
                Arguments.of(REV2_JSON.replace("\"capable\":\"FALSE\"", "\"capable\":false"), "$.consent.capable"),
                Arguments.of(REV2_JSON.replace("\"REPRESENTATIVE\",", "\"PARENT\","), "$.consent.givenBy"),
                Arguments.of(REV2_JSON.replace("[\"REPRESENTATIVE\",\"SUBJECT_SELF\"]", "[null]"), "$.consent.givenBy"),
                Arguments.of(REV2_JSON.replace("[\"REPRESENTATIVE\",\"SUBJECT_SELF\"]", "\"SUBJECT_SELF\""), "$.consent.givenBy"),
                Arguments.of(REV2_JSON.replace("\"consent\":{", "\"consent\":{\"by\":\"X\","), "$.consent.by"),
                Arguments.of(REV2_JSON.replace("{\"holder\":\"GGZ\"}", "{\"holder\":\"GGZ\",\"since\":\"2020\"}"), "$.origin.since"),
                Arguments.of(REV2_JSON.replace("\"holder\":\"GGZ\"", "\"holder\":\"UNKNOWN\""), "$.origin.holder"),
                Arguments.of(REV2_JSON.replace("\"DIRECT_CONTACT\"", "\"NEIGHBOUR\""), "$.dataSubject"),
                Arguments.of(REV2_JSON.replace("\"CONSENT\"", "\"GOODCARE\""), "$.secrecyBasis"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInputRev2")
    @DisplayName("bad input (rev. 2): a wrong type or token in the new facts is a clear error naming the JSON path")
    void badInputRev2(String json, String field) {
        assertThatThrownBy(() -> ZvhJson.read(json, SharingFacts.class)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field);
    }

    @Test
    @DisplayName("MODEL-ORIGIN-HOLDER (rev. 2): SHR-050, a holder other than a provider that is not ZVH is refused; ZVH as holder only "
            + "of the case's own records; every violation at once, naming origin.holder")
    void badInputOriginHolder() {
        // SHR-050: GGZ provides, the holder is said to be the police
        String shr050 = JSON.replace("\"POLITIE\"", "\"GGZ\"").replace("\"originRegime\"", "\"origin\":{\"holder\":\"POLITIE\"},\"originRegime\"");
        assertThatThrownBy(() -> ZvhJson.read(shr050, SharingFacts.class)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("$.origin.holder");
            assertThat(e.violations()).extracting(v -> v.ruleId()).containsExactly("MODEL-ORIGIN-HOLDER");
        });
        for (PartnerType holder : PartnerType.values()) {
            for (PartnerType provider : List.of(PartnerType.POLITIE, PartnerType.ZVH)) {
                for (DataCategory c : DataCategory.values()) {
                    boolean ok = (provider == PartnerType.ZVH || holder == provider)
                            && (holder != PartnerType.ZVH || c == DataCategory.CASE_FACTS || c == DataCategory.LIFE_DOMAIN_ASSESSMENT);
                    java.util.function.Supplier<SharingFacts> build = () -> SharingFacts.builder().from(allowed())
                            .provider(Provider.of(provider, Tri.TRUE)).category(c).origin(Origin.of(holder)).build();
                    if (ok) {
                        assertThat(build.get().origin().holder()).contains(holder);
                    } else {
                        assertThatThrownBy(build::get).as("%s from %s, %s", holder, provider, c).isInstanceOfSatisfying(
                                InvalidInputException.class, e -> assertThat(e.violations()).isNotEmpty()
                                        .allSatisfy(v -> {
                                            assertThat(v.field()).isEqualTo("origin.holder");
                                            assertThat(v.ruleId()).isEqualTo("MODEL-ORIGIN-HOLDER");
                                        }));
                    }
                }
            }
        }
        // ZVH named as the holder of data a partner provides: both violations at once
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).category(DataCategory.HEALTH).origin(Origin.of(PartnerType.ZVH))
                .build()).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(2));
        // no holder given: fine for every provider
        assertThat(SharingFacts.builder().from(allowed()).origin(Origin.unknown()).build().origin().holder()).isEmpty();
        assertThatThrownBy(() -> Origin.of(null)).isInstanceOf(NullPointerException.class).hasMessage("holder");
    }

    @Test
    @DisplayName("bad input in Java (rev. 2): a null fact is refused naming the field; givenBy is kept as an immutable set in "
            + "ConsentGiver order, so equal consents are equal")
    void badInputJavaRev2() {
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).consent(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("consent").hasMessageContaining("MODEL-REQUIRED");
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).origin(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("origin");
        assertThatThrownBy(() -> SharingFacts.builder().from(allowed()).originConsent(null).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("originConsent");
        for (String field : List.of("guest", "secrecyDeclarationSigned", "referrer")) {
            ImmutableRecipient.Builder b = ImmutableRecipient.builder().from(rcp(PartnerType.GGZ, Tri.TRUE, Tri.TRUE));
            switch (field) {
                case "guest" -> b.guest(null);
                case "secrecyDeclarationSigned" -> b.secrecyDeclarationSigned(null);
                default -> b.referrer(null);
            }
            assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
        }
        assertThatThrownBy(() -> Consent.builder().capable(null).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capable");
        java.util.Set<ConsentGiver> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> Consent.builder().givenBy(withNull).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("givenBy");
        java.util.Set<ConsentGiver> mutable = new java.util.HashSet<>(List.of(ConsentGiver.REPRESENTATIVE, ConsentGiver.SUBJECT_SELF));
        Consent c = Consent.builder().givenBy(mutable).build();
        mutable.clear();
        assertThat(c.givenBy()).contains(EnumSet.allOf(ConsentGiver.class));
        assertThat(c.givenBy().orElseThrow()).containsExactly(ConsentGiver.SUBJECT_SELF, ConsentGiver.REPRESENTATIVE);
        assertThat(c.givenBy().orElseThrow()).isSameAs(GivenBy.BOTH);
        assertThatThrownBy(() -> c.givenBy().orElseThrow().add(ConsentGiver.SUBJECT_SELF)).isInstanceOf(UnsupportedOperationException.class);
        for (java.util.Set<ConsentGiver> g : GivenBy.ALL) {
            Consent canonical = Consent.builder().givenBy(new java.util.TreeSet<>(g)).build();
            assertThat(canonical.givenBy().orElseThrow()).isSameAs(GivenBy.canonical(g)).isEqualTo(g);
            assertThat(canonical).isEqualTo(Consent.builder().givenBy(g).build());
        }
        assertThat(Consent.unknown().givenBy()).isEmpty();
        assertThat(Consent.unknown().capable()).isEqualTo(Tri.UNKNOWN);
        assertThat(Origin.unknown().holder()).isEmpty();
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
        explainsIn(originUnknown, "Uit te zoeken: originRegime (onder welk regime werden de gegevens eerst gehouden: AVG, Wpg of Wjsg). ",
                "To find out: originRegime (under which regime were the data first held: AVG, Wpg or Wjsg). ");
        SharingDecision regimeUnknown = SharingCheck.check(allowed().withCaseFacts(caseOf(allowed()).withTaskCategory(
                java.util.Optional.empty())), AFTER);
        assertThat(regimeUnknown.basis()).isEmpty();
        explainsIn(regimeUnknown, "Regime: " + SharingRegime.UNKNOWN.labelNl() + ". ", "Regime: " + SharingRegime.UNKNOWN.labelEn() + ". ");

        SharingDecision aggregated = SharingCheck.check(allowed().withAggregated(true), AFTER);
        explainsIn(aggregated, "Geaggregeerde of geanonimiseerde gegevens zijn geen persoonsgegevens (SHARE-NO-PERSONAL-DATA).",
                "Aggregated or anonymised data are no personal data (SHARE-NO-PERSONAL-DATA).");
        assertThat(aggregated.explain(Locale.ENGLISH)).endsWith("(SHARE-NO-PERSONAL-DATA).").doesNotContain("Configuration");

        SharingDecision conditions = SharingCheck.check(allowed().withProvider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .withCategory(DataCategory.HEALTH), AFTER);
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
    @DisplayName("explain: every refusing rule has its reason and every missing fact its question, in Dutch and in English; "
            + "a fact this version does not know is named as it is")
    void explainEveryRuleAndFact() {
        SharingDecision deny = SharingCheck.check(allowed().withNecessityRecorded(Tri.FALSE), AFTER);
        ImmutableSharingDecision.Builder all = ImmutableSharingDecision.builder().from(deny).trace(List.of()).refusedBy(List.of());
        for (String id : SharingRules.ALL) {
            all.addTrace(RuleResult.of(id, Tri.TRUE, List.of(), List.of())).addRefusedBy(id);
        }
        List<String> facts = new java.util.ArrayList<>(SharingRules.OPTIONAL_FACTS);
        facts.add("future.fact");
        SharingDecision d = all.missing(facts).build();
        for (boolean nl : new boolean[] {true, false}) {
            String text = d.explain(nl ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
            for (String id : SharingRules.ALL) {
                // SHARE-NO-PERSONAL-DATA and SHARE-SPECIAL never refuse: they have no reason text
                boolean refuses = !id.equals("SHARE-NO-PERSONAL-DATA") && !id.equals("SHARE-SPECIAL");
                assertThat(text.contains(id + ": " + id)).as("%s nl=%s", id, nl).isEqualTo(!refuses);
            }
            for (String fact : SharingRules.OPTIONAL_FACTS) {
                assertThat(text).as("%s nl=%s", fact, nl).contains(fact + " (");
            }
            assertThat(text).contains(", future.fact. ");
        }
        // the two languages differ for every fact and rule
        assertThat(d.explain(Locale.forLanguageTag("nl"))).contains("wie houdt de gegevens bij de bron", "de gast",
                "toestemming", "godsdienst");
        assertThat(d.explain(Locale.ENGLISH)).contains("who holds the data at their source", "a guest at the table",
                "rests on consent", "religion");
        assertThat(SharingRules.OPTIONAL_FACTS).hasSize(21).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("every SHARE-* rule has citations, built once; an id that is not a sharing rule is a programming error")
    void citationsPerRule() {
        for (String id : SharingRules.ALL) {
            assertThat(SharingRules.citations(id)).as(id).isNotEmpty().isSameAs(SharingRules.citations(id));
        }
        assertThatThrownBy(() -> SharingRules.citations("SHARE-NONE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHARE-NONE");
        // the source column of sharing.md, rev. 2
        assertThat(SharingRules.citations("SHARE-GUEST")).extracting(Object::toString)
                .containsExactly("SRC-WGS art. 2.31 lid 9–10, art. 1.7 lid 3", "SRC-BGS art. 2.21");
        assertThat(SharingRules.citations("SHARE-SECRECY")).extracting(Object::toString)
                .containsExactly("SRC-WGS art. 2.29 lid 2", "SRC-HANDVAT2019 §2.7–2.9");
        assertThat(SharingRules.citations("SHARE-SPECIAL-CATEGORY")).extracting(Object::toString)
                .containsExactly("SRC-WGS art. 2.29 lid 1, art. 2.30 lid 1", "SRC-AVG art. 9", "SRC-UAVG art. 22–30");
        assertThat(SharingRules.citations("SHARE-JUSTICE-ORIGIN")).extracting(Object::toString)
                .containsExactly("SRC-WJSG art. 39f, 51c", "SRC-WPG art. 20", "SRC-WGS art. 2.30 lid 1 a");
        assertThat(SharingRules.citations("SHARE-THIRD-PARTY")).extracting(Object::toString)
                .containsExactly("SRC-WVV2024 §6 (criterion a)", "SRC-BGS art. 2.19", "SRC-WGS art. 2.30 lid 1 b, c");
        assertThat(SharingRules.citations("SHARE-STATUS")).extracting(Object::toString)
                .containsExactly("SRC-AVG art. 5(1)(b)", "SRC-WGS art. 2.31 lid 8 and 13");
        assertThat(SharingRules.citations("SHARE-PARTICIPANTS")).extracting(Object::toString)
                .containsExactly("SRC-WGS art. 2.27", "SRC-LK2013 §5.5");
        // reading (README): BW, Jeugdwet and Wmo 2015 are no sources of sources.md; the spec's reading of them is cited as such
        assertThat(SharingRules.citations("SHARE-CONSENT-CAPACITY")).extracting(Object::toString).containsExactly(
                "SRC-REFERENCE-POLICY sharing.md, SHARE-CONSENT-CAPACITY: BW 7:457 with 7:465 lid 1–3 (WGBO); "
                        + "Jeugdwet art. 7.3.11 with 7.3.15 lid 1–3; Wmo 2015 art. 5.3.3 lid 2", "SRC-LK2013 §5.7");
    }
}
