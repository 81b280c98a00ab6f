package io.github.zvhsdk.rules.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PlanFacts.fromRegie: the plan check's inputs straight from a regie decision")
class PlanFromRegieTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("a system case: the household regisseur, the retained probation role, the household size and the assessment carry over")
    void systemCase() {
        RegieFacts facts = ZvhJson.read("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\","
                + "\"involvedPartners\":[\"RECLASSERING\",\"VEILIG_THUIS\"],\"subject\":{\"minor\":false,\"measures\":[\"PROBATION_SUPERVISION\"]},"
                + "\"lifeDomains\":{\"ALCOHOL\":\"CRIMINOGENIC\",\"PARTNER_FAMILY\":\"PROBLEM\"},"
                + "\"household\":[{\"relation\":\"PARTNER\",\"minor\":false},{\"relation\":\"CHILD\",\"minor\":true,\"measures\":[\"CHILD_PROTECTION\"]}]}",
                RegieFacts.class);
        RegieDecision regie = Regie.decide(facts, AS_OF);
        assertThat(regie.casusregie()).containsExactly(PartnerType.GECERTIFICEERDE_INSTELLING);

        PlanOfApproach plan = ZvhJson.read("{\"date\":\"2025-06-01\",\"regisseur\":[\"GECERTIFICEERDE_INSTELLING\"],"
                + "\"parties\":[\"GECERTIFICEERDE_INSTELLING\",\"RECLASSERING\",\"GEMEENTE\"],\"evaluationDate\":\"2025-09-01\","
                + "\"interventions\":[{\"owner\":\"RECLASSERING\",\"lifeDomains\":[\"ALCOHOL\"],\"due\":\"2025-07-01\"},"
                + "{\"owner\":\"GEMEENTE\",\"lifeDomains\":[\"PARTNER_FAMILY\"],\"target\":\"household[1]\",\"due\":\"2025-07-01\"}]}",
                PlanOfApproach.class);
        PlanFacts planFacts = PlanFacts.fromRegie(regie, facts).plan(plan).build();

        assertThat(planFacts.caseKind()).isEqualTo(CaseKind.SYSTEEMGERICHT);
        assertThat(planFacts.casusregie()).isEqualTo(regie.casusregie());
        assertThat(planFacts.retainedHolders()).containsExactly(PartnerType.RECLASSERING);
        assertThat(planFacts.householdSize()).isEqualTo(2);
        assertThat(planFacts.involvedPartners()).containsExactlyInAnyOrder(PartnerType.RECLASSERING, PartnerType.VEILIG_THUIS);
        assertThat(planFacts.lifeDomains().status(LifeDomain.ALCOHOL)).isEqualTo(facts.lifeDomains().status(LifeDomain.ALCOHOL));
        PlanDecision d = PlanCheck.check(planFacts, AS_OF);
        assertThat(d.valid()).as(d.explain(java.util.Locale.ENGLISH)).isTrue();
    }

    @Test
    @DisplayName("a person case (rev. 2): the household carries over, so the plan may address household[0]; household[1] does not exist")
    void personCase() {
        RegieFacts facts = ZvhJson.read("{\"phase\":3,\"venue\":\"LOCAL\",\"caseKind\":\"PERSOONSGERICHT\","
                + "\"household\":[{\"relation\":\"PARTNER\"}],\"lifeDomains\":{\"DRUGS\":\"PROBLEM\"}}", RegieFacts.class);
        RegieDecision regie = Regie.decide(facts, AS_OF);
        String plan = "{\"date\":\"2025-06-01\",\"regisseur\":" + ZvhJson.write(regie.casusregie())
                + ",\"parties\":[\"GEMEENTE\"],\"evaluationDate\":\"2025-09-01\",\"interventions\":[{\"owner\":\"GEMEENTE\","
                + "\"lifeDomains\":[\"DRUGS\"],\"target\":\"household[%d]\",\"due\":\"2025-07-01\"}]}";
        // rev. 2 changes this answer: householdSize was 0 for a person case, so household[0] was a PLAN-TARGET violation
        PlanFacts planFacts = PlanFacts.fromRegie(regie, facts)
                .plan(ZvhJson.read(String.format(plan, 0), PlanOfApproach.class)).build();
        assertThat(planFacts.householdSize()).isEqualTo(1);
        assertThat(planFacts.retainedHolders()).isEmpty();
        PlanDecision d = PlanCheck.check(planFacts, AS_OF);
        assertThat(d.valid()).as(d.explain(java.util.Locale.ENGLISH)).isTrue();
        PlanFacts beyond = PlanFacts.fromRegie(regie, facts)
                .plan(ZvhJson.read(String.format(plan, 1), PlanOfApproach.class)).build();
        assertThat(PlanCheck.check(beyond, AS_OF).violations()).containsExactly("PLAN-TARGET");
    }

    @Test
    @DisplayName("an area case: whatever household the regie facts list, a household target is a PLAN-TARGET violation")
    void areaCase() {
        RegieFacts facts = ZvhJson.read("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"GEBIEDSGERICHT\","
                + "\"identifiedSubject\":false,\"involvedPartners\":[\"POLITIE\"],\"household\":[{\"relation\":\"PARTNER\"}]}",
                RegieFacts.class);
        RegieDecision regie = Regie.decide(facts, AS_OF);
        PlanFacts planFacts = PlanFacts.fromRegie(regie, facts).plan(ZvhJson.read("{\"date\":\"2025-06-01\",\"regisseur\":"
                + ZvhJson.write(regie.casusregie()) + ",\"parties\":" + ZvhJson.write(regie.casusregie())
                + ",\"evaluationDate\":\"2025-09-01\",\"interventions\":[{\"owner\":\"GEMEENTE\",\"target\":\"household[0]\","
                + "\"due\":\"2025-07-01\"}]}", PlanOfApproach.class)).build();
        assertThat(planFacts.householdSize()).isEqualTo(1);
        assertThat(PlanCheck.check(planFacts, AS_OF).violations()).containsExactly("PLAN-TARGET");
    }
}
