package io.github.zvhsdk.smoke;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.casework.Event;
import io.github.zvhsdk.rules.casework.Lifecycle;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.escalation.Signal;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.plan.PlanOfApproach;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides in a fresh JVM and prints nothing itself, so that whatever the process writes on standard output or standard
 * error comes from the SDK or its dependencies. {@code intake}: one intake decision, the first of the JVM. {@code all}:
 * a decision of every rules kind, each explained in Dutch and English and written as JSON, facts read from JSON, and a
 * refused input. A wrong answer is an exit code, not a message.
 */
public final class RulesQuiet {
    private RulesQuiet() {}

    public static void main(String[] args) {
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        IntakeDecision intake = Intake.assess(IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .lifeDomains(LifeDomainAssessment.of(Map.of(
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                        LifeDomain.HOUSING, LifeDomainStatus.CRIMINOGENIC)))
                .putEffect(EffectType.CRIME, Prospect.PRESENT)
                .domainsNeeded(EnumSet.of(Domain.STRAF, Domain.ZORG))
                .build(), asOf);
        if (intake.outcome() != Tri.TRUE) {
            System.exit(2);
        }
        if (args.length > 0 && args[0].equals("all")) {
            List<Object> decisions = List.of(intake,
                    Escalation.assess(EscalationFacts.builder().signal(Signal.PROBLEM).build(), asOf),
                    Regie.decide(RegieFacts.builder().phase(3).venue(Venue.ZVH).caseKind(CaseKind.PERSOONSGERICHT)
                            .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.GGZ).build(), asOf),
                    Lifecycle.transition(ZvhJson.read("{\"status\": \"REGISTERED\", \"event\": \"START_SCREENING\"}",
                            TransitionFacts.class), asOf),
                    PlanCheck.check(PlanFacts.builder().caseKind(CaseKind.PERSOONSGERICHT)
                            .addCasusregie(PartnerType.GEMEENTE)
                            .plan(PlanOfApproach.builder().date(asOf).interventions(List.of()).build()).build(), asOf));
            for (Object d : decisions) {
                if (ZvhJson.write(d).length() < 20) {
                    System.exit(3);
                }
            }
            if (intake.explain(Locale.ENGLISH).isBlank() || intake.explain(Locale.forLanguageTag("nl")).isBlank()) {
                System.exit(4);
            }
            try {
                ZvhJson.read("{\"subjectProblems\": true}", IntakeFacts.class);
                System.exit(5);
            } catch (InvalidInputException expected) {
                // refused, as it must be: a refusal prints nothing either
            }
        }
    }
}
