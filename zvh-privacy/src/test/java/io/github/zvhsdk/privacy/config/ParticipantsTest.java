package io.github.zvhsdk.privacy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The participants and joint controllers of sharing.md's reference tables "Participants (rev. 2)" and "Joint
 * controllers (rev. 2)": the reference profile, entry by entry and type by type on every date that matters, and the
 * helpers that answer for a type or an organisation (a municipal sociaal wijkteam made public, a conditional
 * gehandicaptenzorg, entries without a role).
 */
@DisplayName("Participants (rev. 2): the reference profile, public participants and joint controllers")
class ParticipantsTest {
    private static final HouseConfig REF = HouseConfig.reference();
    private static final LocalDate WGS = LocalDate.of(2025, 3, 1);
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31),
            LocalDate.of(2015, 1, 1), WGS.minusDays(1), WGS, LocalDate.of(2031, 6, 1));

    // re-stated from sharing.md, independently of ReferenceProfile
    private static final Set<PartnerType> LK2013 = EnumSet.of(PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE,
            PartnerType.RECLASSERING, PartnerType.DJI, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT,
            PartnerType.GEMEENTE, PartnerType.GGZ, PartnerType.VERSLAVINGSZORG, PartnerType.GEHANDICAPTENZORG,
            PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.WONINGCORPORATIE,
            PartnerType.SLACHTOFFERHULP);
    private static final Set<PartnerType> LID1 = EnumSet.of(PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.DJI,
            PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE, PartnerType.GEMEENTE, PartnerType.LEERPLICHT, PartnerType.GGD);
    private static final Set<PartnerType> LID2_LETTER = EnumSet.of(PartnerType.RECLASSERING, PartnerType.VEILIG_THUIS,
            PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.GGZ);
    private static final Set<PartnerType> LID2_READ = EnumSet.of(PartnerType.VERSLAVINGSZORG, PartnerType.JEUGDHULP,
            PartnerType.SOCIAAL_WIJKTEAM);

    /** sharing.md's participation of a type on a date, in the reference profile. */
    private static Tri expectedParticipation(PartnerType t, LocalDate d) {
        if (t == PartnerType.ZVH) {
            return Tri.TRUE;
        }
        if (d.isBefore(WGS)) {
            return Tri.of(LK2013.contains(t) || (t == PartnerType.VEILIG_THUIS && !d.isBefore(LocalDate.of(2015, 1, 1))));
        }
        if (t == PartnerType.GEHANDICAPTENZORG) {
            return Tri.UNKNOWN;
        }
        return Tri.of(LID1.contains(t) || LID2_LETTER.contains(t) || LID2_READ.contains(t));
    }

    @Test
    @DisplayName("reference profile: participation, public participation and joint control of every type on every date that "
            + "matters, as sharing.md's tables say")
    void participants_referenceProfile() {
        int checked = 0;
        for (LocalDate d : DATES) {
            for (PartnerType t : PartnerType.values()) {
                Tri participates = expectedParticipation(t, d);
                assertThat(REF.participation(t, d)).as("%s on %s", t, d).isEqualTo(participates);
                Tri isPublic = d.isBefore(WGS) || t == PartnerType.ZVH ? Tri.FALSE : Tri.of(LID1.contains(t));
                assertThat(REF.publicParticipant(t, d)).as("public %s on %s", t, d).isEqualTo(isPublic);
                Tri controller = t == PartnerType.ZVH ? Tri.FALSE : d.isBefore(WGS) ? participates : isPublic;
                assertThat(REF.jointController(t, d)).as("joint controller %s on %s", t, d).isEqualTo(controller);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(DATES.size() * PartnerType.values().length);
        // not participants under the WGS: they can join a case as a guest
        for (PartnerType t : List.of(PartnerType.HALT, PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP,
                PartnerType.UWV, PartnerType.OTHER)) {
            assertThat(REF.participation(t, WGS)).as("%s", t).isEqualTo(Tri.FALSE);
        }
        assertThat(REF.participation(PartnerType.HALT, WGS.minusDays(1))).isEqualTo(Tri.TRUE);
    }

    @Test
    @DisplayName("reference profile: each entry's role and provenance: the letter of art. 2.27 is no interpretation, the "
            + "readings of lid 2 d and e and the covenant-era list are; GEHANDICAPTENZORG is conditional")
    void participants_provenance() {
        for (Participation p : REF.participants()) {
            boolean wgsEra = !p.validity().start().isBefore(WGS);
            assertThat(p.validity().contains(WGS)).as("%s: split at the WGS date", p).isEqualTo(wgsEra);
            if (!wgsEra) {
                assertThat(p.role()).as("%s", p).isEmpty();
                assertThat(p.conditional()).isFalse();
                assertThat(p.provenance().interpretation()).isTrue();
                assertThat(p.validity().end()).contains(WGS);
                continue;
            }
            assertThat(p.provenance().source()).isEqualTo(SourceId.WGS);
            assertThat(p.provenance().section()).startsWith("art. 2.27 lid " + (LID1.contains(p.type()) ? "1" : "2"));
            assertThat(p.role()).contains(LID1.contains(p.type()) ? ParticipantRole.PUBLIC : ParticipantRole.PRIVATE);
            boolean letter = LID1.contains(p.type()) || LID2_LETTER.contains(p.type());
            assertThat(p.provenance().interpretation()).as("%s", p).isEqualTo(!letter);
            assertThat(p.conditional()).isEqualTo(p.type() == PartnerType.GEHANDICAPTENZORG);
            assertThat(p.organisation()).isEmpty();
        }
        assertThat(REF.participants()).filteredOn(p -> p.type() == PartnerType.SOCIAAL_WIJKTEAM).singleElement()
                .satisfies(p -> assertThat(p.provenance().note().orElseThrow()).contains("lid 1 f").contains("PUBLIC"));
        assertThat(REF.participants()).hasSize(15 + LID1.size() + LID2_LETTER.size() + LID2_READ.size() + 1);
    }

    @Test
    @DisplayName("a municipal SOCIAAL_WIJKTEAM configured as public: that organisation is a public participant and joint "
            + "controller; the type as such and other wijkteams stay private")
    void participants_municipalWijkteam() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 1 f", "the municipality's own wijkteam");
        HouseConfig house = HouseConfig.builder().from(REF).addParticipant(Participation.builder()
                .type(PartnerType.SOCIAAL_WIJKTEAM).organisation("Wijkteam Ede").role(ParticipantRole.PUBLIC)
                .validity(Validity.from(WGS)).provenance(p).build()).build();
        LocalDate on = LocalDate.of(2026, 1, 1);
        assertThat(house.publicParticipant(PartnerType.SOCIAAL_WIJKTEAM, "Wijkteam Ede", on)).isEqualTo(Tri.TRUE);
        assertThat(house.jointController(PartnerType.SOCIAAL_WIJKTEAM, "Wijkteam Ede", on)).isEqualTo(Tri.TRUE);
        assertThat(house.participation(PartnerType.SOCIAAL_WIJKTEAM, "Wijkteam Ede", on)).isEqualTo(Tri.TRUE);
        assertThat(house.publicParticipant(PartnerType.SOCIAAL_WIJKTEAM, "Stichting Wijkwerk", on)).isEqualTo(Tri.FALSE);
        assertThat(house.publicParticipant(PartnerType.SOCIAAL_WIJKTEAM, on)).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.SOCIAAL_WIJKTEAM, on)).isEqualTo(Tri.FALSE);
        // before the WGS date there are no public participants, and that organisation is not listed then
        assertThat(house.publicParticipant(PartnerType.SOCIAAL_WIJKTEAM, "Wijkteam Ede", WGS.minusDays(1))).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.SOCIAAL_WIJKTEAM, "Wijkteam Ede", WGS.minusDays(1))).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.POLITIE, "Eenheid Oost", WGS.minusDays(1))).isEqualTo(Tri.TRUE);
    }

    @Test
    @DisplayName("conditional entries and named organisations: UNKNOWN where the configuration cannot settle it, definite where "
            + "every possibility agrees; a role left out is UNKNOWN under the WGS only; ZVH is no public participant nor controller")
    void participants_helpers() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        LocalDate from = LocalDate.of(2013, 1, 1);
        HouseConfig house = HouseConfig.builder().from(REF).participants(List.of(
                Participation.builder().type(PartnerType.GEHANDICAPTENZORG).role(ParticipantRole.PRIVATE).conditional(true)
                        .validity(Validity.from(from)).provenance(p).build(),
                Participation.builder().type(PartnerType.GEHANDICAPTENZORG).organisation("Zorg Noord").role(ParticipantRole.PRIVATE)
                        .validity(Validity.from(from)).provenance(p).build(),
                Participation.builder().type(PartnerType.GGZ).organisation("GGZ Noord").role(ParticipantRole.PRIVATE)
                        .validity(Validity.from(from)).provenance(p).build(),
                Participation.builder().type(PartnerType.GGZ).organisation("GGZ Zuid").role(ParticipantRole.PRIVATE)
                        .validity(Validity.from(from)).provenance(p).build(),
                Participation.builder().type(PartnerType.GEMEENTE).organisation("Ede").role(ParticipantRole.PUBLIC)
                        .validity(Validity.from(from)).provenance(p).build(),
                Participation.builder().type(PartnerType.POLITIE).validity(Validity.from(from)).provenance(p).build())).build();
        LocalDate wgs = LocalDate.of(2026, 1, 1);
        LocalDate covenant = LocalDate.of(2020, 1, 1);
        // a conditional type: UNKNOWN participation; a named unconditional organisation of it: TRUE
        assertThat(house.participation(PartnerType.GEHANDICAPTENZORG, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.participation(PartnerType.GEHANDICAPTENZORG, "Zorg Noord", wgs)).isEqualTo(Tri.TRUE);
        assertThat(house.participation(PartnerType.GEHANDICAPTENZORG, "Zorg Zuid", wgs)).isEqualTo(Tri.UNKNOWN);
        // ... but private either way: no public participant, no joint controller under the WGS
        assertThat(house.publicParticipant(PartnerType.GEHANDICAPTENZORG, wgs)).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.GEHANDICAPTENZORG, wgs)).isEqualTo(Tri.FALSE);
        // ... while under a covenant every party is a controller: conditional stays UNKNOWN
        assertThat(house.jointController(PartnerType.GEHANDICAPTENZORG, covenant)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.jointController(PartnerType.GEHANDICAPTENZORG, "Zorg Noord", covenant)).isEqualTo(Tri.TRUE);
        // only named organisations of a type: the type as such participates UNKNOWN; public FALSE when all are private,
        // UNKNOWN when one is public
        assertThat(house.participation(PartnerType.GGZ, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.publicParticipant(PartnerType.GGZ, wgs)).isEqualTo(Tri.FALSE);
        assertThat(house.publicParticipant(PartnerType.GEMEENTE, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.publicParticipant(PartnerType.GEMEENTE, "Ede", wgs)).isEqualTo(Tri.TRUE);
        assertThat(house.publicParticipant(PartnerType.GEMEENTE, "Barneveld", wgs)).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.GGZ, covenant)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.jointController(PartnerType.GGZ, "GGZ Zuid", covenant)).isEqualTo(Tri.TRUE);
        // no role given: UNKNOWN under the WGS (never guessed from the type), not read under a covenant
        assertThat(house.publicParticipant(PartnerType.POLITIE, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.jointController(PartnerType.POLITIE, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(house.jointController(PartnerType.POLITIE, covenant)).isEqualTo(Tri.TRUE);
        // not listed while others are: FALSE; nothing listed on a date: UNKNOWN
        assertThat(house.publicParticipant(PartnerType.DJI, wgs)).isEqualTo(Tri.FALSE);
        assertThat(house.jointController(PartnerType.DJI, covenant)).isEqualTo(Tri.FALSE);
        HouseConfig later = HouseConfig.builder().from(REF).participants(List.of(Participation.builder().type(PartnerType.DJI)
                .role(ParticipantRole.PUBLIC).validity(Validity.from(LocalDate.of(2030, 1, 1))).provenance(p).build())).build();
        assertThat(later.publicParticipant(PartnerType.DJI, wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(later.jointController(PartnerType.DJI, "DJI Zwolle", wgs)).isEqualTo(Tri.UNKNOWN);
        assertThat(later.publicParticipant(PartnerType.DJI, LocalDate.of(2030, 1, 1))).isEqualTo(Tri.TRUE);
        // ZVH, the house's own bureau: always a participant, never a public participant or a joint controller
        for (LocalDate d : List.of(covenant, wgs)) {
            assertThat(house.participation(PartnerType.ZVH, d)).isEqualTo(Tri.TRUE);
            assertThat(house.publicParticipant(PartnerType.ZVH, d)).isEqualTo(Tri.FALSE);
            assertThat(house.publicParticipant(PartnerType.ZVH, "bureau", d)).isEqualTo(Tri.FALSE);
            assertThat(house.jointController(PartnerType.ZVH, d)).isEqualTo(Tri.FALSE);
            assertThat(house.jointController(PartnerType.ZVH, "bureau", d)).isEqualTo(Tri.FALSE);
        }
        assertThatThrownBy(() -> house.jointController(null, wgs)).isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> house.publicParticipant(PartnerType.GGZ, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> house.jointController(PartnerType.GGZ, null, wgs)).isInstanceOf(NullPointerException.class)
                .hasMessage("organisation");
    }

    @Test
    @DisplayName("the entry's answers: participates, public participant and joint controller from its role and condition")
    void participants_entry() {
        Provenance p = Provenance.interpretation(SourceId.WGS, "", "house list");
        for (ParticipantRole role : new ParticipantRole[] {null, ParticipantRole.PUBLIC, ParticipantRole.PRIVATE}) {
            for (boolean conditional : new boolean[] {false, true}) {
                ImmutableParticipation.Builder b = Participation.builder().type(PartnerType.GGZ).validity(Validity.from(WGS))
                        .provenance(p).conditional(conditional);
                Participation e = (role == null ? b : b.role(role)).build();
                Tri participates = conditional ? Tri.UNKNOWN : Tri.TRUE;
                Tri isPublic = role == null ? Tri.UNKNOWN : Tri.of(role == ParticipantRole.PUBLIC);
                assertThat(e.participates()).isEqualTo(participates);
                assertThat(e.publicParticipant()).as("%s %s", role, conditional).isEqualTo(participates.and(isPublic));
                assertThat(e.jointController(true)).isEqualTo(e.publicParticipant());
                assertThat(e.jointController(false)).isEqualTo(participates);
                assertThat(ZvhJson.read(ZvhJson.write(e), Participation.class)).isEqualTo(e);
            }
        }
        assertThat(ParticipantRole.PUBLIC.labelNl()).contains("lid 1").isNotEqualTo(ParticipantRole.PUBLIC.labelEn());
        assertThat(ParticipantRole.PRIVATE.labelEn()).contains("lid 2").isNotEqualTo(ParticipantRole.PRIVATE.labelNl());
        assertThatThrownBy(() -> ZvhJson.read("{\"type\":\"GGZ\",\"validity\":\"2025-03-01/..\",\"role\":\"SEMI\","
                + "\"provenance\":{\"source\":\"SRC-WGS\",\"interpretation\":true}}", Participation.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("role").hasMessageContaining("PUBLIC");
        assertThatThrownBy(() -> ZvhJson.read("{\"type\":\"GGZ\",\"validity\":\"2025-03-01/..\",\"conditional\":\"TRUE\","
                + "\"provenance\":{\"source\":\"SRC-WGS\",\"interpretation\":true}}", Participation.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("conditional");
        // a configuration written before revision 2 (no role, no conditional) still reads
        Participation old = ZvhJson.read("{\"type\":\"GGZ\",\"validity\":\"2013-01-01/..\","
                + "\"provenance\":{\"source\":\"SRC-LK2013\",\"interpretation\":true}}", Participation.class);
        assertThat(old.role()).isEmpty();
        assertThat(old.conditional()).isFalse();
    }
}
