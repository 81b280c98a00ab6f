package io.github.zvhsdk.rules.regie;

import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The spec's reference casusregie policy (regie.md, REGIE-CASUS and CASUS-ZWAARTEPUNT), built once. */
final class ReferencePolicy {
    static final CasusPolicy POLICY = CasusPolicy.builder()
            .id(CasusPolicy.REFERENCE_ID)
            .addRules(CasusRule.builder().id("CASUS-FORCED-YOUTH")
                    .whenSubjectMeasure(Set.of(Measure.CHILD_PROTECTION, Measure.YOUTH_PROBATION))
                    .casusregie(Set.of(PartnerType.GECERTIFICEERDE_INSTELLING))
                    .citations(List.of(Citation.of(SourceId.LK2013, "§5.7"))).build())
            .addRules(CasusRule.builder().id("CASUS-FORCED-ADULT")
                    .whenSubjectMeasure(Set.of(Measure.PROBATION_SUPERVISION))
                    .casusregie(Set.of(PartnerType.RECLASSERING))
                    .citations(List.of(Citation.of(SourceId.LK2013, "§5.7"))).build())
            .addRules(CasusRule.builder().id("CASUS-VERWARD")
                    .whenTheme(Set.of(Theme.VERWARD_GEDRAG_HOOG_RISICO))
                    .casusregie(Set.of(PartnerType.GGZ, PartnerType.GEMEENTE))
                    .citations(List.of(Citation.of(SourceId.WVV2024, "§1"))).build())
            .addRules(CasusRule.builder().id("CASUS-RADICALISERING")
                    .whenTheme(Set.of(Theme.RADICALISERING_EXTREMISME))
                    .casusregie(Set.of(PartnerType.GEMEENTE))
                    .citations(List.of(Citation.of(SourceId.MJA2124, "§3.1.3"))).build())
            .addRules(CasusRule.builder().id("CASUS-EX-JUSTITIABELE")
                    .whenTheme(Set.of(Theme.EX_JUSTITIABELE_HOOG_RISICO))
                    .casusregie(Set.of(PartnerType.GEMEENTE))
                    .citations(List.of(Citation.of(SourceId.MJA2124, "§3.1.1"))).build())
            .addRules(CasusRule.builder().id("CASUS-HUISELIJK-GEWELD")
                    .whenTheme(Set.of(Theme.HUISELIJK_GEWELD))
                    .casusregie(Set.of(PartnerType.GEMEENTE))
                    .citations(List.of(Citation.of(SourceId.REFERENCE_POLICY, "CASUS-HUISELIJK-GEWELD"),
                            Citation.of(SourceId.MJA2124, "§3.2.4"))).build())
            .addRules(CasusRule.builder().id("CASUS-ZWAARTEPUNT")
                    .centreOfGravity(true)
                    .citations(List.of(Citation.of(SourceId.LK2013, "§5.5"))).build())
            .expertise(expertise())
            .tieOrder(List.of(PartnerType.GEMEENTE, PartnerType.GGZ, PartnerType.VERSLAVINGSZORG,
                    PartnerType.RECLASSERING))
            .fallback(PartnerType.GEMEENTE)
            .build();

    /** The reference configuration; declared after {@link #POLICY}, which its default reads. */
    static final RegieConfig CONFIG = ImmutableRegieConfig.builder().build();

    private ReferencePolicy() {}

    private static Map<LifeDomain, PartnerType> expertise() {
        Map<LifeDomain, PartnerType> m = new EnumMap<>(LifeDomain.class);
        for (LifeDomain d : List.of(LifeDomain.OFFENCE_HISTORY, LifeDomain.CURRENT_OFFENCE, LifeDomain.ATTITUDE)) {
            m.put(d, PartnerType.RECLASSERING);
        }
        for (LifeDomain d : List.of(LifeDomain.DRUGS, LifeDomain.ALCOHOL)) {
            m.put(d, PartnerType.VERSLAVINGSZORG);
        }
        for (LifeDomain d : List.of(LifeDomain.EMOTIONAL_WELLBEING, LifeDomain.THINKING_BEHAVIOUR)) {
            m.put(d, PartnerType.GGZ);
        }
        for (LifeDomain d : List.of(LifeDomain.HOUSING, LifeDomain.EDUCATION_WORK, LifeDomain.INCOME_MONEY,
                LifeDomain.PARTNER_FAMILY, LifeDomain.FRIENDS)) {
            m.put(d, PartnerType.GEMEENTE);
        }
        return m;
    }
}
