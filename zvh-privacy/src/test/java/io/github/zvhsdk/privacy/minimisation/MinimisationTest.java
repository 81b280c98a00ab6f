package io.github.zvhsdk.privacy.minimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.TaskCategory;
import io.github.zvhsdk.model.Violation;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MINIMISE: only what the decision allows; after DENY nothing")
class MinimisationTest {
    private static final TaggedRecord<String> RECORD = new TaggedRecord<>(List.of(
            new TaggedField<>("name", DataCategory.IDENTIFYING, "J. Jansen"),
            new TaggedField<>("bsn", DataCategory.BSN, "123456782"),
            new TaggedField<>("reason", DataCategory.CASE_FACTS, "registration reason"),
            new TaggedField<>("plan", DataCategory.CASE_FACTS, "plan"),
            new TaggedField<>("diagnosis", DataCategory.HEALTH, "diagnosis")));

    static SharingDecision decide(Tri necessity) {
        return SharingCheck.check(SharingFacts.builder().provider(Provider.of(PartnerType.POLITIE, Tri.TRUE))
                .recipient(Recipient.of(PartnerType.GGZ, Tri.TRUE, Tri.TRUE)).dataSubject(DataSubject.SUBJECT)
                .category(DataCategory.CASE_FACTS).purpose(Purpose.CASE_CONSULTATION)
                .caseFacts(CaseFacts.builder().status(CaseStatus.ADMITTED).taskCategory(TaskCategory.BASISTAAK)
                        .admittedUnder(IntakeRegime.WGS2025).build())
                .originRegime(OriginRegime.AVG).necessityRecorded(necessity).build(), LocalDate.of(2025, 6, 1));
    }

    @Test
    @DisplayName("MINIMISE: an allow of case facts keeps the case-fact fields only, in order")
    void MINIMISE() {
        TaggedRecord<String> out = Minimisation.minimise(RECORD, decide(Tri.TRUE));
        assertThat(out.fields()).extracting(TaggedField::name).containsExactly("reason", "plan");
        assertThat(Minimisation.minimise(RECORD, decide(Tri.UNKNOWN)).fields()).isEmpty();
    }

    @Test
    @DisplayName("MINIMISE: an allow of aggregated data (SHARE-NO-PERSONAL-DATA) passes no field of a person's record")
    void MINIMISE_aggregatedAllowsNoField() {
        SharingDecision aggregated = SharingCheck.check(SharingFacts.builder().from(decide(Tri.TRUE).facts())
                .purpose(Purpose.TREND_ANALYSIS).category(DataCategory.HEALTH).aggregated(true).build(), LocalDate.of(2025, 6, 1));
        assertThat(aggregated.isAllowed()).isTrue();
        assertThat(aggregated.concernsPersonalData()).isFalse();
        // the record's HEALTH field is one person's diagnosis, not an aggregate: it must not pass (and no log record
        // would be written for it)
        assertThat(Minimisation.minimise(RECORD, aggregated).fields()).isEmpty();
    }

    @Test
    @DisplayName("toString never shows a value")
    void noValues() {
        assertThat(RECORD.toString()).doesNotContain("123456782", "Jansen").contains("bsn[BSN]");
    }

    @Test
    @DisplayName("a record's field names are unique and non-empty; its categories are those of its fields")
    void recordShape() {
        assertThat(RECORD.categories()).containsExactlyInAnyOrder(DataCategory.IDENTIFYING, DataCategory.BSN,
                DataCategory.CASE_FACTS, DataCategory.HEALTH);
        assertThat(TaggedRecord.empty().categories()).isEmpty();
        assertThatThrownBy(() -> new TaggedRecord<>(List.of(new TaggedField<>("plan", DataCategory.CASE_FACTS, "a"),
                new TaggedField<>("plan", DataCategory.HEALTH, "b")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fields[1].name").hasMessageContaining("duplicate field name: plan")
                .hasMessageContaining("MINIMISE");
        assertThatThrownBy(() -> new TaggedField<>("", DataCategory.CASE_FACTS, "a")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name").hasMessageContaining("empty").hasMessageContaining("MINIMISE");
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a Java null in a field or a record is refused naming it, every one at once, never an NPE")
    void nullsRefused() {
        assertThatThrownBy(() -> new TaggedField<>(null, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("name", "category", "value"));
        assertThatThrownBy(() -> new TaggedRecord<>(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fields").hasMessageContaining("MODEL-REQUIRED");
        List<TaggedField<String>> withNull = new java.util.ArrayList<>();
        withNull.add(new TaggedField<>("plan", DataCategory.CASE_FACTS, "a"));
        withNull.add(null);
        assertThatThrownBy(() -> new TaggedRecord<>(withNull)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fields[1]").hasMessageContaining("MODEL-REQUIRED");
    }
}
