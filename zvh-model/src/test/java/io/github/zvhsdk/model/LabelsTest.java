package io.github.zvhsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.rule.SourceId;
import io.github.zvhsdk.model.rule.Tri;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every enum constant carries a Dutch and an English label")
class LabelsTest {
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(LifeDomain.class, LifeDomainStatus.class, Domain.class,
            Tier.class, Role.class, CaseKind.class, IntakeRoute.class, TaskCategory.class, Theme.class, Prospect.class,
            EffectType.class, IntakeRegime.class, Venue.class, PartnerType.class, Relation.class, Measure.class,
            CaseStatus.class, GovernanceLevel.class, SafetyRegionCode.class, Tri.class, SourceId.class);

    @Test
    @DisplayName("non-blank nl and en labels for every constant of every model enum")
    void labels() {
        int n = 0;
        for (Class<? extends Enum<?>> e : ENUMS) {
            for (Enum<?> c : e.getEnumConstants()) {
                Labelled l = (Labelled) c;
                assertThat(l.labelNl()).as("%s.%s nl", e.getSimpleName(), c).isNotBlank();
                assertThat(l.labelEn()).as("%s.%s en", e.getSimpleName(), c).isNotBlank();
                assertThat(l.label(Locale.forLanguageTag("nl"))).isEqualTo(l.labelNl());
                assertThat(l.label(Locale.ENGLISH)).isEqualTo(l.labelEn());
                n++;
            }
        }
        assertThat(n).isGreaterThan(150);
        assertThat(LifeDomain.values()).hasSize(12);
        assertThat(LifeDomain.DRUGS.labelNl()).isEqualTo("druggebruik");
        assertThat(PartnerType.values()).hasSize(21);
    }

    @Test
    @DisplayName("partner domains follow model.md's reference table; governance escalation climbs to LANDELIJK")
    void domainsAndLevels() {
        assertThat(PartnerType.RAAD_VOOR_DE_KINDERBESCHERMING.defaultDomain()).isEqualTo(Domain.STRAF);
        assertThat(PartnerType.GGD.defaultDomain()).isEqualTo(Domain.ZORG);
        assertThat(PartnerType.LEERPLICHT.defaultDomain()).isEqualTo(Domain.GEMEENTE);
        assertThat(PartnerType.ZVH.defaultDomain()).isEqualTo(Domain.OVERIG);
        assertThat(Fixtures.partner().domain()).isEqualTo(Domain.ZORG);
        assertThat(GovernanceLevel.OPERATIONEEL.above()).contains(GovernanceLevel.TACTISCH);
        assertThat(GovernanceLevel.LANDELIJK.above()).isEmpty();
        assertThat(Relation.values()).filteredOn(Relation::isHousehold).hasSize(6);
        assertThat(Measure.CHILD_PROTECTION.holder()).isEqualTo(PartnerType.GECERTIFICEERDE_INSTELLING);
    }

    @Test
    @DisplayName("regie.md measures: holders, youth measures, CHILD_PROTECTION alone needs a minor, the Wvggz and the Wzd apart (rev. 2)")
    void measures() {
        assertThat(Measure.values()).containsExactly(Measure.PROBATION_SUPERVISION, Measure.CHILD_PROTECTION,
                Measure.YOUTH_PROBATION, Measure.COMPULSORY_CARE, Measure.WZD_CARE);
        assertThat(Measure.PROBATION_SUPERVISION.holder()).isEqualTo(PartnerType.RECLASSERING);
        assertThat(Measure.YOUTH_PROBATION.holder()).isEqualTo(PartnerType.GECERTIFICEERDE_INSTELLING);
        assertThat(Measure.COMPULSORY_CARE.holder()).isEqualTo(PartnerType.GGZ);
        assertThat(Measure.WZD_CARE.holder()).isEqualTo(PartnerType.GEHANDICAPTENZORG);
        assertThat(Measure.values()).filteredOn(Measure::isYouthMeasure)
                .containsExactly(Measure.CHILD_PROTECTION, Measure.YOUTH_PROBATION);
        // youth probation is accepted at any age (adolescentenstrafrecht); child protection ends at 18
        assertThat(Measure.values()).filteredOn(Measure::requiresMinor).containsExactly(Measure.CHILD_PROTECTION);
        assertThat(Measure.COMPULSORY_CARE.labelNl()).contains("Wvggz").doesNotContain("Wzd");
        assertThat(Measure.COMPULSORY_CARE.labelEn()).contains("Wvggz").doesNotContain("Wzd");
        assertThat(Measure.WZD_CARE.labelNl()).contains("Wzd", "rechterlijke machtiging", "inbewaringstelling");
        assertThat(Measure.WZD_CARE.labelEn()).contains("Wzd").isNotEqualTo(Measure.COMPULSORY_CARE.labelEn());
    }
}
