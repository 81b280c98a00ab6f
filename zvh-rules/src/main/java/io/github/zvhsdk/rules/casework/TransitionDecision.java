package io.github.zvhsdk.rules.casework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.IntakeRegime;
import io.github.zvhsdk.model.Venue;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The lifecycle decision (casework.md, "What a transition decision carries"): whether the case may take the step
 * asked for now, the new status when it may, the refusing rules and the facts that would settle an unknown refusal.
 *
 * <p>An unknown refuses: {@link #allowed()} is true only when no evaluated rule's refusal condition is TRUE or
 * UNKNOWN. {@link #rules()} lists every evaluated rule ({@code CASE-TRANSITION} and the rule of the event asked for)
 * with the value of its refusal condition.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableTransitionDecision.class)
@JsonDeserialize(as = ImmutableTransitionDecision.class)
public interface TransitionDecision {
    /** @return the status the case had when asked; never null */
    CaseStatus status();

    /** @return the step asked for; never null */
    Event event();

    /** @return the close reason given with a {@link Event#CLOSE}; empty for other events */
    Optional<CloseReason> closeReason();

    /** @return true when the step is allowed: no evaluated rule refuses (an unknown refuses) */
    boolean allowed();

    /** @return the new status; present exactly when {@link #allowed()} */
    Optional<CaseStatus> to();

    /** @return the ids of the refusing rules (condition TRUE or UNKNOWN), in evaluation order; empty when allowed */
    List<String> refusedBy();

    /**
     * @return the facts that would settle an unknown refusal: the union over the refusing rules of casework.md's
     *     missing facts, sorted; never null
     */
    List<String> missing();

    /**
     * @return on an allowed {@link Event#ADMIT} or {@link Event#PLACE_ON_TOP_X}, the regime the case is admitted under
     *     (sharing.md reads it as {@code case.admittedUnder}); else empty
     */
    Optional<IntakeRegime> admittedUnder();

    /**
     * @return on an allowed {@link Event#CLOSE} with {@link CloseReason#CRITERIA_NO_LONGER_MET}, {@link Venue#ZVH}: the
     *     house stays on as adviser (escalation.md); else empty
     */
    Optional<Venue> advisoryRole();

    /**
     * @return on an allowed step whose {@code asOf} is on or after {@link #wgsDate()}, what the step means for the
     *     case's personal data: {@link DataAction#DELETE} for {@link Event#DECLINE}, {@link DataAction#SHIELD} for
     *     {@link Event#CLOSE}, {@link DataAction#STOP} for {@link Event#HAND_OVER} (rev. 2); else empty
     */
    Optional<DataAction> dataAction();

    /** @return every evaluated rule with the value of its refusal condition and its missing facts, in evaluation order */
    List<RuleResult> rules();

    /** @return the citations of the evaluated rules, without repeats */
    List<Citation> citations();

    /** @return the reference date the decision was taken on; never null */
    LocalDate asOf();

    /**
     * @return the WGS date of the configuration applied ({@link TransitionConfig#wgsDate()}): from it on,
     *     {@code CASE-TOPX} can allow a placement and an allowed step carries its {@link #dataAction()}; never null
     */
    LocalDate wgsDate();

    /**
     * A short paragraph a caseworker can read.
     *
     * @param locale Dutch ({@code nl}) or any other locale for English; never null
     * @return the explanation; never null
     */
    default String explain(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return LifecycleExplanation.explain(this, "nl".equals(locale.getLanguage()));
    }

    /** @return a new builder */
    static ImmutableTransitionDecision.Builder builder() {
        return ImmutableTransitionDecision.builder();
    }
}
