package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;

/**
 * The responsibilities per AVE phase (reference template {@code AVE-ROLES}, SRC-AVE; escalation.md). The assignment
 * is set per municipality or region: a region replaces the template as a whole, never one cell. {@link #reference()}
 * is the spec's table.
 *
 * <p>A template names exactly the four phases 1, 2, 3, 4, in that order, and carries its identity ({@link #id()}),
 * which every decision records.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableResponsibilityTemplate.class)
@JsonDeserialize(as = ImmutableResponsibilityTemplate.class)
public interface ResponsibilityTemplate {
    /** The identity of the spec's reference template. */
    String REFERENCE_ID = "AVE-ROLES-REFERENCE";

    /** @return the template's identity, e.g. {@code AVE-ROLES-REFERENCE}; 1–64 characters of {@code [A-Za-z0-9._:-]} */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}", message = "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -")
    String id();

    /** @return the responsibilities of phases 1, 2, 3 and 4, in that order */
    List<PhaseResponsibilities> phases();

    /**
     * @param phase an AVE phase, 1–4
     * @return the responsibilities of that phase
     * @throws IllegalArgumentException when {@code phase} is not 1–4
     */
    default PhaseResponsibilities forPhase(int phase) {
        if (phase < 1 || phase > 4) {
            throw new IllegalArgumentException("not an AVE phase: " + phase);
        }
        return phases().get(phase - 1);
    }

    /** @return a new builder */
    static ImmutableResponsibilityTemplate.Builder builder() {
        return ImmutableResponsibilityTemplate.builder();
    }

    /**
     * The spec's reference table (escalation.md, "Responsibilities per phase").
     *
     * @return the reference template, identity {@value #REFERENCE_ID}
     */
    static ResponsibilityTemplate reference() {
        return ReferenceTemplate.INSTANCE;
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "ResponsibilityTemplate");
        v.require(!Bsn.mayAppearIn(id()), "id", "MODEL-BSN",
                "must not hold a run of 8 or more digits (it could be a BSN)");
        v.require(phases().size() == 4, "phases", "AVE-ROLES", "must name exactly the four phases 1, 2, 3, 4");
        for (int i = 0; i < phases().size(); i++) {
            Integer p = phases().get(i).phase();
            v.require(p != null && p == i + 1, "phases[" + i + "].phase", "AVE-ROLES",
                    "must be " + (i + 1) + " (the phases are listed 1, 2, 3, 4 in order)");
        }
        v.throwIfAny();
    }
}
