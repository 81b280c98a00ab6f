package io.github.zvhsdk.privacy.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant of the house on a range of dates: party to the covenant (before the WGS date) or deelnemer under the
 * WGS (from it). The exact WGS list of deelnemers is [open] (sharing.md): every entry carries its provenance.
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

    /** @return a new builder */
    static ImmutableParticipation.Builder builder() {
        return ImmutableParticipation.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Participation").throwIfAny();
    }
}
