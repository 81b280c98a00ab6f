package io.github.zvhsdk.rules.intake;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.FrameworkDates;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A house's intake configuration (spec/intake.md): the reading of the landelijk kader, the date from which the WGS
 * governs, the house's additional (regional) WGS criteria, and an identity that every decision records so that a
 * stored decision can be explained and reproduced later.
 *
 * <p>JSON keys: {@code complexityReading}, {@code wgsDate}, {@code regionalCriteria}, {@code name},
 * {@code version}; unknown keys are refused. {@link #defaults()} is the reference configuration.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableIntakeConfig.class)
@JsonDeserialize(as = ImmutableIntakeConfig.class)
public interface IntakeConfig {
    /** The name of the reference configuration. */
    String REFERENCE_NAME = "zvh-reference";
    /** The message of rule INTAKE-REGIONAL-ID. */
    String REGIONAL_ID_RULE = "a regional criterion id is 1 to 64 characters of [A-Za-z0-9._:-], without a run of 8 or"
            + " more digits (no number that could be a BSN)";
    /** The version of the reference configuration (the spec it implements). */
    String REFERENCE_VERSION = "intake.md-1";

    /**
     * @return how the landelijk kader's criteria are joined; {@link ComplexityReading#STANDALONE_D} (reference
     *     policy) by default
     */
    @Value.Default
    default ComplexityReading complexityReading() {
        return ComplexityReading.STANDALONE_D;
    }

    /**
     * @return the first day on which the WGS criteria govern (rule INTAKE-REGIME); 2025-03-01 (SRC-BGS) by default;
     *     never before 2013-01-01
     */
    @Value.Default
    default LocalDate wgsDate() {
        return FrameworkDates.DEFAULT_WGS_DATE;
    }

    /**
     * @return the ids of the house's additional WGS criteria (rule WGS-REGIONAL), sorted; each 1 to 64 characters
     *     of {@code [A-Za-z0-9._:-]} without a run of 8 or more digits; empty by default
     */
    @Value.NaturalOrder
    SortedSet<String> regionalCriteria();

    /** @return the configuration's name, recorded in decisions; {@value #REFERENCE_NAME} by default */
    @Value.Default
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._:@/ -]*")
    default String name() {
        return REFERENCE_NAME;
    }

    /** @return the configuration's version, recorded in decisions; {@value #REFERENCE_VERSION} by default */
    @Value.Default
    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[A-Za-z0-9._:@/ -]*")
    default String version() {
        return REFERENCE_VERSION;
    }

    /** @return {@code name@version}, the identity a decision records; never null */
    default String identity() {
        return name() + "@" + version();
    }

    /** @return the reference configuration: STANDALONE_D, WGS from 2025-03-01, no regional criteria */
    static IntakeConfig defaults() {
        return ImmutableIntakeConfig.builder().build();
    }

    /** @return a new builder whose every attribute starts at its reference default */
    static ImmutableIntakeConfig.Builder builder() {
        return ImmutableIntakeConfig.builder();
    }

    /**
     * @param id a candidate regional criterion id; may be null
     * @return whether it is 1 to 64 characters of {@code [A-Za-z0-9._:-]} without a run of 8 or more digits (an id
     *     is echoed in decisions and explanations, so it may not carry a number that could be a BSN, model.md)
     */
    static boolean isRegionalId(String id) {
        return id != null && id.matches("[A-Za-z0-9._:-]{1,64}") && !id.matches(".*[0-9]{8,}.*");
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "IntakeConfig");
        v.require(complexityReading() != null, "complexityReading", "MODEL-REQUIRED",
                "may not be null: leave it out for the reference policy STANDALONE_D");
        v.require(wgsDate() != null, "wgsDate", "MODEL-REQUIRED", "may not be null: leave it out for the default "
                + FrameworkDates.DEFAULT_WGS_DATE);
        v.require(wgsDate() == null || !wgsDate().isBefore(FrameworkDates.FRAMEWORK_START), "wgsDate", "INTAKE-REGIME",
                "the WGS date may not lie before the landelijk kader took effect (" + FrameworkDates.FRAMEWORK_START
                        + ")");
        for (String id : regionalCriteria()) {
            v.require(isRegionalId(id), "regionalCriteria", "INTAKE-REGIONAL-ID",
                    REGIONAL_ID_RULE);
        }
        v.require(!Bsn.mayAppearIn(name()), "name", "MODEL-BSN",
                "must not hold a run of 8 or more digits (it could be a BSN)");
        v.require(!Bsn.mayAppearIn(version()), "version", "MODEL-BSN",
                "must not hold a run of 8 or more digits (it could be a BSN)");
        v.throwIfAny();
    }
}
