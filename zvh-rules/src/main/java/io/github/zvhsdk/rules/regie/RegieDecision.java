package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.RuleResult;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A regie decision (regie.md, "What a regie decision carries"): the three holders (casusregie as one partner type or
 * a dual pair), the rule that decided each, the retained statutory roles, the rules evaluated, citations, the policy
 * identity with the configured Wzd holder, and {@code asOf}. Made by {@link Regie#decide}.

 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableRegieDecision.class)
@JsonDeserialize(as = ImmutableRegieDecision.class)
public interface RegieDecision {
    /** @return who holds regie op samenwerking: always {@code GEMEENTE} */
    @NotNull
    PartnerType regieOpSamenwerking();

    /** @return the rule that decided regie op samenwerking: {@value Regie#SAMENWERKING_RULE} */
    @NotNull
    String regieOpSamenwerkingRule();

    /** @return who holds procesregie: ZVH, GEMEENTE or NONE */
    @NotNull
    Procesregie procesregie();

    /** @return the rule that decided procesregie: {@value Regie#PROCES_RULE} */
    @NotNull
    String procesregieRule();

    /** @return who holds casusregie: one partner type, or two that share it */
    Set<PartnerType> casusregie();

    /** @return the rule that decided casusregie: a policy rule id, {@code REGIE-SYSTEM} or {@code CASUS-AREA} */
    @NotNull
    String casusRule();

    /** @return the statutory measures that stay with their own holder, subject first, then household in input order */
    List<RetainedRole> retainedStatutoryRoles();

    /** @return the rules evaluated, in order, each with its value (whether it applied) and citations */
    List<RuleResult> rules();

    /** @return every source the decision rests on */
    List<Citation> citations();

    /** @return the identity of the casusregie policy applied */
    @NotNull
    String policy();

    /**
     * @return the Wzd care provider that holds a {@code WZD_CARE} measure under the configuration applied
     *     ({@link RegieConfig#wzdCareHolder()}), recorded with the policy so that the decision can be reproduced
     */
    @NotNull
    PartnerType wzdCareHolder();

    /** @return the reference date of the decision */
    @NotNull
    LocalDate asOf();

    /**
     * A short paragraph a caseworker can read.
     *
     * @param locale Dutch ({@code nl}) or anything else for English; never null
     * @return the explanation; never null
     */
    default String explain(Locale locale) {
        return RegieExplanation.explain(this, Objects.requireNonNull(locale, "locale"));
    }

    /** @return a new builder */
    static ImmutableRegieDecision.Builder builder() {
        return ImmutableRegieDecision.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "RegieDecision")
                .require(!casusregie().isEmpty() && casusregie().size() <= 2, "casusregie", "REGIE-CASUS",
                        "names one holder, or two that share casusregie")
                .throwIfAny();
    }
}
