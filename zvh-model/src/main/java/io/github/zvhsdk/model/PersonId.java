package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A pseudonymous reference to a person, chosen by the embedding system: the key by which the SDK knows a person. Non-empty, at most 64 characters of {@code [A-Za-z0-9._:-]}, and never a BSN (a value that passes the elfproef is refused).
 *
 * <p>This type is immutable and thread-safe. Its value is safe to log.
 */
public final class PersonId implements Comparable<PersonId> {
    private final String value;

    private PersonId(String value) {
        this.value = value;
    }

    /**
     * @param value the identifier; never null
     * @return the identifier
     * @throws InvalidInputException when the value is empty, too long, has other characters, or is a BSN
     */
    @JsonCreator
    public static PersonId of(String value) {
        Identifier.check("PersonId", "personId", "MODEL-PERSON-ID", value);
        return new PersonId(value);
    }

    /** @return the identifier's text */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
