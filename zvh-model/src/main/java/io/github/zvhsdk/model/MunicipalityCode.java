package io.github.zvhsdk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A CBS gemeentecode: {@code GM} followed by 4 digits, e.g. {@code GM0228} (Ede). Codes change when
 * municipalities merge; an {@link Area} carries the dates a code is valid.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode> {
    private final String code;

    private MunicipalityCode(String code) {
        this.code = code;
    }

    /**
     * @param code {@code GM} and 4 digits; never null
     * @return the code
     * @throws InvalidInputException when the code is not of that form
     */
    @JsonCreator
    public static MunicipalityCode of(String code) {
        if (code == null || !code.matches("GM[0-9]{4}")) {
            throw new InvalidInputException("MunicipalityCode", List.of(new Violation("municipality",
                    "MODEL-MUNICIPALITY", "must be GM followed by 4 digits (CBS gemeentecode), e.g. GM0228")));
        }
        return new MunicipalityCode(code);
    }

    /** @return the code, e.g. {@code GM0228} */
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public int compareTo(MunicipalityCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MunicipalityCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
