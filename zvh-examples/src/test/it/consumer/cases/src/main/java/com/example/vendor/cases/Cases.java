package com.example.vendor.cases;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.IntakeRegime;
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
import io.github.zvhsdk.rules.casework.TransitionDecision;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.escalation.Signal;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.Intervention;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanDecision;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.plan.PlanOfApproach;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides one case of each rules kind through zvh-rules' public API only, as a vendor's case system would: intake,
 * escalation, regie and casework (a lifecycle step and a plan of approach). Facts are built with the generated builders
 * and read from JSON (Jackson reaches them through the library's {@code opens}), decisions are written as JSON and
 * explained, bad input is refused. Any wrong answer throws, so the process exits non-zero and the build fails. The
 * argument says how it must have been started: {@code module-path} (this class in the named module
 * {@code com.example.vendor.cases}, the SDK resolved by module name) or {@code class-path} (everything unnamed).
 */
public final class Cases {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private Cases() {}

    /**
     * @param args {@code module-path} or {@code class-path}
     */
    public static void main(String[] args) {
        String layout = args.length == 1 ? args[0] : "";
        boolean modular = layout.equals("module-path");
        check(modular || layout.equals("class-path"), "the argument is module-path or class-path");
        check(Cases.class.getModule().isNamed() == modular, "this class runs in a named module: " + modular);
        check(Intake.class.getModule().isNamed() == modular, "the SDK runs as named modules: " + modular);
        if (modular) {
            check(Intake.class.getModule().getName().equals("io.github.zvhsdk.rules"), "the rules' module name");
            check(Tri.class.getModule().getName().equals("io.github.zvhsdk.model"), "the model's module name");
        }

        IntakeDecision intake = Intake.assess(IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .lifeDomains(LifeDomainAssessment.of(Map.of(
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                        LifeDomain.HOUSING, LifeDomainStatus.CRIMINOGENIC)))
                .putEffect(EffectType.CRIME, Prospect.PRESENT)
                .domainsNeeded(EnumSet.of(Domain.STRAF, Domain.ZORG))
                .build(), AS_OF);
        check(intake.outcome() == Tri.TRUE && intake.regime() == IntakeRegime.WGS2025, "intake: the WGS criteria hold");
        IntakeDecision undecided = Intake.assess(ZvhJson.read(
                "{\"identifiedSubject\": true, \"subjectProblems\": \"TRUE\"}", IntakeFacts.class), AS_OF);
        check(undecided.outcome() == Tri.UNKNOWN && undecided.missing().contains("effects.CRIME"),
                "intake from JSON: undecided, and says which facts would settle it");

        EscalationDecision escalation = Escalation.assess(EscalationFacts.builder()
                .signal(Signal.PROBLEM)
                .domainsInvolved(EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE))
                .cooperationStagnating(Tri.TRUE)
                .acuteSafetyThreat(Tri.FALSE)
                .admissible(Tri.TRUE)
                .build(), AS_OF);
        check(escalation.lowest() <= escalation.highest(), "escalation: a range of phases");

        RegieDecision regie = Regie.decide(RegieFacts.builder()
                .phase(3)
                .venue(Venue.ZVH)
                .caseKind(CaseKind.PERSOONSGERICHT)
                .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.GGZ, PartnerType.GEMEENTE)
                .build(), AS_OF);
        check(!regie.casusregie().isEmpty(), "regie: someone holds casusregie");

        TransitionDecision step = Lifecycle.transition(TransitionFacts.builder()
                .status(CaseStatus.SCREENING)
                .event(Event.ADMIT)
                .intakeOutcome(Tri.TRUE)
                .intakeRegime(IntakeRegime.WGS2025)
                .build(), AS_OF);
        check(step.to().isPresent(), "casework: a screened case that meets the criteria is admitted");

        PlanDecision plan = PlanCheck.check(PlanFacts.builder()
                .caseKind(CaseKind.PERSOONSGERICHT)
                .lifeDomains(LifeDomainAssessment.of(Map.of(LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC)))
                .addCasusregie(PartnerType.RECLASSERING)
                .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.VERSLAVINGSZORG)
                .plan(PlanOfApproach.builder()
                        .date(AS_OF)
                        .addRegisseur(PartnerType.RECLASSERING)
                        .addParties(PartnerType.RECLASSERING, PartnerType.VERSLAVINGSZORG)
                        .interventions(List.of(Intervention.builder()
                                .owner(PartnerType.VERSLAVINGSZORG)
                                .addLifeDomains(LifeDomain.DRUGS)
                                .due(LocalDate.of(2025, 9, 1))
                                .build()))
                        .build())
                .build(), AS_OF);
        check(!plan.valid(), "plan: no evaluation date, so incomplete");

        for (Object decision : List.of(intake, escalation, regie, step, plan)) {
            check(ZvhJson.write(decision).startsWith("{"), "decisions are written as JSON");
        }
        check(!intake.explain(Locale.forLanguageTag("nl")).isBlank(), "explained in Dutch");
        check(!regie.explain(Locale.ENGLISH).isBlank(), "explained in English");
        try {
            ZvhJson.read("{\"identifiedSubject\": true, \"subjectProblems\": true}", IntakeFacts.class);
            throw new IllegalStateException("a JSON boolean for a three-valued fact must be refused");
        } catch (InvalidInputException expected) {
            check(expected.violations().get(0).field().contains("subjectProblems"), "the refusal names the field");
        }
        System.out.println("ZVH SDK cases consumer OK on the " + layout + ": intake " + intake.outcome() + ", phase "
                + escalation.lowest() + "-" + escalation.highest() + ", casusregie " + regie.casusregie()
                + ", admit -> " + step.to().orElseThrow() + ", plan valid " + plan.valid());
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("consumer check failed: " + what);
        }
    }
}
