package io.github.zvhsdk.rules.casework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who brought a case in (casework.md, facts {@code referrer.type} and {@code referrer.participant}). Both may be
 * unknown. {@link PartnerType#ZVH}, the house's own bureau, always is a participant: its {@link #participant()} is
 * not read.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableReferrer.class)
@JsonDeserialize(as = ImmutableReferrer.class)
public interface Referrer {
    /** @return the referrer's partner type; empty when unknown */
    Optional<PartnerType> type();

    /** @return whether the referrer is a participant of the house on {@code asOf}; UNKNOWN when not known */
    @Value.Default
    default Tri participant() {
        return Tri.UNKNOWN;
    }

    /** @return a referrer of whom nothing is known */
    static Referrer unknown() {
        return builder().build();
    }

    /**
     * @param type the partner type; never null
     * @param participant whether it is a participant; never null
     * @return the referrer
     */
    static Referrer of(PartnerType type, Tri participant) {
        return builder().type(type).participant(participant).build();
    }

    /** @return a new builder */
    static ImmutableReferrer.Builder builder() {
        return ImmutableReferrer.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Referrer").requireNonNull(participant(), "participant").throwIfAny();
    }
}
