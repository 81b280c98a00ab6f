package io.github.zvhsdk.privacy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("House configuration: reference profile, provenance, validation, JSON")
class HouseConfigTest {
    private final HouseConfig ref = HouseConfig.reference();

    @Test
    @DisplayName("the reference profile holds the spec's tables, every interpreted entry marked as interpretation")
    void referenceProfile() {
        assertThat(ref.wgsDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        // rev. 2 (sharing.md, "Bound by professional secrecy"): SOCIAAL_WIJKTEAM joins the table
        assertThat(ref.secrecyBound().keySet()).containsExactlyInAnyOrder(PartnerType.GGZ, PartnerType.VERSLAVINGSZORG,
                PartnerType.GEHANDICAPTENZORG, PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING,
                PartnerType.VEILIG_THUIS, PartnerType.GGD, PartnerType.SOCIAAL_WIJKTEAM);
        assertThat(ref.bsnEntitled()).hasSize(PartnerType.values().length - 3).containsKey(PartnerType.ZVH)
                .doesNotContainKeys(PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP, PartnerType.OTHER);
        assertThat(ref.participantsOn(LocalDate.of(2025, 6, 1))).extracting(Participation::type).contains(PartnerType.VEILIG_THUIS);
        assertThat(ref.participantsOn(LocalDate.of(2014, 6, 1))).extracting(Participation::type).doesNotContain(PartnerType.VEILIG_THUIS);
        assertThat(ref.secrecyBound().values()).allMatch(Provenance::interpretation);
        assertThat(ref.bsnEntitled().values()).allMatch(Provenance::interpretation);
        // rev. 2: the deelnemers of SRC-WGS art. 2.27 from the WGS date; the letter of the statute is no interpretation,
        // the lid 2 d and e readings and the covenant-era list are (ParticipantsTest pins every entry)
        assertThat(ref.participants()).filteredOn(p -> p.provenance().interpretation()).isNotEmpty();
        assertThat(ref.participants()).filteredOn(p -> !p.provenance().interpretation())
                .allMatch(p -> p.provenance().source() == SourceId.WGS && p.role().isPresent());
        assertThat(ref.retention()).isEmpty();
        assertThat(ref.covenants()).isEmpty();
    }

    @Test
    @DisplayName("participation and covenant helpers are three-valued and never guess")
    void helpers() {
        assertThat(ref.participation(PartnerType.ZVH, LocalDate.of(2013, 1, 1))).isEqualTo(Tri.TRUE);
        assertThat(ref.participation(PartnerType.POLITIE, LocalDate.of(2025, 6, 1))).isEqualTo(Tri.TRUE);
        assertThat(ref.participation(PartnerType.UWV, LocalDate.of(2025, 6, 1))).isEqualTo(Tri.FALSE);
        assertThat(ref.covenantInForce(LocalDate.of(2025, 6, 1))).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("SHARE-PARTICIPANTS helper: entries naming organisations do not make every organisation of the type a participant")
    void SHARE_PARTICIPANTS_organisationEntries() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        HouseConfig named = HouseConfig.builder().from(ref).participants(List.of(
                Participation.builder().type(PartnerType.GGZ).organisation("GGZ Noord").validity(Validity.from(on)).provenance(p).build(),
                Participation.builder().type(PartnerType.POLITIE).validity(Validity.from(on)).provenance(p).build())).build();
        // only GGZ Noord is a deelnemer: "GGZ" as a type is not settled, so the helper must not say TRUE
        assertThat(named.participation(PartnerType.GGZ, on)).isEqualTo(Tri.UNKNOWN);
        assertThat(named.participation(PartnerType.GGZ, "GGZ Noord", on)).isEqualTo(Tri.TRUE);
        assertThat(named.participation(PartnerType.GGZ, "GGZ Zuid", on)).isEqualTo(Tri.FALSE);
        assertThat(named.participation(PartnerType.GGZ, "GGZ Noord", on.minusDays(1))).isEqualTo(Tri.UNKNOWN);
        // an entry for the whole type answers for each of its organisations
        assertThat(named.participation(PartnerType.POLITIE, on)).isEqualTo(Tri.TRUE);
        assertThat(named.participation(PartnerType.POLITIE, "Eenheid Oost-Nederland", on)).isEqualTo(Tri.TRUE);
        assertThat(named.participation(PartnerType.UWV, on)).isEqualTo(Tri.FALSE);
        assertThat(named.participation(PartnerType.ZVH, "bureau", on)).isEqualTo(Tri.TRUE);
    }

    @Test
    @DisplayName("JSON round trip; the digest identifies the content")
    void json() {
        HouseConfig back = ZvhJson.read(ZvhJson.write(ref), HouseConfig.class);
        assertThat(back).isEqualTo(ref);
        assertThat(back.digest()).isEqualTo(ref.digest()).hasSize(16);
        assertThat(HouseConfig.builder().from(ref).wgsDate(LocalDate.of(2025, 1, 1)).build().digest()).isNotEqualTo(ref.digest());
    }

    @Test
    @DisplayName("invalid configuration: no tables, bad id, overlapping participants, unknown keys, no provenance")
    void invalid() {
        assertThatThrownBy(() -> HouseConfig.builder().from(ref).secrecyBound(java.util.Map.of()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("secrecyBound");
        assertThatThrownBy(() -> HouseConfig.builder().from(ref).id("not ok!").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> HouseConfig.builder().from(ref).addParticipant(ref.participants().get(0)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> HouseConfig.builder().from(ref).wgsDate(LocalDate.of(2012, 1, 1)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsDate");
        String json = ZvhJson.write(ref);
        assertThatThrownBy(() -> ZvhJson.read(json.replace("\"wgsDate\"", "\"wgsdate\""), HouseConfig.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsdate");
        assertThatThrownBy(() -> ZvhJson.read("{\"type\":\"GGZ\",\"validity\":\"2013-01-01/..\"}", Participation.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("provenance");
        assertThatThrownBy(() -> ZvhJson.read("{\"source\":\"SRC-LK2013\"}", Provenance.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("interpretation");
        assertThatThrownBy(() -> ZvhJson.read("{\"baseTerm\":\"P-1Y\",\"provenance\":{\"source\":\"SRC-AVG\",\"interpretation\":true}}",
                RetentionTerms.class)).isInstanceOf(InvalidInputException.class).hasMessageContaining("baseTerm");
    }

    @Test
    @DisplayName("MODEL-BSN: the configuration's id, a participant's organisation and a provenance's section or note never hold a "
            + "number that could be a BSN")
    void noBsnInConfiguration() {
        HouseConfig ref = HouseConfig.reference();
        String json = ZvhJson.write(ref);
        for (String changed : new String[] {
                json.replace("\"participants\":[{", "\"participants\":[{\"organisation\":\"Zorg " + Canary.BSN + "\","),
                json.replace("\"id\":\"" + ref.id() + "\"", "\"id\":\"" + Canary.BSN + "\""),
                json.replaceFirst("\"section\":\"[^\"]*\"", "\"section\":\"" + Canary.BSN + "\""),
                json.replaceFirst("\"note\":\"[^\"]*\"", "\"note\":\"see " + Canary.BSN + "\"")}) {
            assertThat(changed).isNotEqualTo(json);
            assertThatThrownBy(() -> ZvhJson.read(changed, HouseConfig.class)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("MODEL-BSN").hasMessageNotContaining(Canary.BSN);
        }
    }

    @Test
    @DisplayName("covenantInForce: TRUE inside a configured covenant's half-open validity, FALSE outside it, UNKNOWN with none")
    void covenantInForce() {
        Provenance p = Provenance.interpretation(SourceId.HANDVAT2019, "", "house covenant");
        HouseConfig withCovenant = HouseConfig.builder().from(ref).addCovenant(Covenant.builder()
                .validity(Validity.of(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1))).provenance(p).build()).build();
        assertThat(withCovenant.covenantInForce(LocalDate.of(2019, 1, 1))).isEqualTo(Tri.TRUE);
        assertThat(withCovenant.covenantInForce(LocalDate.of(2025, 12, 31))).isEqualTo(Tri.TRUE);
        assertThat(withCovenant.covenantInForce(LocalDate.of(2026, 1, 1))).isEqualTo(Tri.FALSE);
        assertThat(withCovenant.covenantInForce(LocalDate.of(2018, 12, 31))).isEqualTo(Tri.FALSE);
        assertThat(ref.covenantInForce(LocalDate.of(2019, 1, 1))).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("participation by type: UNKNOWN on a date with no participant listed at all, FALSE for an unlisted type otherwise")
    void participationOnEmptyDate() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        LocalDate from = LocalDate.of(2026, 1, 1);
        HouseConfig later = HouseConfig.builder().from(ref).participants(List.of(Participation.builder()
                .type(PartnerType.POLITIE).validity(Validity.from(from)).provenance(p).build())).build();
        assertThat(later.participantsOn(from.minusDays(1))).isEmpty();
        assertThat(later.participation(PartnerType.POLITIE, from.minusDays(1))).isEqualTo(Tri.UNKNOWN);
        assertThat(later.participation(PartnerType.GGZ, from.minusDays(1))).isEqualTo(Tri.UNKNOWN);
        assertThat(later.participation(PartnerType.ZVH, from.minusDays(1))).isEqualTo(Tri.TRUE);
        assertThat(later.participation(PartnerType.POLITIE, from)).isEqualTo(Tri.TRUE);
        assertThat(later.participation(PartnerType.GGZ, from)).isEqualTo(Tri.FALSE);
        assertThat(later.participation(PartnerType.GGZ, "GGZ Noord", from)).isEqualTo(Tri.FALSE);
        assertThat(later.participation(PartnerType.POLITIE, "Eenheid Noord", from.minusDays(1))).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    @DisplayName("MODEL-PARTICIPANTS: only overlapping entries for the same participant are refused; adjacent or distinct ones are not")
    void participantOverlap() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        LocalDate d1 = LocalDate.of(2020, 1, 1);
        LocalDate d2 = LocalDate.of(2022, 1, 1);
        LocalDate d3 = LocalDate.of(2024, 1, 1);
        BiFunction<String, Validity, Participation> ggz = (org, v) -> {
            var b = Participation.builder().type(PartnerType.GGZ).validity(v).provenance(p);
            return (org == null ? b : b.organisation(org)).build();
        };
        // half-open ranges: [d1, d2) and [d2, ..) touch but do not overlap, in either order
        assertThat(HouseConfig.builder().from(ref).participants(List.of(ggz.apply(null, Validity.of(d1, d2)),
                ggz.apply(null, Validity.from(d2)))).build().participantsOn(d2)).hasSize(1);
        assertThat(HouseConfig.builder().from(ref).participants(List.of(ggz.apply(null, Validity.from(d2)),
                ggz.apply(null, Validity.of(d1, d2)))).build().participantsOn(d1)).hasSize(1);
        // the same dates for two organisations, or for an organisation and the whole type, are two participants
        assertThat(HouseConfig.builder().from(ref).participants(List.of(ggz.apply("GGZ Noord", Validity.from(d1)),
                ggz.apply("GGZ Zuid", Validity.from(d1)), ggz.apply(null, Validity.from(d1)))).build().participantsOn(d3))
                .hasSize(3);
        // the same dates for another type
        assertThat(HouseConfig.builder().from(ref).participants(List.of(ggz.apply(null, Validity.from(d1)),
                Participation.builder().type(PartnerType.POLITIE).validity(Validity.from(d1)).provenance(p).build()))
                .build().participantsOn(d3)).hasSize(2);
        // one day of overlap, an inner range, and two open ends are refused, naming the later entry
        for (List<Participation> overlapping : List.of(
                List.of(ggz.apply(null, Validity.of(d1, d2.plusDays(1))), ggz.apply(null, Validity.from(d2))),
                List.of(ggz.apply(null, Validity.from(d2)), ggz.apply(null, Validity.of(d1, d2.plusDays(1)))),
                List.of(ggz.apply(null, Validity.of(d1, d3)), ggz.apply(null, Validity.of(d2, d2.plusDays(1)))),
                List.of(ggz.apply("GGZ Noord", Validity.from(d1)), ggz.apply("GGZ Noord", Validity.from(d3))))) {
            assertThatThrownBy(() -> HouseConfig.builder().from(ref).participants(overlapping).build())
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("participants[1]")
                    .hasMessageContaining("MODEL-PARTICIPANTS").hasMessageContaining("overlaps participants[0]");
        }
    }

    @Test
    @DisplayName("FRAMEWORK-DATE: a WGS date on 2013-01-01 is accepted, the day before is refused; the reference tables answer per type")
    void wgsDateBoundaryAndTables() {
        assertThat(HouseConfig.builder().from(ref).wgsDate(LocalDate.of(2013, 1, 1)).build().wgsDate())
                .isEqualTo(LocalDate.of(2013, 1, 1));
        assertThatThrownBy(() -> HouseConfig.builder().from(ref).wgsDate(LocalDate.of(2012, 12, 31)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsDate").hasMessageContaining("FRAMEWORK-DATE")
                .hasMessageContaining("2013-01-01");
        assertThat(ref.isSecrecyBound(PartnerType.GGZ)).isTrue();
        assertThat(ref.isSecrecyBound(PartnerType.POLITIE)).isFalse();
        assertThat(ref.isBsnEntitled(PartnerType.POLITIE)).isTrue();
        assertThat(ref.isBsnEntitled(PartnerType.WONINGCORPORATIE)).isFalse();
        assertThat(ref.digest()).matches("[0-9a-f]{16}");
    }

    @Test
    @DisplayName("RETENTION: a base term of years, months or days alone is positive; a covenant needs its validity; a provenance cites its source")
    void retentionCovenantProvenance() {
        Provenance p = Provenance.interpretation(SourceId.REFERENCE_POLICY, "§ 2", "house policy");
        for (Period t : List.of(Period.ofYears(1), Period.ofMonths(1), Period.ofDays(1))) {
            assertThat(RetentionTerms.builder().baseTerm(t).provenance(p).build().baseTerm()).isEqualTo(t);
        }
        for (Period bad : List.of(Period.ZERO, Period.of(1, -1, 0), Period.ofDays(-1))) {
            assertThatThrownBy(() -> RetentionTerms.builder().baseTerm(bad).provenance(p).build()).as("%s", bad)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("baseTerm").hasMessageContaining("RETENTION");
        }
        assertThatThrownBy(() -> ZvhJson.read("{\"provenance\":{\"source\":\"SRC-HANDVAT2019\",\"interpretation\":true}}",
                Covenant.class)).isInstanceOf(InvalidInputException.class).hasMessageContaining("validity");
        assertThat(p.citation()).isEqualTo(Citation.of(SourceId.REFERENCE_POLICY, "§ 2"));
    }
}
