package io.github.zvhsdk.examples.embedding;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
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
 * The Java snippets of the README's five-minute tour, one method per decision family, compiled with the project. A
 * test checks that every {@code java} block of README.md is, line for line, the body between a {@code tour:start}
 * and a {@code tour:end} marker here, so the README's code always compiles. Each method returns its explanation.
 */
public final class Tour {
    private Tour() {}

    /** @return the intake decision's explanation */
    public static String intake() {
        // tour:start intake
        IntakeFacts facts = IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .lifeDomains(LifeDomainAssessment.of(Map.of(
                        LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                        LifeDomain.HOUSING, LifeDomainStatus.CRIMINOGENIC)))
                .putEffect(EffectType.CRIME, Prospect.PRESENT)
                .domainsNeeded(EnumSet.of(Domain.STRAF, Domain.ZORG))
                .build();                                  // familyProblemsRelevant: not given, so UNKNOWN
        IntakeDecision d = Intake.assess(facts, LocalDate.of(2025, 6, 1));
        d.outcome();                                       // TRUE: WGS criteria a–d all hold (2025-06-01 is after the WGS date)
        d.missing();                                       // []: familyProblemsRelevant is unknown, but a already holds
        String text = d.explain(Locale.forLanguageTag("nl"));
        // tour:end
        return text;
    }

    /** @return the escalation decision's explanation */
    public static String escalation() {
        // tour:start escalation
        EscalationFacts facts = EscalationFacts.builder()
                .signal(Signal.PROBLEM)
                .domainsInvolved(EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE))
                .cooperationStagnating(Tri.TRUE)
                .acuteSafetyThreat(Tri.FALSE)
                .admissible(Tri.TRUE)
                .build();                                  // lifeDomains: not given, so UNKNOWN
        EscalationDecision d = Escalation.assess(facts, LocalDate.of(2025, 6, 1));
        d.lowest();                                        // the phase is a range while facts are missing
        d.highest();
        d.venue();                                         // LOCAL, ZVH or UNKNOWN ("lokaal, tenzij")
        d.venueReasons();                                  // why at the house: [COOPERATION_STAGNATING]
        String text = d.explain(Locale.ENGLISH);
        // tour:end
        return text;
    }

    /** @return the regie decision's explanation */
    public static String regie() {
        // tour:start regie
        RegieFacts facts = RegieFacts.builder()
                .phase(3)
                .venue(Venue.ZVH)
                .caseKind(CaseKind.PERSOONSGERICHT)
                .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.GGZ, PartnerType.GEMEENTE)
                .build();
        RegieDecision d = Regie.decide(facts, LocalDate.of(2025, 6, 1));
        d.casusregie();                                    // who holds casusregie, and by which rule:
        d.casusRule();                                     // the ordered reference policy, replaceable by config
        String text = d.explain(Locale.ENGLISH);
        // tour:end
        return text;
    }

    /** @return the transition decision's explanation */
    public static String transition() {
        // tour:start transition
        TransitionFacts facts = TransitionFacts.builder()
                .status(CaseStatus.SCREENING)
                .event(Event.ADMIT)
                .intakeOutcome(Tri.TRUE)
                .intakeRegime(IntakeRegime.WGS2025)
                .build();
        TransitionDecision d = Lifecycle.transition(facts, LocalDate.of(2025, 6, 1));
        d.to();                                            // the new status, or empty: refused, see d.refusedBy()
        d.dataAction();                                    // empty; DELETE, SHIELD, STOP on a decline, close, hand-over
        String text = d.explain(Locale.ENGLISH);
        // tour:end
        return text;
    }

    /** @return the plan decision's explanation */
    public static String plan() {
        // tour:start plan
        PlanFacts facts = PlanFacts.builder()
                .caseKind(CaseKind.PERSOONSGERICHT)
                .lifeDomains(LifeDomainAssessment.of(Map.of(LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC)))
                .addCasusregie(PartnerType.RECLASSERING)
                .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.VERSLAVINGSZORG)
                .plan(PlanOfApproach.builder()
                        .date(LocalDate.of(2025, 6, 1))
                        .addRegisseur(PartnerType.RECLASSERING)
                        .addParties(PartnerType.RECLASSERING, PartnerType.VERSLAVINGSZORG)
                        .interventions(List.of(Intervention.builder()
                                .owner(PartnerType.VERSLAVINGSZORG)
                                .addLifeDomains(LifeDomain.DRUGS)
                                .due(LocalDate.of(2025, 9, 1))
                                .build()))
                        .build())
                .build();
        PlanDecision d = PlanCheck.check(facts, LocalDate.of(2025, 6, 1));
        d.valid();                                         // false: d.violations() names the rules, e.g. no evaluation date
        String text = d.explain(Locale.ENGLISH);
        // tour:end
        return text;
    }

    /** @return the sharing decision's explanation */
    public static String sharing() {
        // tour:start sharing
        SharingFacts facts = ZvhJson.read("""
                {"provider": {"type": "GGZ", "participant": "TRUE"},
                 "recipient": {"type": "POLITIE", "participant": "TRUE", "involvedInCase": "TRUE"},
                 "dataSubject": "SUBJECT", "category": "HEALTH", "purpose": "CASE_CONSULTATION",
                 "case": {"status": "ADMITTED", "taskCategory": "BASISTAAK", "admittedUnder": "WGS2025"},
                 "originRegime": "AVG", "necessityRecorded": "TRUE", "secrecyBasis": "NONE"}
                """, SharingFacts.class);                  // the same facts as JSON, read strictly
        SharingDecision d = SharingCheck.check(facts, LocalDate.of(2025, 6, 1));
        d.outcome();                                       // DENY: health data under professional secrecy, no basis
        d.refusedBy();                                     // [SHARE-SECRECY]
        String text = d.explain(Locale.ENGLISH);
        // tour:end
        return text;
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        for (String s : List.of(intake(), escalation(), regie(), transition(), plan(), sharing())) {
            System.out.println(s);
            System.out.println();
        }
    }
}
