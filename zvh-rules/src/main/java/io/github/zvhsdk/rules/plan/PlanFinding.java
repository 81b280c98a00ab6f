package io.github.zvhsdk.rules.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.LifeDomain;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One violation of a plan rule, in detail: the rule, what it is about (an intervention by its 0-based position in
 * {@code plan.interventions}, a partner, a leefgebied) and a readable sentence in Dutch and in English. The
 * sentences name only enum labels, positions and dates, never personal data.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePlanFinding.class)
@JsonDeserialize(as = ImmutablePlanFinding.class)
public interface PlanFinding {
    /** @return the violated rule's id, e.g. {@code PLAN-OWNER}; never null */
    String ruleId();

    /** @return the 0-based position of the intervention concerned in {@code plan.interventions}; empty when none */
    Optional<Integer> intervention();

    /** @return the partner concerned; empty when none */
    Optional<PartnerType> partner();

    /** @return the leefgebied concerned; empty when none */
    Optional<LifeDomain> lifeDomain();

    /** @return the rule's citations; never null */
    List<Citation> citations();

    /** @return the detail in Dutch; never null */
    String nl();

    /** @return the detail in English; never null */
    String en();

    /**
     * @param locale Dutch ({@code nl}) or any other locale for English; never null
     * @return the detail in that language
     */
    default String message(Locale locale) {
        return "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? nl() : en();
    }

    /** @return a new builder */
    static ImmutablePlanFinding.Builder builder() {
        return ImmutablePlanFinding.builder();
    }
}
