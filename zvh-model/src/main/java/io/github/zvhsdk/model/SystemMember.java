package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of a subject's system (systeem): a person with their relation to the subject and the statutory measures
 * they are under (model.md; SRC-LK2013 §3.3, SRC-MJA2124 §2.2.3).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableSystemMember.class)
@JsonDeserialize(as = ImmutableSystemMember.class)
public interface SystemMember {
    /** @return the person; required */
    @NotNull
    Person person();

    /** @return the relation to the subject; required */
    @NotNull
    Relation relation();

    /** @return the statutory measures the member is under; empty when none */
    Set<Measure> measures();

    /** @return true when the relation makes the member part of the household */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default boolean isHousehold() {
        return relation() != null && relation().isHousehold();
    }

    /** @return a new builder */
    static ImmutableSystemMember.Builder builder() {
        return ImmutableSystemMember.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "SystemMember").throwIfAny();
    }
}
