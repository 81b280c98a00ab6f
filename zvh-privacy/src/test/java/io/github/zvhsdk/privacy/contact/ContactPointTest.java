package io.github.zvhsdk.privacy.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.config.ParticipantRole;
import io.github.zvhsdk.privacy.config.Participation;
import io.github.zvhsdk.privacy.config.Provenance;
import io.github.zvhsdk.privacy.sharing.SharingRegime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DSAR-CONTACTPUNT: every joint controller on the date of receipt; one month, extendable by two")
class ContactPointTest {
    @Test
    @DisplayName("DSAR_CONTACTPUNT: under the WGS the public participants receive the request; deadlines one month, extendable by two")
    void DSAR_CONTACTPUNT() {
        // rev. 2: the joint controllers under the WGS are the public participants only (SRC-WGS art. 2.27 lid 3); this
        // test expected every participant (Veilig Thuis among them) before
        AccessRequestReceipt r = ContactPoint.receive(LocalDate.of(2025, 6, 10), HouseConfig.reference());
        assertThat(r.regime()).isEqualTo(SharingRegime.WGS);
        assertThat(r.recipients()).extracting(Participation::type).containsExactly(PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING,
                PartnerType.DJI, PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE, PartnerType.GEMEENTE,
                PartnerType.LEERPLICHT, PartnerType.GGD);
        assertThat(r.recipients()).allMatch(p -> p.role().orElseThrow() == ParticipantRole.PUBLIC);
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(r.extendedDeadline()).isEqualTo(LocalDate.of(2025, 9, 10));
        AccessRequestReceipt endOfMonth = ContactPoint.receive(LocalDate.of(2026, 1, 31), HouseConfig.reference());
        assertThat(endOfMonth.deadline()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(endOfMonth.extendedDeadline()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: under a covenant (before the WGS date) every party to it receives the request")
    void DSAR_CONTACTPUNT_covenant() {
        // rev. 2: before the WGS date the request was refused (the contact point is the BGS's); sharing.md now says
        // that under a covenant every party to it is a joint controller
        HouseConfig ref = HouseConfig.reference();
        AccessRequestReceipt r = ContactPoint.receive(LocalDate.of(2025, 2, 28), ref);
        assertThat(r.regime()).isEqualTo(SharingRegime.COVENANT);
        assertThat(r.recipients()).isEqualTo(ref.participantsOn(LocalDate.of(2025, 2, 28))).hasSize(15)
                .extracting(Participation::type).contains(PartnerType.HALT, PartnerType.GEHANDICAPTENZORG, PartnerType.VEILIG_THUIS,
                        PartnerType.WONINGCORPORATIE);
        assertThat(r.citations()).containsExactly(Citation.of(SourceId.AVG, "art. 26"), Citation.of(SourceId.AVG, "art. 12(3)"));
        assertThat(ContactPoint.receive(LocalDate.of(2014, 6, 1), ref).recipients()).hasSize(14)
                .extracting(Participation::type).doesNotContain(PartnerType.VEILIG_THUIS);
        assertThat(ContactPoint.receive(LocalDate.of(2013, 1, 1), ref).deadline()).isEqualTo(LocalDate.of(2013, 2, 1));
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: no joint controller on the date of receipt, or one the configuration cannot settle, is "
            + "refused naming each entry: never an empty or a guessed list")
    void DSAR_CONTACTPUNT_noParticipantsOnThatDate() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        HouseConfig later = HouseConfig.builder().from(HouseConfig.reference()).participants(List.of(Participation.builder()
                .type(PartnerType.POLITIE).role(ParticipantRole.PUBLIC).validity(Validity.from(LocalDate.of(2026, 1, 1)))
                .provenance(p).build())).build();
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2025, 6, 10), later))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("receivedOn").hasMessageContaining("DSAR-CONTACTPUNT")
                .hasMessageContaining("no public participant");
        assertThat(ContactPoint.receive(LocalDate.of(2026, 1, 1), later).recipients()).hasSize(1);
        // only private participants: nobody would receive it
        HouseConfig privateOnly = HouseConfig.builder().from(HouseConfig.reference()).participants(List.of(Participation.builder()
                .type(PartnerType.GGZ).role(ParticipantRole.PRIVATE).validity(Validity.from(LocalDate.of(2025, 3, 1)))
                .provenance(p).build())).build();
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2025, 6, 10), privateOnly))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no public participant");
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2024, 6, 10), privateOnly))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no party to the covenant");
        // a participant without a role under the WGS, and a conditional one that may be public: each named, at once
        HouseConfig unsettled = HouseConfig.builder().from(HouseConfig.reference()).participants(List.of(
                Participation.builder().type(PartnerType.POLITIE).role(ParticipantRole.PUBLIC).validity(Validity.from(LocalDate.of(2013, 1, 1))).provenance(p).build(),
                Participation.builder().type(PartnerType.GGZ).validity(Validity.from(LocalDate.of(2013, 1, 1))).provenance(p).build(),
                Participation.builder().type(PartnerType.SOCIAAL_WIJKTEAM).role(ParticipantRole.PUBLIC).conditional(true)
                        .validity(Validity.from(LocalDate.of(2013, 1, 1))).provenance(p).build(),
                Participation.builder().type(PartnerType.GEHANDICAPTENZORG).role(ParticipantRole.PRIVATE).conditional(true)
                        .validity(Validity.from(LocalDate.of(2013, 1, 1))).provenance(p).build())).build();
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2025, 6, 10), unsettled)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("participants[1]", "participants[2]"));
        // before the WGS date a role is not read, but a conditional party cannot be named a controller
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2024, 6, 10), unsettled)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("participants[2]", "participants[3]"));
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: a municipal sociaal wijkteam configured as a public participant receives the request; "
            + "the private ones do not")
    void DSAR_CONTACTPUNT_municipalWijkteam() {
        HouseConfig ref = HouseConfig.reference();
        Provenance p = Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 1 f", "the wijkteam of the municipality itself");
        HouseConfig house = HouseConfig.builder().from(ref).addParticipant(Participation.builder()
                .type(PartnerType.SOCIAAL_WIJKTEAM).organisation("Wijkteam Gemeente Ede").role(ParticipantRole.PUBLIC)
                .validity(Validity.from(ref.wgsDate())).provenance(p).build()).build();
        AccessRequestReceipt r = ContactPoint.receive(LocalDate.of(2025, 6, 10), house);
        assertThat(r.recipients()).hasSize(8).last().extracting(x -> x.organisation().orElseThrow()).isEqualTo("Wijkteam Gemeente Ede");
    }

    @Test
    @DisplayName("DSAR_CONTACTPUNT: the receipt cites SRC-BGS art. 1.1, SRC-WGS art. 2.27 lid 3 and SRC-AVG art. 12(3) and names the configuration")
    void DSAR_CONTACTPUNT_citationsAndConfiguration() {
        HouseConfig ref = HouseConfig.reference();
        AccessRequestReceipt r = ContactPoint.receive(ref.wgsDate(), ref);
        assertThat(r.receivedOn()).isEqualTo(ref.wgsDate());
        assertThat(r.regime()).isEqualTo(SharingRegime.WGS);
        assertThat(r.recipients()).hasSize(7);
        assertThat(r.citations()).containsExactly(Citation.of(SourceId.BGS, "art. 1.1"), Citation.of(SourceId.WGS, "art. 2.27 lid 3"),
                Citation.of(SourceId.AVG, "art. 12(3)"));
        assertThat(r.configId()).isEqualTo(ref.id());
        assertThat(r.configDigest()).isEqualTo(ref.digest());
        assertThat(ContactPoint.receive(ref.wgsDate().minusDays(1), ref).regime()).isEqualTo(SharingRegime.COVENANT);
        assertThatThrownBy(() -> ContactPoint.receive(LocalDate.of(2012, 12, 31), ref))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("FRAMEWORK-DATE");
        assertThat(ZvhJson.read(ZvhJson.write(r), AccessRequestReceipt.class)).isEqualTo(r);
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
