package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.casework.Lifecycle;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.time.LocalDate;

/**
 * Exercises every exported rules package on a real module path: facts read from JSON (Jackson's opens), a decision
 * written as JSON, and a refusal (the constraints Hibernate Validator reads through the opens).
 */
public final class RulesSmoke {
    private RulesSmoke() {}

    public static void main(String[] args) {
        if (RulesSmoke.class.getModule().isNamed() || !Intake.class.getModule().isNamed()) {
            throw new AssertionError("expected the rules on the module path and this class on the class path");
        }
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        String intake = ZvhJson.write(Intake.assess(ZvhJson.read("{\"identifiedSubject\":true,\"subjectProblems\":\"TRUE\"}",
                IntakeFacts.class), asOf));
        String esc = ZvhJson.write(Escalation.assess(ZvhJson.read("{\"signal\":\"PROBLEM\"}", EscalationFacts.class), asOf));
        String regie = ZvhJson.write(Regie.decide(ZvhJson.read("{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"PERSOONSGERICHT\"}",
                RegieFacts.class), asOf));
        String trn = ZvhJson.write(Lifecycle.transition(ZvhJson.read("{\"status\":\"REGISTERED\",\"event\":\"PLACE_ON_TOP_X\","
                + "\"intakeRegime\":\"WGS2025\",\"topX\":{\"criteriaMet\":\"TRUE\"}}", TransitionFacts.class),
                ZvhJson.read("{\"wgsDate\":\"2025-03-01\"}", TransitionConfig.class), asOf));
        String plan = ZvhJson.write(PlanCheck.check(ZvhJson.read("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],"
                + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}", PlanFacts.class), asOf));
        for (String json : new String[] {intake, esc, regie, trn, plan}) {
            if (json.length() < 20) {
                throw new AssertionError("decision JSON too short: " + json);
            }
        }
        try {
            ZvhJson.read("{\"subjectProblems\":\"TRUE\"}", IntakeFacts.class);
            throw new AssertionError("a missing identifiedSubject must be refused");
        } catch (InvalidInputException expected) {
            if (!expected.getMessage().contains("identifiedSubject")) {
                throw new AssertionError("the refusal does not name the field: " + expected.getMessage());
            }
        }
        System.out.println("SMOKE OK " + Intake.class.getModule().getName());
    }
}
