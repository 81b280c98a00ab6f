package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts of an escalation determination (escalation.md, "Escalation facts"). None is required: every absent fact
 * is unknown. JSON names are the spec's: {@code signal}, {@code lifeDomains}, {@code domainsInvolved},
 * {@code cooperationStagnating}, {@code acuteSafetyThreat}, {@code admissible}, {@code voluntaryHelpFailing},
 * {@code themes}, {@code currentPhase}, {@code currentVenue}.
 *
 * <p>Refused when built (an {@link io.github.zvhsdk.model.InvalidInputException} naming the field): a
 * {@code currentPhase} outside 1–4, a null element in {@code domainsInvolved} or {@code themes}, and a {@code NONE} or {@code SUSPICION} signal next to a leefgebied assessed as
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

    /**
     * (rev. 2) Whether help in the voluntary framework does not, or no longer, work (SRC-MJA2124 §3.2.2: "Wanneer hulp
     * in het vrijwillig kader niet (meer) werkt ... is opschalen ... naar het ZVH een logische vervolgstap").
     *
     * @return the fact; UNKNOWN when not given
     */
    @Value.Default
    default Tri voluntaryHelpFailing() {
        return Tri.UNKNOWN;
    }

    /**
     * (rev. 2) The case's themes (model.md), read by VENUE-LOCAL-UNLESS for the house's themes.
     *
     * @return the themes; empty when the set is unknown (not: the empty set, which is a known set without themes)
     */
    Optional<Set<Theme>> themes();

    /** @return the phase recorded before this determination, 1–4; empty when there is none */
    Optional<Integer> currentPhase();

    /** @return where the case was handled before this determination; empty when not given */
    Optional<Venue> currentVenue();

    /** @return a new builder */
    static ImmutableEscalationFacts.Builder builder() {
        return ImmutableEscalationFacts.builder();
    }

    /**
     * Checks every constraint at once, and keeps unmodifiable copies of {@link #domainsInvolved()} and
     * {@link #themes()}.
     *
     * @return these facts, or a copy whose sets are unmodifiable
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
                .require(voluntaryHelpFailing() != null, "voluntaryHelpFailing", "MODEL-REQUIRED", leaveOut)
                .throwIfAny();
        Violations v = Violations.of(this, "EscalationFacts");
        currentPhase().ifPresent(p -> v.require(p >= 1 && p <= 4, "currentPhase", "AVE-PHASE",
                "value " + p + " is not an AVE phase (1 to 4)"));
        boolean nullDomain = domainsInvolved().map(ds -> ds.stream().anyMatch(Objects::isNull)).orElse(false);
        v.require(!nullDomain, "domainsInvolved", "MODEL-REQUIRED",
                "an element is null; each element is one of " + Arrays.toString(Domain.values()));
        boolean nullTheme = themes().map(ts -> ts.stream().anyMatch(Objects::isNull)).orElse(false);
        v.require(!nullTheme, "themes", "MODEL-REQUIRED",
                "an element is null; each element is one of " + Arrays.toString(Theme.values()));
        if (signal().deniesProblems()) {
            for (LifeDomain d : LifeDomain.values()) {
                LifeDomainStatus s = lifeDomains().status(d);
                v.require(s.isProblem() != Tri.TRUE, "lifeDomains." + d.name(), SIGNAL_RULE,
                        "signal " + signal().name() + " says no leefgebied is known to be a problem, but lifeDomains."
                                + d.name() + " is " + s.name() + ": set signal to PROBLEM or correct the assessment");
            }
        }
        v.throwIfAny();
        if (domainsInvolved().isPresent() && !(domainsInvolved().get() instanceof EnumSetCopy<?>)) {
            return ImmutableEscalationFacts.copyOf(this)
                    .withDomainsInvolved(EnumSetCopy.copyOf(Domain.class, domainsInvolved().get()));
        }
        if (themes().isPresent() && !(themes().get() instanceof EnumSetCopy<?>)) {
            return ImmutableEscalationFacts.copyOf(this).withThemes(EnumSetCopy.copyOf(Theme.class, themes().get()));
        }
        return this;
    }
}
