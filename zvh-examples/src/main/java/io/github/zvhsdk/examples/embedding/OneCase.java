package io.github.zvhsdk.examples.embedding;

import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.escalation.EscalationVenue;
import io.github.zvhsdk.rules.escalation.Signal;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import io.github.zvhsdk.rules.regie.RegieSubject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One case in plain Java: is it complex enough for the house (intake), which AVE phase is it in and where does it
 * belong (escalation), and who holds regie (regie). Each decision is a pure function of the facts and a reference
 * date, and explains itself. A fictitious youth case.
 */
public final class OneCase {
    private OneCase() {}

    /**
     * @param args {@code en} for English, anything else (or nothing) for Dutch
     */
    public static void main(String[] args) {
        Locale lang = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8), lang);
    }

    /**
     * Decides intake, escalation and regie for the example case and prints each explanation.
     *
     * @param out where to print; never null
     * @param lang the language of the explanations (nl or en); never null
     * @return the regie decision (the last one), or null when the case stops before regie (intake not met, or the
     *     escalation phase or venue not definite)
     */
    public static @Nullable RegieDecision run(PrintStream out, Locale lang) {
        LocalDate asOf = LocalDate.of(2025, 9, 15);
        LifeDomainAssessment lifeDomains = LifeDomainAssessment.of(Map.of(
                LifeDomain.CURRENT_OFFENCE, LifeDomainStatus.CRIMINOGENIC,
                LifeDomain.EDUCATION_WORK, LifeDomainStatus.CRIMINOGENIC,
                LifeDomain.FRIENDS, LifeDomainStatus.CRIMINOGENIC,
                LifeDomain.DRUGS, LifeDomainStatus.CRIMINOGENIC,
                LifeDomain.PARTNER_FAMILY, LifeDomainStatus.PROBLEM,
                LifeDomain.HOUSING, LifeDomainStatus.NO_PROBLEM));

        // 1. intake: may the house register the case? (from 2025-03-01 the WGS criteria govern)
        IntakeFacts intakeFacts = IntakeFacts.builder()
                .identifiedSubject(true)
                .subjectProblems(Tri.TRUE)
                .familyProblemsRelevant(Tri.TRUE)
                .lifeDomains(lifeDomains)
                .putEffect(EffectType.CRIME, Prospect.PRESENT)
                .domainsNeeded(EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE))
                .singleChainSufficient(Tri.FALSE)
                .voluntaryFrameworkSufficient(Tri.FALSE)
                .systemInteraction(Prospect.PRESENT)
                .areaSafetyProblem(Tri.FALSE)
                .build();
        IntakeDecision intake = Intake.assess(intakeFacts, asOf);
        out.println("intake: " + intake.outcome() + " (" + intake.regime() + ")");
        out.println(intake.explain(lang));
        if (intake.outcome() != Tri.TRUE) {
            out.println("missing: " + intake.missing());
            return null;
        }

        // 2. escalation: the AVE phase and whether the case belongs at the house or locally
        EscalationFacts escalationFacts = EscalationFacts.builder()
                .signal(Signal.PROBLEM)
                .lifeDomains(lifeDomains)
                .domainsInvolved(EnumSet.of(Domain.STRAF, Domain.ZORG, Domain.GEMEENTE))
                .cooperationStagnating(Tri.TRUE)
                .acuteSafetyThreat(Tri.FALSE)
                .admissible(Tri.TRUE)
                .voluntaryHelpFailing(Tri.TRUE)
                .themes(EnumSet.of(Theme.JEUGD))
                .currentPhase(2)
                .currentVenue(Venue.LOCAL)
                .build();
        EscalationDecision escalation = Escalation.assess(escalationFacts, asOf);
        out.println();
        out.println("escalation: phase " + escalation.lowest() + (escalation.phaseIsDefinite() ? "" : "–" + escalation.highest())
                + ", venue " + escalation.venue());
        out.println(escalation.explain(lang));
        if (!escalation.phaseIsDefinite() || escalation.venue() == EscalationVenue.UNKNOWN) {
            out.println("missing: " + escalation.missing());
            return null;
        }

        // 3. regie: who coordinates the cooperation, the process and the case
        RegieFacts regieFacts = RegieFacts.builder()
                .phase(escalation.highest())
                .venue(escalation.venue() == EscalationVenue.ZVH ? Venue.ZVH : Venue.LOCAL)
                .caseKind(CaseKind.PERSOONSGERICHT)
                .addThemes(Theme.JEUGD)
                .addInvolvedPartners(PartnerType.GECERTIFICEERDE_INSTELLING, PartnerType.POLITIE, PartnerType.JEUGDHULP,
                        PartnerType.LEERPLICHT)
                .subject(RegieSubject.builder().minor(true).addMeasures(Measure.YOUTH_PROBATION).build())
                .lifeDomains(lifeDomains)
                .build();
        RegieDecision regie = Regie.decide(regieFacts, asOf);
        out.println();
        out.println("regie: casusregie " + regie.casusregie() + ", procesregie " + regie.procesregie());
        out.println(regie.explain(lang));
        return regie;
    }
}
