package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An escalation determination (escalation.md): the AVE phase as a range {@link #lowest()}–{@link #highest()} (equal
 * when definite), the venue and why, the direction against the recorded phase, the advisory role, the responsibilities
 * for the phases in the range, every rule's result with its citations and missing facts, the policies applied (the
 * house's themes among them) and {@code asOf}. Made by {@link Escalation#assess}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableEscalationDecision.class)
@JsonDeserialize(as = ImmutableEscalationDecision.class)
public interface EscalationDecision {
    /** @return the lowest phase the facts allow (the highest AVE-PHASE row that is TRUE), 1–4 */
    @NotNull
    Integer lowest();

    /** @return the highest phase the facts allow (the highest AVE-PHASE row that is not FALSE), 1–4 */
    @NotNull
    Integer highest();

    /** @return the venue (VENUE-LOCAL-UNLESS): LOCAL, ZVH or UNKNOWN */
    @NotNull
    EscalationVenue venue();

    /**
     * @return (rev. 2) why the case belongs at the house, when {@link #venue()} is {@code ZVH}: for a case not at the
     *     house the grounds of VENUE-LOCAL-UNLESS that hold, in {@link VenueReason} order; for a case at the house
     *     {@link VenueReason#STAYS_AT_HOUSE}; empty for any other venue
     */
    List<VenueReason> venueReasons();

    /**
     * @return (rev. 2) the house's themes VENUE-LOCAL-UNLESS applied on {@link #asOf()}: the configured ones, or the
     *     reference for that date ({@link EscalationConfig#houseThemesOn})
     */
    Set<Theme> houseThemes();

    /** @return the direction against {@code currentPhase} (AVE-DIRECTION); empty without a current phase */
    Optional<Direction> direction();

    /** @return {@link PartnerType#ZVH} when a case goes back from the house to local (the house stays on as adviser); else empty */
    Optional<PartnerType> advisoryRole();

    /** @return the responsibilities (AVE-ROLES) of every phase from {@link #lowest()} to {@link #highest()}, in order */
    List<PhaseResponsibilities> responsibilities();

    /**
     * @return the rules evaluated, in order: {@code AVE-PHASE-4}, {@code AVE-PHASE-3}, {@code AVE-PHASE-2} (whether
     *     that row of the phase table holds), {@code VENUE-LOCAL-UNLESS} (whether the case belongs at the house), and
     *     {@code AVE-DIRECTION} (whether the direction is settled; only with a current phase); each with the unknown
     *     facts that could change it and its citations
     */
    List<RuleResult> rules();

    /** @return the unknown facts that could narrow the range or settle the venue, sorted; empty when both are definite */
    List<String> missing();

    /** @return every source the decision rests on */
    List<Citation> citations();

    /** @return the identity of the phase policy applied: {@value Escalation#PHASE_POLICY} */
    @NotNull
    String phasePolicy();

    /** @return the identity of the responsibilities template applied (AVE-ROLES) */
    @NotNull
    String responsibilitiesTemplate();

    /** @return the reference date of the determination */
    @NotNull
    LocalDate asOf();

    /** @return true when the phase is definite ({@code lowest == highest}) */
    default boolean phaseIsDefinite() {
        return Objects.equals(lowest(), highest());
    }

    /**
     * A short paragraph a caseworker can read.
     *
     * @param locale Dutch ({@code nl}) or anything else for English; never null
     * @return the explanation; never null
     */
    default String explain(Locale locale) {
        return EscalationExplanation.explain(this, Objects.requireNonNull(locale, "locale"));
    }

    /** @return a new builder */
    static ImmutableEscalationDecision.Builder builder() {
        return ImmutableEscalationDecision.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "EscalationDecision")
                .require(lowest() == null || highest() == null || (1 <= lowest() && lowest() <= highest()
                        && highest() <= 4), "lowest", "AVE-PHASE", "must satisfy 1 <= lowest <= highest <= 4")
                .throwIfAny();
    }
}
