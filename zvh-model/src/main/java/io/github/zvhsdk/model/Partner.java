package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A partner organisation in one house's network: its type, name, domain and tier (model.md). The domain defaults to
 * the type's reference domain; a region may map an organisation differently.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
public interface Partner {
    /** @return the partner's type; required */
    @NotNull
    PartnerType type();

    /** @return the organisation's name (an organisation, never a person); required */
    @NotBlank
    @Size(max = 200)
    String name();

    /** @return the domain; defaults to {@link PartnerType#defaultDomain()} */
    @Value.Default
    default Domain domain() {
        return type() == null ? Domain.OVERIG : type().defaultDomain();
    }

    /** @return the tier; required */
    @NotNull
    Tier tier();

    /** @return a new builder */
    static ImmutablePartner.Builder builder() {
        return ImmutablePartner.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Partner")
                .require(type() != PartnerType.ZVH || tier() == null || tier() == Tier.CORE, "tier", "MODEL-TIER",
                        "the house's own bureau (ZVH) is CORE")
                .throwIfAny();
    }
}
