package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An integral plan of approach (plan van aanpak; casework.md, {@code plan}; SRC-LK2013 §3.2, §5.5): the date it was
 * agreed, the casusregisseur it names, the partners who agreed to it, its evaluation date and its interventions.
 * A plan is a document: all its facts are definite.
 *
 * <p>Required: {@link #date()} and {@link #interventions()} (an empty list is a plan with no interventions, not a
 * missing one). An absent set is empty.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePlanOfApproach.class)
@JsonDeserialize(as = ImmutablePlanOfApproach.class)
public interface PlanOfApproach {
    /** @return the date the plan was agreed; required */
    @NotNull
    LocalDate date();

    /** @return who the plan names as casusregisseur; empty when it names no one */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<PartnerType> regisseur();

    /** @return the partners who agreed to the plan; empty when none */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<PartnerType> parties();

    /** @return when the plan is evaluated; empty when the plan sets no evaluation date */
    Optional<LocalDate> evaluationDate();

    /**
     * @return the agreed interventions, in the plan's order (a finding names an intervention by its 0-based position
     *     here); required, possibly empty; never null on a built value
     */
    @NotNull
    @Nullable
    @JsonSetter(contentNulls = Nulls.FAIL)
    List<Intervention> interventions();

    /** @return a new builder */
    static ImmutablePlanOfApproach.Builder builder() {
        return ImmutablePlanOfApproach.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "PlanOfApproach");
        if (interventions() != null) {
            for (int i = 0; i < interventions().size(); i++) {
                v.require(interventions().get(i) != null, "interventions[" + i + "]", "MODEL-REQUIRED", "must not be null");
            }
        }
        v.throwIfAny();
    }
}
