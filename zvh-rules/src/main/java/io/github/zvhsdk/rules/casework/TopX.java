package io.github.zvhsdk.rules.casework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import org.immutables.value.Value;

/**
 * What is known of the house's list of prioritised cases (Top-X) for this case (casework.md, facts
 * {@code topX.criteriaMet} and {@code topX.criteriaPublished}, rev. 2; SRC-WGS art. 2.32 lid 1; SRC-BGS art. 2.22).
 * Both default to UNKNOWN. Read by {@code CASE-TOPX} only.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableTopX.class)
@JsonDeserialize(as = ImmutableTopX.class)
public interface TopX {
    /**
     * @return whether the person meets the objective criteria the public participants set for the list (SRC-BGS art.
     *     2.22 b); UNKNOWN when not known
     */
    @Value.Default
    default Tri criteriaMet() {
        return Tri.UNKNOWN;
    }

    /**
     * @return whether those criteria are published on the internet (SRC-WGS art. 2.32 lid 1; SRC-BGS art. 2.22 c);
     *     UNKNOWN when not known
     */
    @Value.Default
    default Tri criteriaPublished() {
        return Tri.UNKNOWN;
    }

    /** @return a Top-X fact of which nothing is known; never null */
    static TopX unknown() {
        return builder().build();
    }

    /**
     * @param criteriaMet whether the person meets the objective criteria; never null
     * @param criteriaPublished whether those criteria are published; never null
     * @return the Top-X facts; never null
     * @throws io.github.zvhsdk.model.InvalidInputException when an argument is null (MODEL-REQUIRED, naming it)
     */
    static TopX of(Tri criteriaMet, Tri criteriaPublished) {
        return builder().criteriaMet(criteriaMet).criteriaPublished(criteriaPublished).build();
    }

    /** @return a new builder; never null */
    static ImmutableTopX.Builder builder() {
        return ImmutableTopX.builder();
    }

    /**
     * Checks every constraint at once.
     *
     * @throws io.github.zvhsdk.model.InvalidInputException when a fact was set to Java null
     */
    @Value.Check
    default void check() {
        Violations.of(this, "TopX")
                .requireNonNull(criteriaMet(), "criteriaMet")
                .requireNonNull(criteriaPublished(), "criteriaPublished")
                .throwIfAny();
    }
}
