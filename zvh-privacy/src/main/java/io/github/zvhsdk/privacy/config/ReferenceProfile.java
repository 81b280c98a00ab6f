package io.github.zvhsdk.privacy.config;

import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.rule.FrameworkDates;
import io.github.zvhsdk.model.rule.SourceId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reference profile of sharing.md, built once. */
final class ReferenceProfile {
    static final HouseConfig INSTANCE = build();

    private ReferenceProfile() {}

    private static HouseConfig build() {
        ImmutableHouseConfig.Builder b = HouseConfig.builder().id("reference").wgsDate(FrameworkDates.DEFAULT_WGS_DATE);
        Provenance lk = Provenance.interpretation(SourceId.LK2013, "§5.7",
                "reference profile: the partners of the landelijk kader; the WGS list of deelnemers is [open]; "
                        + "replace with the house's own list");
        for (PartnerType t : new PartnerType[] {PartnerType.POLITIE, PartnerType.OPENBAAR_MINISTERIE,
                PartnerType.RECLASSERING, PartnerType.DJI, PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING, PartnerType.HALT,
                PartnerType.GEMEENTE, PartnerType.GGZ, PartnerType.VERSLAVINGSZORG, PartnerType.JEUGDHULP,
                PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.WONINGCORPORATIE, PartnerType.SLACHTOFFERHULP}) {
            b.addParticipant(Participation.builder().type(t).validity(Validity.from(FrameworkDates.FRAMEWORK_START))
                    .provenance(lk).build());
        }
        b.addParticipant(Participation.builder().type(PartnerType.VEILIG_THUIS)
                .validity(Validity.from(LocalDate.of(2015, 1, 1)))
                .provenance(Provenance.interpretation(SourceId.REFERENCE_POLICY, "sharing.md, reference tables",
                        "reference profile adds Veilig Thuis (founded 2015-01-01, after the landelijk kader); "
                                + "the WGS list of deelnemers is [open]"))
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
}
