package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of the subject's household (regie.md fact {@code household[]}): the relation to the subject (required),
 * whether a minor (false when not given) and the statutory measures (empty when not given). A member is named
 * {@code household[i]}, with i its 0-based position in the input. Only the six household relations
 * ({@link Relation#isHousehold()}) are household: {@link RegieFacts} refuses a member with another relation
 * ({@code REGIE-HOUSEHOLD}, rev. 2), naming the field {@code household[i].relation}, as it refuses a measure that does
 * not fit the member's age.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableHouseholdMember.class)
@JsonDeserialize(as = ImmutableHouseholdMember.class)
public interface HouseholdMember {
    /** @return the relation to the subject; required, and one of the six household relations in {@link RegieFacts} */
    @NotNull(message = "is required: each household member needs its relation")
    Relation relation();

    /** @return true when the member is younger than 18 on {@code asOf}; false when not given */
    @Value.Default
    default Boolean minor() {
        return false;
    }

    /** @return the statutory measures the member is under; empty when none */
    Set<Measure> measures();

    /** @return a new builder */
    static ImmutableHouseholdMember.Builder builder() {
        return ImmutableHouseholdMember.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "HouseholdMember")
                .require(minor() != null, "minor", "MODEL-REQUIRED", "may not be null: leave it out for false")
                .throwIfAny();
    }
}
