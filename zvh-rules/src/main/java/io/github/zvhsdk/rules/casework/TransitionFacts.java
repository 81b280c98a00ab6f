package io.github.zvhsdk.rules.casework;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of the lifecycle decision (casework.md, "Transition facts"), named as in the spec and readable from JSON
 * with those names.
 *
 * <p>Required: {@link #status()} and {@link #event()}, plus the parameter of the step asked for:
 * {@link #intakeRegime()} for {@link Event#ADMIT} and {@link Event#PLACE_ON_TOP_X} (the regime to record) and
 * {@link #closeReason()} for {@link Event#CLOSE} (a case is not closed without a reason). Building facts without them
 * throws {@link io.github.zvhsdk.model.InvalidInputException} naming the field. Every other fact absent is unknown: the
 * three-valued facts default to {@link Tri#UNKNOWN}, the referrer to one of whom nothing is known and {@link #topX()}
 * to Top-X facts of which nothing is known.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableTransitionFacts.class)
@JsonDeserialize(as = ImmutableTransitionFacts.class)
public interface TransitionFacts {
    /** @return the case's status now; required */
    @NotNull
    CaseStatus status();

    /** @return the step asked for; required */
    @NotNull
    Event event();

    /** @return who brought the case in; by default a referrer of whom nothing is known */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default Referrer referrer() {
        return Referrer.unknown();
    }

    /** @return the outcome of the intake decision on {@code asOf} (intake.md); UNKNOWN by default */
    @Value.Default
    default Tri intakeOutcome() {
        return Tri.UNKNOWN;
    }

    /**
     * @return the regime of that intake decision; required for {@link Event#ADMIT} and {@link Event#PLACE_ON_TOP_X},
     *     else may be empty
     */
    Optional<IntakeRegime> intakeRegime();

    /** @return whether advice on how to go on has been given to the referrer; UNKNOWN by default */
    @Value.Default
    default Tri adviceToReferrer() {
        return Tri.UNKNOWN;
    }

    /** @return why an admitted case closes; required for {@link Event#CLOSE}, else may be empty */
    Optional<CloseReason> closeReason();

    /** @return whether the plan of approach has been evaluated; UNKNOWN by default */
    @Value.Default
    default Tri planEvaluated() {
        return Tri.UNKNOWN;
    }

    /** @return whether a local party has taken the case over; UNKNOWN by default */
    @Value.Default
    default Tri localTakeover() {
        return Tri.UNKNOWN;
    }

    /**
     * @return what is known of the Top-X list for this case ({@code topX.criteriaMet}, {@code topX.criteriaPublished};
     *     rev. 2); by default nothing
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default TopX topX() {
        return TopX.unknown();
    }

    /**
     * @return whether the radicalisation case consultation has taken the case into treatment (rev. 2; SRC-WGS art.
     *     2.31 lid 13); UNKNOWN by default
     */
    @Value.Default
    default Tri handOverAccepted() {
        return Tri.UNKNOWN;
    }

    /** @return a new builder */
    static ImmutableTransitionFacts.Builder builder() {
        return ImmutableTransitionFacts.builder();
    }

    /** Checks every constraint at once: the required facts and the parameters of the step asked for. */
    @Value.Check
    default void check() {
        Violations.of(this, "TransitionFacts")
                .requireNonNull(referrer(), "referrer")
                .requireNonNull(intakeOutcome(), "intakeOutcome")
                .requireNonNull(adviceToReferrer(), "adviceToReferrer")
                .requireNonNull(planEvaluated(), "planEvaluated")
                .requireNonNull(localTakeover(), "localTakeover")
                .requireNonNull(topX(), "topX")
                .requireNonNull(handOverAccepted(), "handOverAccepted")
                .require(event() != Event.ADMIT || intakeRegime().isPresent(), "intakeRegime", "MODEL-REQUIRED",
                        "is required for event ADMIT: the regime to record as admittedUnder")
                .require(event() != Event.PLACE_ON_TOP_X || intakeRegime().isPresent(), "intakeRegime", "MODEL-REQUIRED",
                        "is required for event PLACE_ON_TOP_X: the regime to record as admittedUnder")
                .require(event() != Event.CLOSE || closeReason().isPresent(), "closeReason", "MODEL-REQUIRED",
                        "is required for event CLOSE: a case is not closed without a reason")
                .throwIfAny();
    }
}
