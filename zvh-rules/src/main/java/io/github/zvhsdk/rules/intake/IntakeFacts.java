package io.github.zvhsdk.rules.intake;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.EffectType;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Tri;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts the intake tests read (spec/intake.md, "Intake facts"). JSON names are the spec's fact names.
 *
 * <p>{@link #identifiedSubject()} is required and definite. Every other fact is three-valued or carries an
 * {@code UNKNOWN}, and an absent fact is unknown: a three-valued fact defaults to {@link Tri#UNKNOWN}, an effect
 * absent from {@link #effects()} is {@link Prospect#UNKNOWN}, an empty {@link #domainsNeeded()} is an unknown set
 * (not an empty one), and a leefgebied the assessment leaves out is {@code UNKNOWN}. In JSON a three-valued fact is
 * one of the strings {@code "TRUE"}, {@code "FALSE"}, {@code "UNKNOWN"} (a JSON boolean is refused), and JSON
 * {@code null} is unknown.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableIntakeFacts.class)
@JsonDeserialize(as = ImmutableIntakeFacts.class)
public interface IntakeFacts {
    /**
     * @return whether the case is about at least one identified person (betrokkene); required, never null once
     *     built (a missing value is refused when the facts are built)
     */
    @NotNull
    Boolean identifiedSubject();

    /** @return whether the subject has problems; UNKNOWN when absent */
    @Value.Default
    default Tri subjectProblems() {
        return Tri.UNKNOWN;
    }

    /** @return whether problems in the subject's family situation are relevant to the subject; UNKNOWN when absent */
    @Value.Default
    default Tri familyProblemsRelevant() {
        return Tri.UNKNOWN;
    }

    /** @return the assessment per leefgebied; every leefgebied UNKNOWN when absent or JSON {@code null} */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    default LifeDomainAssessment lifeDomains() {
        return LifeDomainAssessment.unknown();
    }

    /**
     * @return what the subject's problems lead the subject to cause or to go through; an effect not in the map is
     *     {@link Prospect#UNKNOWN} (the map never holds {@code UNKNOWN} itself)
     */
    Map<EffectType, Prospect> effects();

    /**
     * @return the chains whose cooperation an effective plan needs; empty when that set is unknown (JSON: absent
     *     or {@code null}); a present empty set means "no chain"
     */
    Optional<Set<Domain>> domainsNeeded();

    /** @return whether regular cooperation within one chain can tackle the problems; UNKNOWN when absent */
    @Value.Default
    default Tri singleChainSufficient() {
        return Tri.UNKNOWN;
    }

    /** @return whether help in the voluntary framework alone works; UNKNOWN when absent */
    @Value.Default
    default Tri voluntaryFrameworkSufficient() {
        return Tri.UNKNOWN;
    }

    /** @return whether the problems interact with the (family) system or the social environment; UNKNOWN when absent */
    @Value.Default
    default Prospect systemInteraction() {
        return Prospect.UNKNOWN;
    }

    /** @return whether there is a serious area-bound safety problem that needs a cross-chain approach */
    @Value.Default
    default Tri areaSafetyProblem() {
        return Tri.UNKNOWN;
    }

    /**
     * @return the house's additional criteria by id (WGS only); a configured id without a value is UNKNOWN, and a
     *     value for an id the configuration does not have is refused when the facts are assessed
     */
    Map<String, Tri> regional();

    /**
     * @param effect an effect type; never null
     * @return its prospect, {@link Prospect#UNKNOWN} when not given
     */
    default Prospect effect(EffectType effect) {
        return effects().getOrDefault(effect, Prospect.UNKNOWN);
    }

    /** @return a new builder; {@code identifiedSubject} must be set */
    static ImmutableIntakeFacts.Builder builder() {
        return ImmutableIntakeFacts.builder();
    }

    /**
     * Checks every constraint at once, then normalises: {@link #domainsNeeded()} becomes an immutable set in
     * {@link Domain} order (so that the value is immutable even when the builder was given a mutable set), and an
     * effect given as {@link Prospect#UNKNOWN} is left out (absent means the same), so that equal facts are equal.
     *
     * @return this value, or its normalised copy
     * @throws io.github.zvhsdk.model.InvalidInputException listing every violation
     */
    @Value.Check
    default IntakeFacts check() {
        requireNoNullFacts(this);
        boolean nullDomain = domainsNeeded().map(s -> s.stream().anyMatch(Objects::isNull)).orElse(false);
        boolean domainsNormal = domainsNeeded().map(s -> s instanceof DomainSet).orElse(true);
        boolean effectsNormal = !effects().containsValue(Prospect.UNKNOWN);
        if (!nullDomain && !(domainsNormal && effectsNormal)) {
            // the normalised copy runs this check again (and is then normal): validate once, on the final value
            Map<EffectType, Prospect> known = new EnumMap<>(EffectType.class);
            effects().forEach((e, p) -> {
                if (p != Prospect.UNKNOWN) {
                    known.put(e, p);
                }
            });
            ImmutableIntakeFacts.Builder b = ImmutableIntakeFacts.builder().from(this).effects(known);
            domainsNeeded().ifPresent(s -> b.domainsNeeded(DomainSet.of(s)));
            return b.build();
        }
        Violations v = Violations.of(this, "IntakeFacts");
        for (String id : regional().keySet()) {
            v.require(IntakeConfig.isRegionalId(id), "regional", "INTAKE-REGIONAL-ID", IntakeConfig.REGIONAL_ID_RULE);
        }
        v.require(!nullDomain, "domainsNeeded", "MODEL-REQUIRED", "a domain may not be null");
        v.throwIfAny();
        return this;
    }

    /**
     * Refuses a Java {@code null} given to the builder for a fact that has a default or for a map value (README: bad
     * input is refused, never guessed). A null would otherwise fail later with a NullPointerException, or worse be
     * read as a definite value: a null {@code systemInteraction} or effect is no qualifying prospect, so LK2013-C and
     * WGS-C would be FALSE instead of UNKNOWN. JSON {@code null} never gets here: it is read as {@code UNKNOWN}.
     *
     * @param f the facts as built
     * @throws io.github.zvhsdk.model.InvalidInputException naming every null fact
     */
    private static void requireNoNullFacts(IntakeFacts f) {
        String leaveOut = "may not be null: leave the fact out (or give UNKNOWN) when it is not known";
        Violations v = Violations.named("IntakeFacts")
                .require(f.subjectProblems() != null, "subjectProblems", "MODEL-REQUIRED", leaveOut)
                .require(f.familyProblemsRelevant() != null, "familyProblemsRelevant", "MODEL-REQUIRED", leaveOut)
                .require(f.lifeDomains() != null, "lifeDomains", "MODEL-REQUIRED", leaveOut)
                .require(f.singleChainSufficient() != null, "singleChainSufficient", "MODEL-REQUIRED", leaveOut)
                .require(f.voluntaryFrameworkSufficient() != null, "voluntaryFrameworkSufficient", "MODEL-REQUIRED",
                        leaveOut)
                .require(f.systemInteraction() != null, "systemInteraction", "MODEL-REQUIRED", leaveOut)
                .require(f.areaSafetyProblem() != null, "areaSafetyProblem", "MODEL-REQUIRED", leaveOut);
        f.effects().forEach((e, p) -> v.require(e != null && p != null, e == null ? "effects" : "effects." + e.name(),
                "MODEL-REQUIRED", e == null ? "an effect type may not be null" : leaveOut));
        f.regional().forEach((id, t) -> v.require(t != null, IntakeConfig.isRegionalId(id) ? "regional." + id
                : "regional", "MODEL-REQUIRED", leaveOut));
        v.throwIfAny();
    }
}
