/**
 * The ZVH SDK's rules: pure functions from facts, configuration and a reference date to explained decisions.
 *
 * <p>Every decision is one static, pure function of immutable facts and a reference date ({@code asOf}; the rules read
 * no clock). Facts left out are {@code UNKNOWN}, never {@code FALSE}; an undecided answer names the facts that would
 * settle it; every answer carries its rule ids and source citations and explains itself in Dutch or English; bad input
 * is refused with one {@link io.github.zvhsdk.model.InvalidInputException} naming every field and rule. A short tour:
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2025, 6, 1);
 *
 * // intake: may the house register the case (landelijk kader 2013 before the WGS date, the WGS criteria after)?
 * IntakeDecision intake = Intake.assess(IntakeFacts.builder()
 *         .identifiedSubject(true)
 *         .subjectProblems(Tri.TRUE)
 *         .build(), asOf);
 * intake.outcome();                       // UNKNOWN
 * intake.missing();                       // the facts that would settle it, e.g. lifeDomains.DRUGS, effects.CRIME
 *
 * // escalation: the AVE phase (a range while facts are missing) and the venue, "lokaal, tenzij"
 * EscalationDecision phase = Escalation.assess(EscalationFacts.builder().signal(Signal.PROBLEM).build(), asOf);
 * phase.lowest();
 * phase.highest();
 * phase.venue();                          // LOCAL, ZVH or UNKNOWN
 *
 * // regie: who holds regie op samenwerking, procesregie and casusregie
 * RegieDecision regie = Regie.decide(RegieFacts.builder()
 *         .phase(3).venue(Venue.ZVH).caseKind(CaseKind.PERSOONSGERICHT)
 *         .addInvolvedPartners(PartnerType.RECLASSERING, PartnerType.GGZ)
 *         .build(), asOf);
 *
 * // casework: may the case take this step now?
 * TransitionDecision step = Lifecycle.transition(TransitionFacts.builder()
 *         .status(CaseStatus.REGISTERED).event(Event.START_SCREENING).build(), asOf);
 * step.to();                              // the new status, or empty when refused (step.refusedBy() says why)
 *
 * String text = intake.explain(Locale.forLanguageTag("nl"));
 * }</pre>
 *
 * <p>Packages, one per decision family: {@link io.github.zvhsdk.rules.intake} ({@code Intake}),
 * {@link io.github.zvhsdk.rules.escalation} ({@code Escalation}, {@code GovernanceEscalation}),
 * {@link io.github.zvhsdk.rules.regie} ({@code Regie}), {@link io.github.zvhsdk.rules.casework} ({@code Lifecycle})
 * and {@link io.github.zvhsdk.rules.plan} ({@code PlanCheck}). Facts and configurations are built with their
 * {@code builder()} (the generated {@code Immutable*.Builder} types, documented here) or read from JSON with
 * {@link io.github.zvhsdk.model.json.ZvhJson}. All types are immutable and thread-safe. The module writes nothing to
 * standard output or standard error, and logs nothing.
 *
 * @see <a href="https://github.com/zvhsdk/zvh-sdk">the project and its README</a>
 */
module io.github.zvhsdk.rules {
    requires transitive io.github.zvhsdk.model;
    // compile-time annotations only: a consumer needs neither at compile time nor at run time
    requires static org.immutables.value.annotations;
    requires static org.jspecify;

    // exports/opens: one pair per decision package (intake, escalation, regie, casework)
    exports io.github.zvhsdk.rules.casework;
    opens io.github.zvhsdk.rules.casework to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.plan;
    opens io.github.zvhsdk.rules.plan to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.intake;
    opens io.github.zvhsdk.rules.intake to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.escalation;
    opens io.github.zvhsdk.rules.escalation to com.fasterxml.jackson.databind, org.hibernate.validator;
    exports io.github.zvhsdk.rules.regie;
    opens io.github.zvhsdk.rules.regie to com.fasterxml.jackson.databind, org.hibernate.validator;
}
