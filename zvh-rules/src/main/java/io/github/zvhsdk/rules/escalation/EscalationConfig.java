package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import org.immutables.value.Value;

/**
 * The configuration of an escalation determination: the responsibilities template ({@code AVE-ROLES}). JSON:
 * {@code {"responsibilities": {...}}}; an empty object gives the reference defaults; an unknown key is refused.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableEscalationConfig.class)
@JsonDeserialize(as = ImmutableEscalationConfig.class)
public interface EscalationConfig {
    /** @return the responsibilities per phase; the spec's reference table unless replaced */
    @Value.Default
    default ResponsibilityTemplate responsibilities() {
        return ResponsibilityTemplate.reference();
    }

    /** @return the reference configuration */
    static EscalationConfig defaults() {
        return ReferenceTemplate.DEFAULT_CONFIG;
    }

    /** @return a new builder */
    static ImmutableEscalationConfig.Builder builder() {
        return ImmutableEscalationConfig.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "EscalationConfig")
                .require(responsibilities() != null, "responsibilities", "MODEL-REQUIRED",
                        "may not be null: leave it out for the reference template (AVE-ROLES)")
                .throwIfAny();
    }

}
