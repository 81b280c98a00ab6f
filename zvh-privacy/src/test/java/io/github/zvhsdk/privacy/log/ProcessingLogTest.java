package io.github.zvhsdk.privacy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.sharing.CaseFacts;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.DataSubject;
import io.github.zvhsdk.privacy.sharing.OriginRegime;
import io.github.zvhsdk.privacy.sharing.Provider;
import io.github.zvhsdk.privacy.sharing.Purpose;
import io.github.zvhsdk.privacy.sharing.Recipient;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LOG-RECORD: one record per allowed sharing of personal data, never a BSN")
class ProcessingLogTest {
    private static final Instant MOMENT = Instant.parse("2025-06-01T10:15:30Z");

    static io.github.zvhsdk.privacy.sharing.ImmutableSharingFacts.Builder base() {
        return SharingFacts.builder().provider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .recipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.TRUE)).dataSubject(DataSubject.SUBJECT)
                .category(DataCategory.CRIMINAL_JUSTICE).purpose(Purpose.CASE_CONSULTATION)
                .caseFacts(CaseFacts.builder().status(CaseStatus.ADMITTED).taskCategory(TaskCategory.BASISTAAK)
                        .admittedUnder(IntakeRegime.WGS2025).build())
                .originRegime(OriginRegime.WPG).necessityRecorded(Tri.TRUE);
    }

    @Test
    @DisplayName("LOG_RECORD: an allow yields a record with regime, basis, rule ids, conditions and pseudonymous references")
    void LOG_RECORD() {
        SharingDecision d = SharingCheck.check(base().build(), LocalDate.of(2025, 6, 1));
        ProcessingRecord r = ProcessingLog.recordFor(d, "op-1", MOMENT, CaseId.of("case-1"), PersonId.of("p-1")).orElseThrow();
        assertThat(r.regime()).isEqualTo(d.regime());
        assertThat(r.basis()).isEqualTo(d.basis().orElseThrow());
        assertThat(r.conditions()).isEqualTo(d.conditions()).isNotEmpty();
        assertThat(r.ruleIds()).contains("SHARE-JUSTICE-ORIGIN", "SHARE-REGIME");
        assertThat(r.moment()).isEqualTo(MOMENT);
        assertThat(r.logboekFields()).containsEntry("operation_id", "op-1").containsEntry("dpl.core.data_subject_id", "p-1")
                .containsEntry("status_code", "STATUS_CODE_OK").containsEntry("dpl.zvh.case_ref", "case-1");
        assertThat(ZvhJson.read(ZvhJson.write(r), ProcessingRecord.class)).isEqualTo(r);
    }

    @Test
    @DisplayName("a DENY and aggregated data yield no record; a BSN as record id or person id is refused without its digits")
    void noRecord() {
        SharingDecision deny = SharingCheck.check(base().necessityRecorded(Tri.FALSE).build(), LocalDate.of(2025, 6, 1));
        assertThat(ProcessingLog.recordFor(deny, "op-2", MOMENT, CaseId.of("c"), PersonId.of("p"))).isEmpty();
        SharingDecision aggregated = SharingCheck.check(base().aggregated(true).build(), LocalDate.of(2025, 6, 1));
        assertThat(ProcessingLog.recordFor(aggregated, "op-3", MOMENT, CaseId.of("c"), PersonId.of("p"))).isEmpty();
        SharingDecision allow = SharingCheck.check(base().build(), LocalDate.of(2025, 6, 1));
        assertThatThrownBy(() -> ProcessingLog.recordFor(allow, "123456782", MOMENT, CaseId.of("c"), PersonId.of("p")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("recordId").message().doesNotContain("123456782");
        assertThatThrownBy(() -> PersonId.of("123456782")).isInstanceOf(InvalidInputException.class)
                .message().doesNotContain("123456782");
    }

    @Test
    @DisplayName("LOG_RECORD: every Logboek Dataverwerkingen field, in its fixed order, from the decision and the caller's references")
    void LOG_RECORD_logboekFields() {
        SharingDecision d = SharingCheck.check(base().build(), LocalDate.of(2025, 6, 1));
        ProcessingRecord r = ProcessingLog.recordFor(d, "op-9", MOMENT, CaseId.of("case-9"), PersonId.of("p-9")).orElseThrow();
        assertThat(r.provider()).isEqualTo(PartnerType.POLITIE);
        assertThat(r.recipient()).isEqualTo(PartnerType.GGZ);
        assertThat(r.category()).isEqualTo(DataCategory.CRIMINAL_JUSTICE);
        assertThat(r.purpose()).isEqualTo(Purpose.CASE_CONSULTATION);
        assertThat(r.outcome()).isEqualTo(d.outcome());
        assertThat(r.ruleIds()).isEqualTo(d.trace().stream().map(RuleResult::ruleId).toList());
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(r.configId()).isEqualTo(d.configId());
        assertThat(r.configDigest()).isEqualTo(d.configDigest());
        assertThat(r.logboekFields()).containsExactly(
                Map.entry("operation_id", "op-9"),
                Map.entry("name", "zvh.sharing.CASE_CONSULTATION"),
                Map.entry("start_time", "2025-06-01T10:15:30Z"),
                Map.entry("end_time", "2025-06-01T10:15:30Z"),
                Map.entry("status_code", "STATUS_CODE_OK"),
                Map.entry("dpl.core.data_subject_id", "p-9"),
                Map.entry("dpl.zvh.data_subject_id_type", "PersonId"),
                Map.entry("dpl.zvh.case_ref", "case-9"),
                Map.entry("dpl.zvh.provider", "POLITIE"),
                Map.entry("dpl.zvh.recipient", "GGZ"),
                Map.entry("dpl.zvh.category", "CRIMINAL_JUSTICE"),
                Map.entry("dpl.zvh.purpose", "CASE_CONSULTATION"),
                Map.entry("dpl.zvh.regime", d.regime().name()),
                Map.entry("dpl.zvh.basis", d.basis().orElseThrow().name()),
                Map.entry("dpl.zvh.outcome", d.outcome().name()),
                Map.entry("dpl.zvh.rule_ids", String.join(",", r.ruleIds())),
                Map.entry("dpl.zvh.conditions", d.conditions().stream().map(Enum::name)
                        .collect(Collectors.joining(","))),
                Map.entry("dpl.zvh.as_of", "2025-06-01"),
                Map.entry("dpl.zvh.config", d.configId() + "@" + d.configDigest()));
    }

    @Test
    @DisplayName("LOG-RECORD: a record with an unknown regime or a DENY outcome is refused, naming the field")
    void LOG_RECORD_refusesUnknownRegimeAndDeny() {
        SharingDecision d = SharingCheck.check(base().build(), LocalDate.of(2025, 6, 1));
        ProcessingRecord r = ProcessingLog.recordFor(d, "op-10", MOMENT, CaseId.of("c"), PersonId.of("p")).orElseThrow();
        assertThatThrownBy(() -> ImmutableProcessingRecord.copyOf(r).withRegime(SharingRegime.UNKNOWN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("regime").hasMessageContaining("LOG-RECORD");
        assertThatThrownBy(() -> ImmutableProcessingRecord.copyOf(r).withOutcome(SharingOutcome.DENY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outcome").hasMessageContaining("LOG-RECORD");
        assertThatThrownBy(() -> ImmutableProcessingRecord.copyOf(r).withConfigId("house-12345678"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("configId").hasMessageContaining("MODEL-BSN");
    }
}
