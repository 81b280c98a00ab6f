package io.github.zvhsdk.privacy.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.Participation;
import io.github.zvhsdk.privacy.config.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DSAR-CONTACTPUNT: every participant on the date of receipt; one month, extendable by two")
class ContactPointTest {
    @Test
    @DisplayName("DSAR_CONTACTPUNT: recipients and deadlines")
    void DSAR_CONTACTPUNT() {
        AccessRequestReceipt r = ContactPoint.receive(LocalDate.of(2025, 6, 10), HouseConfig.reference());
        assertThat(r.recipients()).extracting(Participation::type).contains(PartnerType.POLITIE, PartnerType.VEILIG_THUIS)
                .hasSize(HouseConfig.reference().participantsOn(LocalDate.of(2025, 6, 10)).size());
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(r.extendedDeadline()).isEqualTo(LocalDate.of(2025, 9, 10));
        AccessRequestReceipt endOfMonth = ContactPoint.receive(LocalDate.of(2026, 1, 31), HouseConfig.reference());
        assertThat(endOfMonth.deadline()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(endOfMonth.extendedDeadline()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    @DisplayName("before the WGS date there is no statutory contact point")
    void beforeWgs() {
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2025, 2, 28), HouseConfig.reference()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("receivedOn").hasMessageContaining("DSAR-CONTACTPUNT");
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: no participant configured on the date of receipt is refused, never an empty list of controllers")
    void DSAR_CONTACTPUNT_noParticipantsOnThatDate() {
        HouseConfig later = HouseConfig.builder().from(HouseConfig.reference()).participants(List.of(Participation.builder()
                .type(PartnerType.POLITIE).validity(Validity.from(LocalDate.of(2026, 1, 1)))
                .provenance(Provenance.interpretation(SourceId.WGS, "", "house list")).build())).build();
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2025, 6, 10), later))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("receivedOn").hasMessageContaining("DSAR-CONTACTPUNT");
        assertThat(ContactPoint.receive(LocalDate.of(2026, 1, 1), later).recipients()).hasSize(1);
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: the receipt cites SRC-BGS art. 1.1 and SRC-AVG art. 12(3) and names the configuration")
    void DSAR_CONTACTPUNT_citationsAndConfiguration() {
        HouseConfig ref = HouseConfig.reference();
        AccessRequestReceipt r = ContactPoint.receive(ref.wgsDate(), ref);
        assertThat(r.receivedOn()).isEqualTo(ref.wgsDate());
        assertThat(r.recipients()).isEqualTo(ref.participantsOn(ref.wgsDate()));
        assertThat(r.citations()).containsExactly(Citation.of(SourceId.BGS, "art. 1.1"), Citation.of(SourceId.AVG, "art. 12(3)"));
        assertThat(r.configId()).isEqualTo(ref.id());
        assertThat(r.configDigest()).isEqualTo(ref.digest());
        assertThatThrownBy(() -> ContactPoint.receive(ref.wgsDate().minusDays(1), ref))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(ref.wgsDate().toString());
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2012, 12, 31), ref))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("FRAMEWORK-DATE");
    }

    @Test
    @DisplayName("a receipt without its configuration id is refused, naming the field")
    void receiptRequiresConfigId() {
        AccessRequestReceipt r = ContactPoint.receive(LocalDate.of(2025, 6, 10), HouseConfig.reference());
        assertThatThrownBy(() -> ZvhJson.read(ZvhJson.write(r).replace("\"configId\"", "\"unused\""), AccessRequestReceipt.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("configId");
        assertThatThrownBy(() -> AccessRequestReceipt.builder().receivedOn(r.receivedOn()).deadline(r.deadline())
                .extendedDeadline(r.extendedDeadline()).configDigest(r.configDigest()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("configId");
    }
}
