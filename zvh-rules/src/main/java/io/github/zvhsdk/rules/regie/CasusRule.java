package io.github.zvhsdk.rules.regie;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import io.github.zvhsdk.model.rule.Citation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One rule of an ordered casusregie policy ({@code REGIE-CASUS}, regie.md): when it applies and who then holds
 * casusregie. It applies when the subject is under one of {@link #whenSubjectMeasure()} (if any is given) and the case
 * has one of {@link #whenTheme()} (if any is given); a rule with neither applies always (the policy's last rule). Its
 * outcome is either one or two fixed holders ({@link #casusregie()}; two share casusregie, a dual arrangement) or the
 * centre of gravity ({@link #centreOfGravity()}, with no fixed holder).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableCasusRule.class)
@JsonDeserialize(as = ImmutableCasusRule.class)
public interface CasusRule {
    /** @return the rule id, e.g. {@code CASUS-VERWARD}; 1–64 characters of {@code [A-Z0-9-]} */
    @NotNull
    @Pattern(regexp = "[A-Z0-9-]{1,64}", message = "must be 1 to 64 characters of A-Z 0-9 -")
    String id();

    /** @return the measures of which the subject must be under at least one; empty for no such condition */
    Set<Measure> whenSubjectMeasure();

    /** @return the themes of which the case must have at least one; empty for no such condition */
    Set<Theme> whenTheme();

    /** @return the fixed holders, one or two; empty exactly when {@link #centreOfGravity()} */
    Set<PartnerType> casusregie();

    /** @return true when the holder is the centre of gravity of the problems ({@code CASUS-ZWAARTEPUNT}) */
    @Value.Default
    default Boolean centreOfGravity() {
        return false;
    }

    /** @return the rule's sources */
    List<Citation> citations();

    /** @return true when the rule has no condition and so always applies */
    default boolean unconditional() {
        return whenSubjectMeasure().isEmpty() && whenTheme().isEmpty();
    }

    /** @return a new builder */
    static ImmutableCasusRule.Builder builder() {
        return ImmutableCasusRule.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        boolean cog = Boolean.TRUE.equals(centreOfGravity());
        Violations.of(this, "CasusRule")
                .require(!Bsn.mayAppearIn(id()), "id", "MODEL-BSN",
                        "must not hold a run of 8 or more digits (it could be a BSN)")
                .require(cog ? casusregie().isEmpty() : !casusregie().isEmpty() && casusregie().size() <= 2,
                        "casusregie", "REGIE-CASUS", cog ? "must be empty for a centre-of-gravity rule"
                                : "names one holder, or two that share casusregie")
                .throwIfAny();
    }
}
