package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of one sharing request (sharing.md, "Sharing facts"): may this provider give this category of data about
 * this person to this recipient, for this purpose? Four facts are required: {@code provider.type},
 * {@code recipient.type}, {@code category} and {@code purpose}. {@code aggregated} is false when absent. Every other fact
 * may be unknown (absent, or {@code UNKNOWN} for a three-valued fact), and an unknown fact never helps a request: the
 * rules that need it refuse and name it. There is no permissive default anywhere.
 *
 * <p>The facts carry enum tokens and tri-states only, never personal data: they are safe to log.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableSharingFacts.class)
@JsonDeserialize(as = ImmutableSharingFacts.class)
public interface SharingFacts {
    /** @return who gives the data; required */
    @NotNull
    Provider provider();

    /** @return who receives the data; required */
    @NotNull
    Recipient recipient();

    /** @return whom the data are about; empty when unknown */
    Optional<DataSubject> dataSubject();

    /** @return for a household member or other person: their data are relevant to the subject's problems */
    @Value.Default
    default Tri relevantToSubject() {
        return Tri.UNKNOWN;
    }

    /** @return what kind of data; required */
    @NotNull
    DataCategory category();

    /** @return what for; required */
    @NotNull
    Purpose purpose();

    /** @return what is known of the case (JSON {@code case}); nothing known when absent */
    @JsonProperty("case")
    @Value.Default
    default CaseFacts caseFacts() {
        return CaseFacts.unknown();
    }

    /** @return the ground on which a secrecy-bound provider breaks professional secrecy; empty when unknown */
    Optional<SecrecyBasis> secrecyBasis();

    /** @return the regime under which the provider holds the data; empty when unknown (refused: could be police or justice data) */
    Optional<OriginRegime> originRegime();

    /** @return a justification that this category is necessary for this purpose is on record */
    @Value.Default
    default Tri necessityRecorded() {
        return Tri.UNKNOWN;
    }

    /**
     * @return the data are aggregated or anonymised (no personal data); false when absent or JSON {@code null}
     *     (conformance/FORMAT.md: a null fact that has a default takes its default)
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default boolean aggregated() {
        return false;
    }

    /** @return a new builder */
    static ImmutableSharingFacts.Builder builder() {
        return ImmutableSharingFacts.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        // a Java null is not "unknown": the builders keep it, and an accessor documented as never null would return it
        Violations.of(this, "SharingFacts")
                .require(relevantToSubject() != null, "relevantToSubject", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(caseFacts() != null, "case", "MODEL-REQUIRED",
                        "must not be null: leave it out when nothing is known of the case")
                .require(necessityRecorded() != null, "necessityRecorded", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .throwIfAny();
    }
}
