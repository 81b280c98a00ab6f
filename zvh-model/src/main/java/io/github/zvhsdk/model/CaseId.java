package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one case (casus) in the embedding case system. Same syntax as {@link PersonId}; pseudonymous, never a BSN.
 *
 * <p>This type is immutable and thread-safe. Its value is safe to log.
 */
public final class CaseId implements Comparable<CaseId> {
    private final String value;

    private CaseId(String value) {
        this.value = value;
    }

    /**
     * @param value the identifier; never null
     * @return the identifier
     * @throws InvalidInputException when the value is empty, too long, has other characters, or is a BSN
     */
    @JsonCreator
    public static CaseId of(String value) {
        Identifier.check("CaseId", "caseId", "MODEL-CASE-ID", value);
        return new CaseId(value);
    }

    /** @return the identifier's text */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseId other && value.equals(other.value);
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
