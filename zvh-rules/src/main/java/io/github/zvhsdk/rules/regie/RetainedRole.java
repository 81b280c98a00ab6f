package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * A retained statutory role (regie.md): a measure of a person the decision considers that stays with its own holder,
 * because that holder does not hold casusregie. JSON: {@code {"who": "SUBJECT" | "household[i]", "measure", "holder"}}.
 * The holder is the measure's own ({@link Measure#holder()}); for {@link Measure#WZD_CARE} it is the Wzd care provider
 * the configuration names, one of {@link RegieConfig#WZD_CARE_HOLDERS} ({@link RegieConfig#wzdCareHolder()}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRetainedRole.class)
@JsonDeserialize(as = ImmutableRetainedRole.class)
public interface RetainedRole {
    /** @return {@code SUBJECT}, or {@code household[i]} with i the member's 0-based position in the input */
    @NotNull
    @Pattern(regexp = "SUBJECT|household\\[(0|[1-9][0-9]{0,5})\\]", message = "must be SUBJECT or household[i]")
    String who();

    /** @return the measure; required */
    @NotNull
    Measure measure();

    /** @return the partner type that holds the measure ({@link RegieConfig#holder(Measure)}); required */
    @NotNull
    PartnerType holder();

    /**
     * @param who {@code SUBJECT} or {@code household[i]}; never null
     * @param measure the measure; never null
     * @return the role, held by the measure's own default holder
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code who} has another form
     */
    static RetainedRole of(String who, Measure measure) {
        return of(who, measure, measure.holder());
    }

    /**
     * @param who {@code SUBJECT} or {@code household[i]}; never null
     * @param measure the measure; never null
     * @param holder its holder under the configuration ({@link RegieConfig#holder(Measure)}); never null
     * @return the role
     * @throws io.github.zvhsdk.model.InvalidInputException when {@code who} has another form, or the holder is not the
     *     measure's (for {@code WZD_CARE}: not a Wzd care provider)
     */
    static RetainedRole of(String who, Measure measure, PartnerType holder) {
        return ImmutableRetainedRole.builder().who(who).measure(measure).holder(holder).build();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "RetainedRole")
                .require(measure() == null || holder() == null || ownHolder(measure(), holder()), "holder",
                        "REGIE-RETAINED", "must be the measure's own holder (for WZD_CARE a Wzd care provider, one of "
                                + RegieConfig.WZD_CARE_HOLDERS + ")")
                .throwIfAny();
    }

    private static boolean ownHolder(Measure measure, PartnerType holder) {
        return measure == Measure.WZD_CARE ? RegieConfig.WZD_CARE_HOLDERS.contains(holder) : measure.holder() == holder;
    }
}
