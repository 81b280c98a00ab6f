package io.github.zvhsdk.rules.casework;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.FrameworkDates;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The configuration of the lifecycle decision: the date from which the WGS and BGS govern (spec/README.md, "Dates that
 * change the rules"). It decides whether {@code CASE-TOPX} can allow a placement on the Top-X list and whether an
 * allowed step carries a {@link DataAction}. It does not move the date of {@code CASE-HANDOVER}
 * ({@link Lifecycle#HAND_OVER_DATE}, a fixed date of the statute).
 *
 * <p>JSON: {@code {"wgsDate": "2025-03-01"}}; an empty object, or {@code wgsDate} absent or JSON {@code null}, gives the
 * default; an unknown key is refused. {@link #defaults()} is the reference configuration.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableTransitionConfig.class)
@JsonDeserialize(as = ImmutableTransitionConfig.class)
public interface TransitionConfig {
    /**
     * @return the first day on which the WGS governs; 2025-03-01 (SRC-BGS) by default; never before 2013-01-01; never
     *     null
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default LocalDate wgsDate() {
        return FrameworkDates.DEFAULT_WGS_DATE;
    }

    /** @return the reference configuration: the WGS from 2025-03-01; never null */
    static TransitionConfig defaults() {
        return ImmutableTransitionConfig.builder().build();
    }

    /** @return a new builder whose every attribute starts at its reference default; never null */
    static ImmutableTransitionConfig.Builder builder() {
        return ImmutableTransitionConfig.builder();
    }

    /**
     * Checks every constraint at once.
     *
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code wgsDate} is Java null (MODEL-REQUIRED) or
     *     before 2013-01-01 (FRAMEWORK-DATE)
     */
    @Value.Check
    default void check() {
        Violations.of(this, "TransitionConfig")
                .require(wgsDate() != null, "wgsDate", "MODEL-REQUIRED",
                        "may not be null: leave it out for the default " + FrameworkDates.DEFAULT_WGS_DATE)
                .require(wgsDate() == null || !wgsDate().isBefore(FrameworkDates.FRAMEWORK_START), "wgsDate",
                        FrameworkDates.RULE, "must not be before " + FrameworkDates.FRAMEWORK_START)
                .throwIfAny();
    }
}
