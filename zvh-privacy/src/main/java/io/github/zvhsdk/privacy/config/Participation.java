package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant of the house on a range of dates: party to the covenant (before the WGS date) or deelnemer under the
 * WGS (from it), public or private ({@link #role()}, read from the WGS date on). Which organisations are deelnemers is
 * partly [open] (sharing.md, "Participants (rev. 2)"): every entry carries its provenance, and an entry whose
 * participation depends on what the organisation does is {@link #conditional()}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableParticipation.class)
@JsonDeserialize(as = ImmutableParticipation.class)
public interface Participation {
    /** @return the participant's partner type; required */
    @NotNull
    PartnerType type();

    /** @return the organisation's name (an organisation, never a person); empty when the entry stands for the type */
    Optional<@Size(min = 1, max = 200) String> organisation();

    /** @return the dates on which it participates, {@code [start, end)}; required */
    @NotNull
    Validity validity();

    /** @return where the entry comes from; required */
    @NotNull
    Provenance provenance();

    /**
     * @return whether it is a public or a private participant under the WGS (SRC-WGS art. 2.27 lid 1 or 2), read on the
     *     dates from the WGS date on; empty when not stated (then whether it is a public participant, and a joint
     *     controller, is UNKNOWN: never guessed). A municipal sociaal wijkteam is the college itself (lid 1 f,
     *     {@link ParticipantRole#PUBLIC}); one that works for the college is a private participant (lid 2 e)
     */
    Optional<ParticipantRole> role();

    /**
     * @return true when the type (or organisation) participates only under a condition the configuration cannot settle,
     *     such as {@code GEHANDICAPTENZORG}, a deelnemer only when it works for the college under the Wmo or the
     *     Jeugdwet (SRC-WGS art. 2.27 lid 2 e): its participation is then UNKNOWN, for the caller to establish; false
     *     (the default) when it participates on these dates
     */
    @Value.Default
    default boolean conditional() {
        return false;
    }

    /** @return its participation on its dates: UNKNOWN when {@link #conditional()}, else TRUE */
    default Tri participates() {
        return conditional() ? Tri.UNKNOWN : Tri.TRUE;
    }

    /**
     * @return whether it is a public participant (SRC-WGS art. 2.27 lid 1), on a date from the WGS date on:
     *     {@link #participates()} and its {@link #role()} is PUBLIC (UNKNOWN when the role is not stated)
     */
    default Tri publicParticipant() {
        Tri isPublic = role().map(r -> Tri.of(r == ParticipantRole.PUBLIC)).orElse(Tri.UNKNOWN);
        return participates().and(isPublic);
    }

    /**
     * @param underWgs true for a date from the WGS date on, false for one before it
     * @return whether it is a joint controller of the house's processing on such a date (sharing.md, "Joint
     *     controllers (rev. 2)"): under the WGS the public participants only (SRC-WGS art. 2.27 lid 3), under a
     *     covenant every party to it
     */
    default Tri jointController(boolean underWgs) {
        return underWgs ? publicParticipant() : participates();
    }

    /** @return a new builder */
    static ImmutableParticipation.Builder builder() {
        return ImmutableParticipation.builder();
    }

    /** Checks every constraint at once: an organisation's name never holds a number that could be a BSN (MODEL-BSN). */
    @Value.Check
    default void check() {
        Violations.of(this, "Participation")
                .require(!organisation().map(Bsn::mayAppearIn).orElse(false), "organisation", "MODEL-BSN",
                        "must not hold a run of 8 or more digits (it could be a BSN): an organisation, never a person")
                .throwIfAny();
    }
}
