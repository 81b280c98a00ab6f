package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * One entry of a case's AVE phase history: the phase (1 green … 4 dark red, SRC-AVE) from a date on.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePhaseRecord.class)
@JsonDeserialize(as = ImmutablePhaseRecord.class)
public interface PhaseRecord {
    /** @return the AVE phase, 1–4 */
    @Min(value = 1, message = "must be an AVE phase from 1 to 4")
    @Max(value = 4, message = "must be an AVE phase from 1 to 4")
    int phase();

    /** @return the date from which the phase holds; required */
    @NotNull
    java.time.LocalDate since();

    /**
     * @param phase the AVE phase, 1–4
     * @param since the date from which it holds; never null
     * @return the record
     * @throws InvalidInputException when the phase is out of range or the date is missing
     */
    static PhaseRecord of(int phase, java.time.LocalDate since) {
        return ImmutablePhaseRecord.builder().phase(phase).since(since).build();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "PhaseRecord").throwIfAny();
    }
}
