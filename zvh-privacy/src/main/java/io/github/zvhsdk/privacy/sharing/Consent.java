package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who can consent for the person the data are about, and who did (JSON {@code consent}; rev. 2): {@code ageBand},
 * {@code capable} and {@code givenBy}. Read only when {@code secrecyBasis} is {@code CONSENT} and the consent is what
 * the request rests on (rule {@code SHARE-CONSENT-CAPACITY}); every fact may be unknown (absent).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableConsent.class)
@JsonDeserialize(as = ImmutableConsent.class)
public interface Consent {
    /** @return the age band of the person the data are about, on {@code asOf}; empty when unknown */
    Optional<ConsentAgeBand> ageBand();

    /**
     * @return that person is able to make a reasonable judgement of their interests in this matter (wilsbekwaam);
     *     UNKNOWN when absent
     */
    @Value.Default
    default Tri capable() {
        return Tri.UNKNOWN;
    }

    /**
     * @return who gave the consent, a set iterating in {@link ConsentGiver} order; empty when unknown (JSON: absent or
     *     {@code null}); a present empty set means that nobody gave it
     */
    Optional<Set<ConsentGiver>> givenBy();

    /** @return consent facts of which nothing is known */
    static Consent unknown() {
        return builder().build();
    }

    /** @return a new builder */
    static ImmutableConsent.Builder builder() {
        return ImmutableConsent.builder();
    }

    /**
     * Checks every constraint at once, then normalises {@link #givenBy()} to an immutable set in {@link ConsentGiver}
     * order (so that the value is immutable even when the builder was given a mutable set, and equal facts are equal).
     *
     * @return this value, or its normalised copy
     * @throws io.github.zvhsdk.model.InvalidInputException listing every violation
     */
    @Value.Check
    default Consent check() {
        boolean nullGiver = givenBy().map(s -> s.stream().anyMatch(Objects::isNull)).orElse(false);
        Violations.of(this, "Consent")
                .require(capable() != null, "capable", "MODEL-REQUIRED",
                        "must not be null: leave it out (or give UNKNOWN) when it is not known")
                .require(!nullGiver, "givenBy", "MODEL-REQUIRED", "must not hold null: leave givenBy out when it is not known")
                .throwIfAny();
        Set<ConsentGiver> givers = givenBy().orElse(null);
        return givers == null || GivenBy.isCanonical(givers) ? this
                : ImmutableConsent.copyOf(this).withGivenBy(GivenBy.canonical(givers));
    }
}
