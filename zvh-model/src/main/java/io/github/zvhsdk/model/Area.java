package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area (gebied): an optional neighbourhood within a municipality, within a house's werkgebied, within a safety
 * region. Codes carry validity dates because municipalities merge (model.md).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
public interface Area {
    /** @return the CBS neighbourhood code ({@code BU} and 8 digits), if the area is a neighbourhood */
    Optional<@Pattern(regexp = "BU[0-9]{8}", message = "must be BU followed by 8 digits (CBS buurtcode)") String> neighbourhood();

    /** @return the municipality; required */
    @NotNull
    MunicipalityCode municipality();

    /** @return the house whose werkgebied holds the area; required */
    @NotNull
    HouseId house();

    /** @return the safety region; required */
    @NotNull
    SafetyRegionCode safetyRegion();

    /** @return the dates on which these codes are valid; required */
    @NotNull
    Validity validity();

    /** @return a new builder */
    static ImmutableArea.Builder builder() {
        return ImmutableArea.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Area").throwIfAny();
    }
}
