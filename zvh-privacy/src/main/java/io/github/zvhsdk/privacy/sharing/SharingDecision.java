package io.github.zvhsdk.privacy.sharing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.RuleResult;
import io.github.zvhsdk.privacy.retention.RenewalNotApplied;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The answer to one sharing request ({@link SharingCheck#check}): the outcome, the regime and basis, every rule that
 * refused, the conditions of an allow, the facts that would have to be learned, each rule's result with its
 * citations, the reference date and the configuration it rested on. It carries enum tokens, rule ids and fact names
 * only, never personal data.
 *
 * <p>JSON keys (conformance/FORMAT.md): {@code outcome}, {@code regime}, {@code refusedBy}, {@code conditions},
 * {@code missing}, plus {@code basis}, {@code trace}, {@code facts}, {@code asOf}, {@code configId},
 * {@code configDigest}, {@code retentionEnd} (rev. 2: with {@code retentionRegime} and {@code renewalsNotApplied}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableSharingDecision.class)
@JsonDeserialize(as = ImmutableSharingDecision.class)
public interface SharingDecision {
    /** @return ALLOW, ALLOW_WITH_CONDITIONS or DENY; required */
    @NotNull
    SharingOutcome outcome();

    /** @return the legal regime (SHARE-REGIME); required */
    @NotNull
    SharingRegime regime();

    /** @return the legal basis; empty when the regime is UNKNOWN */
    Optional<SharingBasis> basis();

    /** @return the id of every rule that refused, in the spec's order; empty unless DENY */
    List<String> refusedBy();

    /** @return the conditions of an allow; always empty on DENY */
    Set<SharingCondition> conditions();

    /** @return the facts that would have to be learned, the union over the refusing rules, sorted; empty unless DENY */
    List<String> missing();

    /**
     * @return each evaluated rule's result, in the spec's order: the value is the rule's refusal condition (TRUE or
     *     UNKNOWN refuses), with its missing facts and citations. A rule that does not apply is absent
     */
    List<RuleResult> trace();

    /** @return the request decided on; required */
    @NotNull
    SharingFacts facts();

    /** @return the reference date; required */
    @NotNull
    LocalDate asOf();

    /** @return the configuration's {@code id}; required */
    @NotNull
    String configId();

    /** @return the configuration's digest ({@code HouseConfig.digest()}); required */
    @NotNull
    String configDigest();

    /**
     * @return the end of retention SHARE-RETENTION checked {@code asOf} against: the last day on which the data may be
     *     processed (sharing.md, "Retention"). Under the WGS retention the WGS end (FORMAT.md's {@code retentionEnd});
     *     under the covenant's, the covenant's end; when the case's retention regime is not known (the task category
     *     is unknown), the earlier of the ends that may apply. Empty when retention was not checked: the dates it
     *     needs were not given ({@code case.firstProcessedOn} under the WGS; {@code case.closedOn} and configured
     *     terms under a covenant)
     */
    Optional<LocalDate> retentionEnd();

    /**
     * @return the regime whose retention {@link #retentionEnd()} is: the regime on the date the case was first
     *     processed ({@code WGS}, {@code COVENANT}, or {@code UNKNOWN} when the task category or the date of first
     *     processing that would settle it is unknown); present exactly when {@link #retentionEnd()} is
     */
    Optional<SharingRegime> retentionRegime();

    /**
     * @return the renewals of {@code case.renewals} that were not applied, each with its reasons, in date order: under
     *     the covenant's retention every renewal ({@code COVENANT_RETENTION}). Empty when every renewal was applied or
     *     none was given, and when the WGS retention may apply but {@code case.firstProcessedOn} is not given (the
     *     renewals cannot be judged)
     */
    List<RenewalNotApplied> renewalsNotApplied();

    /** @return true unless DENY */
    @JsonIgnore
    default boolean isAllowed() {
        return outcome() != SharingOutcome.DENY;
    }

    /** @return true when the request concerns personal data (not aggregated) */
    default boolean concernsPersonalData() {
        return !facts().aggregated();
    }

    /**
     * A short paragraph a caseworker can read.
     *
     * @param locale {@code nl} for Dutch, anything else for English; never null
     * @return the explanation; never null
     */
    default String explain(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return Explanation.of(this, "nl".equals(locale.getLanguage()));
    }

    /** @return a new builder */
    static ImmutableSharingDecision.Builder builder() {
        return ImmutableSharingDecision.builder();
    }

    /** Checks the decision's invariants at once. */
    @Value.Check
    default void check() {
        boolean deny = outcome() == SharingOutcome.DENY;
        // Not Violations.of: Bean Validation on every decision the check builds was a fifth of its cost (BENCHMARKS.md).
        // The @NotNull attributes are checked here instead, in the sorted order Violations.of reports them in;
        // SharingDecisionTest.requiredAsBeanValidationWouldReport keeps the two lists equal.
        Violations.named("SharingDecision")
                .requireNonNull(asOf(), "asOf")
                .requireNonNull(configDigest(), "configDigest")
                .requireNonNull(configId(), "configId")
                .requireNonNull(facts(), "facts")
                .requireNonNull(outcome(), "outcome")
                .requireNonNull(regime(), "regime")
                .require(deny == !refusedBy().isEmpty(), "refusedBy", "SHARE-OUTCOME", "a DENY lists its refusing rules; an allow none")
                .require(!deny || conditions().isEmpty(), "conditions", "SHARE-OUTCOME", "a DENY carries no conditions")
                .require(deny || missing().isEmpty(), "missing", "SHARE-OUTCOME", "an allow lists no missing facts")
                .require(outcome() != SharingOutcome.ALLOW || conditions().isEmpty(), "conditions", "SHARE-OUTCOME",
                        "an ALLOW carries no conditions")
                .require(outcome() != SharingOutcome.ALLOW_WITH_CONDITIONS || !conditions().isEmpty(), "conditions",
                        "SHARE-OUTCOME", "an ALLOW_WITH_CONDITIONS carries conditions")
                .require(regime() == SharingRegime.UNKNOWN ? basis().isEmpty() : basis().isPresent(), "basis",
                        "SHARE-REGIME", "a known regime has a basis, an unknown one none")
                .require(retentionEnd().isPresent() == retentionRegime().isPresent(), "retentionRegime",
                        "SHARE-RETENTION", "an end of retention has its regime, and only then")
                .throwIfAny();
    }
}
