package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Zorg- en Veiligheidshuis: its id, its safety region, the municipalities it serves, its partners and the themes it
 * works on (model.md; SRC-LK2013 §5.1, §5.3).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableHouse.class)
@JsonDeserialize(as = ImmutableHouse.class)
public interface House {
    /** @return the house's id; required */
    @NotNull
    HouseId id();

    /** @return the house's name; required */
    @NotBlank
    @Size(max = 200)
    String name();

    /** @return the safety region the house lies in; required */
    @NotNull
    SafetyRegionCode safetyRegion();

    /** @return the municipalities the house serves; at least one */
    @NotEmpty
    Set<MunicipalityCode> municipalities();

    /** @return the partners in the house's network */
    List<Partner> partners();

    /** @return the themes the house works on */
    Set<Theme> themes();

    /** @return a new builder */
    static ImmutableHouse.Builder builder() {
        return ImmutableHouse.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "House")
                .require(partners().stream().map(Partner::name).distinct().count() == partners().size(), "partners",
                        "MODEL-PARTNERS", "partner names must be unique within a house")
                .throwIfAny();
    }
}
