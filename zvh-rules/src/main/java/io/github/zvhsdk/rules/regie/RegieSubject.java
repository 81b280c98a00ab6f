package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The subject of a regie question (regie.md fact {@code subject}): whether they are a minor on {@code asOf} and the
 * statutory measures they are under. Absent {@code minor} is false; absent {@code measures} is empty. Whether a youth
 * measure fits the age is checked by {@link RegieFacts}, which names the field.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieSubject.class)
@JsonDeserialize(as = ImmutableRegieSubject.class)
public interface RegieSubject {
    /** @return true when the subject is younger than 18 on {@code asOf}; false when not given */
    @Value.Default
    default Boolean minor() {
        return false;
    }

    /** @return the statutory measures the subject is under; empty when none */
    Set<Measure> measures();

    /** @return a new builder */
    static ImmutableRegieSubject.Builder builder() {
        return ImmutableRegieSubject.builder();
    }

    /** Checks every constraint at once: a Java null for {@code minor} is refused, never read as false. */
    @Value.Check
    default void check() {
        Violations.of(this, "RegieSubject")
                .require(minor() != null, "minor", "MODEL-REQUIRED", "may not be null: leave it out for false")
                .throwIfAny();
    }
}
