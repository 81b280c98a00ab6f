package io.github.zvhsdk.privacy.config;

import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.SourceId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The reference profile of sharing.md, built once. */
final class ReferenceProfile {
    static final HouseConfig INSTANCE = build();

    private ReferenceProfile() {}

    private static HouseConfig build() {
        LocalDate wgs = FrameworkDates.DEFAULT_WGS_DATE;
        ImmutableHouseConfig.Builder b = HouseConfig.builder().id("reference").wgsDate(wgs);
        // before the WGS date: the parties of the landelijk kader (SRC-LK2013 §5.7, GEHANDICAPTENZORG its item 9)
        Provenance lk = Provenance.interpretation(SourceId.LK2013, "§5.7",
                "reference profile: the partners of the landelijk kader, parties to the covenant until the WGS date; "
                        + "replace with the house's own covenant's list");
        Validity covenantEra = Validity.of(FrameworkDates.FRAMEWORK_START, wgs);
        for (PartnerType t : new PartnerType[] {PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE,
                PartnerType.RECLASSERING, PartnerType.DJI, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT,
                PartnerType.GEMEENTE, PartnerType.GGZ, PartnerType.VERSLAVINGSZORG, PartnerType.GEHANDICAPTENZORG,
                PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.WONINGCORPORATIE,
                PartnerType.SLACHTOFFERHULP}) {
            b.addParticipant(entry(t, covenantEra, null, lk));
        }
        b.addParticipant(entry(PartnerType.VEILIG_THUIS, Validity.of(LocalDate.of(2015, 1, 1), wgs), null,
                Provenance.interpretation(SourceId.REFERENCE_POLICY, "sharing.md, Participants (rev. 2)",
                        "reference profile adds Veilig Thuis (founded 2015-01-01, after the landelijk kader) to the "
                                + "covenant's parties until the WGS date")));
        // from the WGS date: the deelnemers of SRC-WGS art. 2.27; HALT, WONINGCORPORATIE, SLACHTOFFERHULP, UWV and OTHER
        // are none (they can join a case as a guest)
        Validity wgsEra = Validity.from(wgs);
        ParticipantRole pub = ParticipantRole.PUBLIC;
        b.addParticipant(letter(PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, wgsEra, pub, "art. 2.27 lid 1 a"));
        b.addParticipant(letter(PartnerType.DJI, wgsEra, pub, "art. 2.27 lid 1 b"));
        b.addParticipant(letter(PartnerType.POLITIE, wgsEra, pub, "art. 2.27 lid 1 c"));
        b.addParticipant(letter(PartnerType.OPENBAAR_MINISTERIE, wgsEra, pub, "art. 2.27 lid 1 d"));
        b.addParticipant(letter(PartnerType.GEMEENTE, wgsEra, pub, "art. 2.27 lid 1 e, f (de burgemeester en het college)"));
        b.addParticipant(letter(PartnerType.LEERPLICHT, wgsEra, pub, "art. 2.27 lid 1 f (het college, Leerplichtwet 1969 art. 16)"));
        b.addParticipant(letter(PartnerType.GGD, wgsEra, pub, "art. 2.27 lid 1 g"));
        ParticipantRole priv = ParticipantRole.PRIVATE;
        b.addParticipant(letter(PartnerType.RECLASSERING, wgsEra, priv, "art. 2.27 lid 2 a"));
        b.addParticipant(letter(PartnerType.VEILIG_THUIS, wgsEra, priv, "art. 2.27 lid 2 b"));
        b.addParticipant(letter(PartnerType.GECERTIFICEERDE_INSTELLING, wgsEra, priv, "art. 2.27 lid 2 c"));
        b.addParticipant(letter(PartnerType.GGZ, wgsEra, priv, "art. 2.27 lid 2 d"));
        b.addParticipant(entry(PartnerType.VERSLAVINGSZORG, wgsEra, ParticipantRole.PRIVATE,
                Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 2 d",
                        "reference profile: addiction care as an institution doing GGZ, Wzd or Jeugdwet work")));
        b.addParticipant(entry(PartnerType.JEUGDHULP, wgsEra, ParticipantRole.PRIVATE,
                Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 2 d, e",
                        "reference profile: youth care as an institution doing Jeugdwet work, or working for the college")));
        b.addParticipant(entry(PartnerType.SOCIAAL_WIJKTEAM, wgsEra, ParticipantRole.PRIVATE,
                Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 2 e",
                        "reference profile: a wijkteam working for the college (private); a municipal wijkteam is the "
                                + "college itself (lid 1 f): configure it with role PUBLIC")));
        b.addParticipant(Participation.builder().type(PartnerType.GEHANDICAPTENZORG).validity(wgsEra)
                .role(ParticipantRole.PRIVATE).conditional(true)
                .provenance(Provenance.interpretation(SourceId.WGS, "art. 2.27 lid 2 e",
                        "a deelnemer only when it works for the college under the Wmo or the Jeugdwet: left UNKNOWN; "
                                + "list the house's institutions by name"))
                .build());

        Map<PartnerType, Provenance> secrecy = new LinkedHashMap<>();
        Provenance bound = Provenance.interpretation(SourceId.HANDVAT2019, "§2.7–2.9",
                "reference table of sharing.md (rev. 2): care providers and the sociaal wijkteam, bound by professional secrecy");
        // rev. 2: SOCIAAL_WIJKTEAM too (Jeugdwet art. 7.3.11, Wmo 2015 art. 5.3.3)
        for (PartnerType t : EnumSet.of(PartnerType.SOCIAAL_WIJKTEAM, PartnerType.GGZ, PartnerType.VERSLAVINGSZORG,
                PartnerType.GEHANDICAPTENZORG, PartnerType.JEUGDHULP, PartnerType.GECERTIFICEERDE_INSTELLING,
                PartnerType.VEILIG_THUIS, PartnerType.GGD)) {
            secrecy.put(t, bound);
        }
        Map<PartnerType, Provenance> bsn = new LinkedHashMap<>();
        Provenance entitled = Provenance.interpretation(SourceId.UAVG, "art. 46",
                "reference table of sharing.md: every partner type except WONINGCORPORATIE, SLACHTOFFERHULP and OTHER; "
                        + "ZVH is entitled");
        for (PartnerType t : EnumSet.complementOf(EnumSet.of(PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP,
                PartnerType.OTHER))) {
            bsn.put(t, entitled);
        }
        return b.secrecyBound(secrecy).bsnEntitled(bsn).build();
    }

    /** An entry from the letter of SRC-WGS art. 2.27 (no interpretation). */
    private static Participation letter(PartnerType type, Validity validity, ParticipantRole role, String section) {
        return entry(type, validity, role, Provenance.builder().source(SourceId.WGS).section(section).interpretation(false)
                .build());
    }

    private static Participation entry(PartnerType type, Validity validity, @Nullable ParticipantRole role,
            Provenance provenance) {
        ImmutableParticipation.Builder p = Participation.builder().type(type).validity(validity).provenance(provenance);
        return (role == null ? p : p.role(role)).build();
    }
}
