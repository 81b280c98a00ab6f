package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person known to the house (betrokkene when a case is about them). Never identified by BSN: {@link #id()} is a
 * pseudonymous reference chosen by the embedding system. {@code toString} shows neither the BSN nor the date of birth.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public interface Person {
    /** The earliest plausible date of birth. */
    LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    /** @return the pseudonymous key; required */
    @NotNull
    PersonId id();

    /** @return the BSN, only where a statute allows it to be processed (SRC-UAVG art. 46) */
    @Value.Redacted
    Optional<Bsn> bsn();

    /** @return the date of birth, if known */
    @Value.Redacted
    Optional<LocalDate> dateOfBirth();

    /** @return the municipality of residence, if known */
    Optional<MunicipalityCode> residence();

    /**
     * A person is a minor on a date when younger than 18 on that date (model.md).
     *
     * @param date the reference date; never null
     * @return TRUE or FALSE, UNKNOWN without a date of birth
     */
    default Tri isMinorOn(LocalDate date) {
        return dateOfBirth().map(dob -> Tri.of(date.isBefore(dob.plusYears(18)))).orElse(Tri.UNKNOWN);
    }

    /** @return a new builder */
    static ImmutablePerson.Builder builder() {
        return ImmutablePerson.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Person")
                .require(dateOfBirth().map(d -> !d.isBefore(EARLIEST_BIRTH) && d.getYear() < 2200).orElse(true),
                        "dateOfBirth", "MODEL-DOB", "must be a plausible date of birth")
                .throwIfAny();
    }
}
