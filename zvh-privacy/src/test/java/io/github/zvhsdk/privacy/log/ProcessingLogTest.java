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
import java.time.Instant;
import java.time.LocalDate;
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
}
