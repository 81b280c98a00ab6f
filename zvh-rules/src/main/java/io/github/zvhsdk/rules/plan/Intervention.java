package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One agreed intervention of a plan of approach (casework.md, {@code plan.interventions[]}): who delivers it, which
 * leefgebieden it addresses, whom it targets and when it is due.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableIntervention.class)
@JsonDeserialize(as = ImmutableIntervention.class)
public interface Intervention {
    /** @return the partner that delivers the intervention; required */
    @NotNull
    PartnerType owner();

    /** @return the leefgebieden it addresses; empty by default */
    @JsonSetter(nulls = Nulls.AS_EMPTY, contentNulls = Nulls.FAIL)
    Set<LifeDomain> lifeDomains();

    /** @return whom it targets; {@link Target#SUBJECT} by default */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default Target target() {
        return Target.SUBJECT;
    }

    /** @return the date it is due; required */
    @NotNull
    LocalDate due();

    /** @return a new builder */
    static ImmutableIntervention.Builder builder() {
        return ImmutableIntervention.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Intervention").requireNonNull(target(), "target").throwIfAny();
    }
}
