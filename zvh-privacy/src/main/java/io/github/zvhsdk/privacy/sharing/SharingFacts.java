package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of one sharing request (sharing.md, "Sharing facts", revision 2): may this provider give this category of
 * data about this person to this recipient, for this purpose? Four facts are required: {@code provider.type},
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

    /**
     * @return the ground on which the data's origin holder, bound by professional secrecy, breaks it; empty when
     *     unknown
     */
    Optional<SecrecyBasis> secrecyBasis();

    /** @return who can consent and who did (JSON {@code consent}; rev. 2); nothing known when absent */
    @Value.Default
    default Consent consent() {
        return Consent.unknown();
    }

    /** @return where the data come from (JSON {@code origin}; rev. 2); nothing known when absent */
    @Value.Default
    default Origin origin() {
        return Origin.unknown();
    }

    /**
     * @return the partner that provided the data to the house agrees to this provision (rev. 2; read where a guest
     *     receives special or criminal data); UNKNOWN when absent
     */
    @Value.Default
    default Tri originConsent() {
        return Tri.UNKNOWN;
    }

    /** @return the regime under which the data were first held; empty when unknown (refused: could be police or justice data) */
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

    /**
     * Checks every constraint at once: no null fact, and {@code origin.holder} as sharing.md allows it (rule id
     * {@code MODEL-ORIGIN-HOLDER}): when the provider is not {@code ZVH} the holder is the provider itself, and the
     * holder {@code ZVH} (the house's own records) holds only {@code CASE_FACTS} and {@code LIFE_DOMAIN_ASSESSMENT}.
     */
    @Value.Check
    default void check() {
        PartnerType provider = provider() == null ? null : provider().type();
        PartnerType holder = origin() == null ? null : origin().holder().orElse(null);
        DataCategory category = category();
        // a Java null is not "unknown": the builders keep it, and an accessor documented as never null would return it
        Violations.of(this, "SharingFacts")
                .require(relevantToSubject() != null, "relevantToSubject", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(caseFacts() != null, "case", "MODEL-REQUIRED",
                        "must not be null: leave it out when nothing is known of the case")
                .require(necessityRecorded() != null, "necessityRecorded", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(consent() != null, "consent", "MODEL-REQUIRED",
                        "must not be null: leave it out when nothing is known of the consent")
                .require(origin() != null, "origin", "MODEL-REQUIRED",
                        "must not be null: leave it out when nothing is known of the origin")
                .require(originConsent() != null, "originConsent", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(holder == null || provider == null || provider == PartnerType.ZVH || holder == provider,
                        "origin.holder", "MODEL-ORIGIN-HOLDER",
                        "differs from provider.type: when the provider is not ZVH, the origin holder is the provider itself")
                .require(holder != PartnerType.ZVH || category == null || category == DataCategory.CASE_FACTS
                        || category == DataCategory.LIFE_DOMAIN_ASSESSMENT, "origin.holder", "MODEL-ORIGIN-HOLDER",
                        "ZVH holds only the case's own records (CASE_FACTS, LIFE_DOMAIN_ASSESSMENT) at their source")
                .throwIfAny();
    }
}
