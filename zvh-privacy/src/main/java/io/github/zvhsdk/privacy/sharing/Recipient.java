package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * Who receives the data: {@code recipient.type} (required), {@code recipient.participant},
 * {@code recipient.involvedInCase} and (rev. 2) {@code recipient.guest}, {@code recipient.secrecyDeclarationSigned} and
 * {@code recipient.referrer} (three-valued, unknown when absent). For {@code ZVH} participation, involvement and the
 * guest facts are not read: the house's own bureau always participates and is involved in every case it handles.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRecipient.class)
@JsonDeserialize(as = ImmutableRecipient.class)
public interface Recipient {
    /** @return the recipient's partner type ({@code ZVH} for the house's own bureau); required */
    @NotNull
    PartnerType type();

    /** @return party to the covenant or deelnemer of the house on {@code asOf}; UNKNOWN when absent */
    @Value.Default
    default Tri participant() {
        return Tri.UNKNOWN;
    }

    /** @return the recipient takes part in this case (sits at its table); UNKNOWN when absent */
    @Value.Default
    default Tri involvedInCase() {
        return Tri.UNKNOWN;
    }

    /**
     * @return the recipient is not a participant but takes part in this case's consultation on an incidental basis,
     *     admitted by the public participants for expertise the case needs (SRC-WGS art. 2.31 lid 9; SRC-BGS art. 2.21
     *     lid 1); UNKNOWN when absent
     */
    @Value.Default
    default Tri guest() {
        return Tri.UNKNOWN;
    }

    /**
     * @return such a guest has signed the declaration to keep the WGS's secrecy (SRC-BGS art. 2.21 lid 2); UNKNOWN when
     *     absent
     */
    @Value.Default
    default Tri secrecyDeclarationSigned() {
        return Tri.UNKNOWN;
    }

    /** @return the recipient is the partner that registered this case (REFERRAL_FEEDBACK); UNKNOWN when absent */
    @Value.Default
    default Tri referrer() {
        return Tri.UNKNOWN;
    }

    /**
     * @param type the partner type; never null
     * @param participant the participation; never null
     * @param involvedInCase the involvement in the case; never null
     * @return the recipient
     */
    static Recipient of(PartnerType type, Tri participant, Tri involvedInCase) {
        return builder().type(type).participant(participant).involvedInCase(involvedInCase).build();
    }

    /** @return a new builder */
    static ImmutableRecipient.Builder builder() {
        return ImmutableRecipient.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "Recipient")
                .require(participant() != null, "participant", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(involvedInCase() != null, "involvedInCase", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(guest() != null, "guest", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(secrecyDeclarationSigned() != null, "secrecyDeclarationSigned", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(referrer() != null, "referrer", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .throwIfAny();
    }
}
