package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of an escalation determination (escalation.md, "Escalation facts"). None is required: every absent fact
 * is unknown. JSON names are the spec's: {@code signal}, {@code lifeDomains}, {@code domainsInvolved},
 * {@code cooperationStagnating}, {@code acuteSafetyThreat}, {@code admissible}, {@code currentPhase},
 * {@code currentVenue}.
 *
 * <p>Refused when built (an {@link io.github.zvhsdk.model.InvalidInputException} naming the field): a
 * {@code currentPhase} outside 1–4, and a {@code NONE} or {@code SUSPICION} signal next to a leefgebied assessed as
 * {@code PROBLEM} or {@code CRIMINOGENIC} (rule {@value #SIGNAL_RULE}; the error names the signal and the
 * leefgebied).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableEscalationFacts.class)
@JsonDeserialize(as = ImmutableEscalationFacts.class)
public interface EscalationFacts {
    /** The rule id under which a signal that contradicts the leefgebied assessment is refused. */
    String SIGNAL_RULE = "AVE-SIGNAL";

    /** @return what is known: nothing, only suspicions, a question or problem; {@code UNKNOWN} when not given */
    @Value.Default
    default Signal signal() {
        return Signal.UNKNOWN;
    }

    /** @return the leefgebied assessment; every leefgebied it leaves out is {@code UNKNOWN} */
    @Value.Default
    default LifeDomainAssessment lifeDomains() {
        return LifeDomainAssessment.unknown();
    }

    /** @return the chains involved in (or needed for) the help; empty when the set is unknown (not: the empty set) */
    Optional<Set<Domain>> domainsInvolved();

    /** @return whether cooperation between the professionals involved has stalled; UNKNOWN when not given */
    @Value.Default
    default Tri cooperationStagnating() {
        return Tri.UNKNOWN;
    }

    /** @return whether there is acute danger to the subject or to others; UNKNOWN when not given */
    @Value.Default
    default Tri acuteSafetyThreat() {
        return Tri.UNKNOWN;
    }

    /** @return the intake outcome for the case on {@code asOf} (intake.md); UNKNOWN when not given */
    @Value.Default
    default Tri admissible() {
        return Tri.UNKNOWN;
    }

    /** @return the phase recorded before this determination, 1–4; empty when there is none */
    Optional<Integer> currentPhase();

    /** @return where the case was handled before this determination; empty when not given */
    Optional<Venue> currentVenue();

    /** @return a new builder */
    static ImmutableEscalationFacts.Builder builder() {
        return ImmutableEscalationFacts.builder();
    }

    /**
     * Checks every constraint at once, and keeps an unmodifiable copy of {@link #domainsInvolved()}.
     *
     * @return these facts, or a copy whose domain set is unmodifiable
     */
    @Value.Check
    default EscalationFacts check() {
        // a Java null given to the builder is refused, never guessed (JSON null is read as UNKNOWN before this)
        String leaveOut = "may not be null: leave the fact out (or give UNKNOWN) when it is not known";
        Violations.named("EscalationFacts")
                .require(signal() != null, "signal", "MODEL-REQUIRED", leaveOut)
                .require(lifeDomains() != null, "lifeDomains", "MODEL-REQUIRED", leaveOut)
                .require(cooperationStagnating() != null, "cooperationStagnating", "MODEL-REQUIRED", leaveOut)
                .require(acuteSafetyThreat() != null, "acuteSafetyThreat", "MODEL-REQUIRED", leaveOut)
                .require(admissible() != null, "admissible", "MODEL-REQUIRED", leaveOut)
                .throwIfAny();
        Violations v = Violations.of(this, "EscalationFacts");
        currentPhase().ifPresent(p -> v.require(p >= 1 && p <= 4, "currentPhase", "AVE-PHASE",
                "value " + p + " is not an AVE phase (1 to 4)"));
        boolean nullDomain = domainsInvolved().map(ds -> ds.stream().anyMatch(java.util.Objects::isNull)).orElse(false);
        v.require(!nullDomain, "domainsInvolved", "MODEL-REQUIRED",
                "an element is null; each element is one of " + java.util.Arrays.toString(Domain.values()));
        if (signal().deniesProblems()) {
            for (LifeDomain d : LifeDomain.values()) {
                LifeDomainStatus s = lifeDomains().status(d);
                v.require(s.isProblem() != Tri.TRUE, "lifeDomains." + d.name(), SIGNAL_RULE,
                        "signal " + signal().name() + " says no leefgebied is known to be a problem, but lifeDomains."
                                + d.name() + " is " + s.name() + ": set signal to PROBLEM or correct the assessment");
            }
        }
        v.throwIfAny();
        if (domainsInvolved().isPresent() && !(domainsInvolved().get() instanceof DomainSet)) {
            return ImmutableEscalationFacts.copyOf(this).withDomainsInvolved(DomainSet.copyOf(domainsInvolved().get()));
        }
        return this;
    }
}
