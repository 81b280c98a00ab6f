package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The configuration of a regie decision: the ordered casusregie policy and the holder of the Wzd measure. JSON:
 * {@code {"casusPolicy": {...}, "wzdCareHolder": "GEHANDICAPTENZORG"}}; an empty object gives the reference
 * configuration; an unknown key is refused.
 *
 * <p>Valid by construction: {@link #wzdCareHolder()} is one of {@link #WZD_CARE_HOLDERS} (rule
 * {@value #WZD_HOLDER_RULE}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieConfig.class)
@JsonDeserialize(as = ImmutableRegieConfig.class)
public interface RegieConfig {
    /** The rule id under which a Wzd holder that is no Wzd care provider is refused. */
    String WZD_HOLDER_RULE = "REGIE-WZD-HOLDER";

    /**
     * The partner types a region may name as the holder of {@link Measure#WZD_CARE}: the Wzd care providers the model
     * has a type for. {@code GEHANDICAPTENZORG} (people with a learning disability; the default, SRC-LK2013 §5.7 item
     * 9), {@code GGZ} (psychogeriatric care by a mental-health institution) and {@code OTHER} (a care provider without
     * a partner type of its own, such as a nursing home). Never a partner that gives no care under a court order: not
     * the municipality, the police, the house's bureau, the GI, Veilig Thuis or the GGD.
     */
    Set<PartnerType> WZD_CARE_HOLDERS = Collections.unmodifiableSet(
            EnumSet.of(PartnerType.GGZ, PartnerType.GEHANDICAPTENZORG, PartnerType.OTHER));

    /** @return the casusregie policy; the spec's reference list unless replaced */
    @Value.Default
    default CasusPolicy casusPolicy() {
        return CasusPolicy.reference();
    }

    /**
     * regie.md ({@code WZD_CARE}, rev. 2): the Wzd care provider that holds a {@link io.github.zvhsdk.model.Measure#WZD_CARE} measure as a
     * retained statutory role; by default {@code GEHANDICAPTENZORG}, and a region whose Wzd cases are mostly
     * psychogeriatric configures another of {@link #WZD_CARE_HOLDERS}.
     *
     * @return the holder of {@code WZD_CARE}
     */
    @Value.Default
    default PartnerType wzdCareHolder() {
        return Measure.WZD_CARE.holder();
    }

    /**
     * The partner type that holds a measure under this configuration: {@link #wzdCareHolder()} for
     * {@link Measure#WZD_CARE}, the measure's own fixed {@link Measure#holder()} for every other.
     *
     * @param measure the measure; never null
     * @return its holder; never null
     * @throws NullPointerException when {@code measure} is null
     */
    default PartnerType holder(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        return measure == Measure.WZD_CARE ? wzdCareHolder() : measure.holder();
    }

    /** @return the reference configuration */
    static RegieConfig defaults() {
        return ReferencePolicy.CONFIG;
    }

    /** @return a new builder */
    static ImmutableRegieConfig.Builder builder() {
        return ImmutableRegieConfig.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "RegieConfig")
                .require(casusPolicy() != null, "casusPolicy", "MODEL-REQUIRED",
                        "may not be null: leave it out for the reference policy");
        if (wzdCareHolder() == null) {
            v.require(false, "wzdCareHolder", "MODEL-REQUIRED", "may not be null: leave it out for the default "
                    + Measure.WZD_CARE.holder());
        } else {
            v.require(WZD_CARE_HOLDERS.contains(wzdCareHolder()), "wzdCareHolder", WZD_HOLDER_RULE,
                    wzdCareHolder() + " is no Wzd care provider; one of " + WZD_CARE_HOLDERS);
        }
        v.throwIfAny();
    }
}
