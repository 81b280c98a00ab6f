package io.github.zvhsdk.model;

import io.github.zvhsdk.model.testkit.Canary;
import java.time.LocalDate;

/** One fully populated instance of every model type. */
final class Fixtures {
    private Fixtures() {}

    static Person person() {
        return Person.builder().id(PersonId.of("p-1")).bsn(Bsn.parse(Canary.BSN)).dateOfBirth(LocalDate.of(1990, 4, 17))
                .residence(MunicipalityCode.of("GM0228")).build();
    }

    static SystemMember member() {
        return SystemMember.builder().person(Person.builder().id(PersonId.of("p-2")).dateOfBirth(LocalDate.of(2012, 1, 1)).build())
                .relation(Relation.CHILD).addMeasure(Measure.CHILD_PROTECTION).build();
    }

    static Area area() {
        return Area.builder().neighbourhood("BU02280101").municipality(MunicipalityCode.of("GM0228"))
                .house(HouseId.of("zvh-wvv")).safetyRegion(SafetyRegionCode.VR07)
                .validity(Validity.parse("2019-01-01/..")).build();
    }

    static Partner partner() {
        return Partner.builder().type(PartnerType.GGZ).name("GGZ Centraal").tier(Tier.KEY_PARTNER).build();
    }

    static House house() {
        return House.builder().id(HouseId.of("zvh-wvv")).name("Zorg- en Veiligheidshuis West Veluwe Vallei")
                .safetyRegion(SafetyRegionCode.VR07).addMunicipality(MunicipalityCode.of("GM0228"))
                .addPartner(partner())
                .addPartner(Partner.builder().type(PartnerType.ZVH).name("bureau").tier(Tier.CORE).build())
                .addTheme(Theme.HUISELIJK_GEWELD).build();
    }

    static Case aCase() {
        return Case.builder().id(CaseId.of("c-1")).kind(CaseKind.SYSTEEMGERICHT).addSubject(person())
                .addSystem(member()).addTheme(Theme.HUISELIJK_GEWELD).referrer(PartnerType.POLITIE)
                .intakeRoute(IntakeRoute.PARTNER_REFERRAL).addInvolvedPartner(PartnerType.VEILIG_THUIS)
                .lifeDomains(LifeDomainAssessment.unknown().with(LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC))
                .taskCategory(TaskCategory.BASISTAAK).status(CaseStatus.ADMITTED)
                .addPhaseHistory(PhaseRecord.of(2, LocalDate.of(2025, 4, 1)), PhaseRecord.of(3, LocalDate.of(2025, 5, 1)))
                .registeredOn(LocalDate.of(2025, 4, 1)).urgent(true).build();
    }
}
