package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one Zorg- en Veiligheidshuis (SRC-LK2013 §5.3). A safety region can hold several houses. Same syntax as {@link PersonId}.
 *
 * <p>This type is immutable and thread-safe. Its value is safe to log.
 */
public final class HouseId implements Comparable<HouseId> {
    private final String value;

    private HouseId(String value) {
        this.value = value;
    }

    /**
     * @param value the identifier; never null
     * @return the identifier
     * @throws InvalidInputException when the value is empty, too long, has other characters, or is a BSN
     */
    @JsonCreator
    public static HouseId of(String value) {
        Identifier.check("HouseId", "houseId", "MODEL-HOUSE-ID", value);
        return new HouseId(value);
    }

    /** @return the identifier's text */
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public int compareTo(HouseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseId other && value.equals(other.value);
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
