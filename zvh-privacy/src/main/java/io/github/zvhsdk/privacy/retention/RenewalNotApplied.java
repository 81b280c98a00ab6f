package io.github.zvhsdk.privacy.retention;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * A renewal that was not applied, with every reason that holds (sharing.md, "Retention": "a renewal that does not hold
 * is not applied, and the decision lists it with its reason"). JSON: {@code {"renewal": {...}, "reasons": [...]}}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRenewalNotApplied.class)
@JsonDeserialize(as = ImmutableRenewalNotApplied.class)
public interface RenewalNotApplied {
    /** @return the renewal as given; required */
    @NotNull
    Renewal renewal();

    /** @return why it was not applied, in the order of {@link RenewalReason}; at least one, none twice */
    List<RenewalReason> reasons();

    /**
     * @param renewal the renewal; never null
     * @param reasons the reasons, at least one; never null
     * @return the value
     * @throws io.github.zvhsdk.model.InvalidInputException when no reason is given or one is given twice
     */
    static RenewalNotApplied of(Renewal renewal, List<RenewalReason> reasons) {
        return ImmutableRenewalNotApplied.builder().renewal(renewal).reasons(reasons).build();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "RenewalNotApplied")
                .require(!reasons().isEmpty(), "reasons", "RETENTION", "a renewal not applied has at least one reason")
                .require(reasons().stream().distinct().count() == reasons().size(), "reasons", "RETENTION",
                        "a reason is listed once")
                .throwIfAny();
    }
}
