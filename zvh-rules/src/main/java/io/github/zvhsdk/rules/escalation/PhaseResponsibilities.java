package io.github.zvhsdk.rules.escalation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.model.ZvhStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The four responsibilities of one AVE phase (template {@code AVE-ROLES}, escalation.md): casusregie, procesregie,
 * operational and administrative responsibility. Procesregie is given per venue, because the template places it
 * with the local procesregisseur for a local case and with the house's for a case at the house. Lists keep their
 * order (the first holder leads). An empty procesregie list means "no procesregie".
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutablePhaseResponsibilities.class)
@JsonDeserialize(as = ImmutablePhaseResponsibilities.class)
public interface PhaseResponsibilities {
    /** @return the AVE phase, 1–4; required */
    @NotNull
    Integer phase();

    /** @return who holds casusregie; at least one */
    List<Responsible> casusregie();

    /** @return who holds procesregie when the case is handled locally; empty for none */
    List<Responsible> procesregieLocal();

    /** @return who holds procesregie when the case is handled at the house; empty for none */
    List<Responsible> procesregieAtHouse();

    /** @return who holds operational responsibility; at least one */
    List<Responsible> operational();

    /** @return who holds administrative responsibility; at least one */
    List<Responsible> administrative();

    /** @return a new builder */
    static ImmutablePhaseResponsibilities.Builder builder() {
        return ImmutablePhaseResponsibilities.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations.of(this, "PhaseResponsibilities")
                .require(phase() == null || (phase() >= 1 && phase() <= 4), "phase", "AVE-ROLES",
                        "value " + phase() + " is not an AVE phase (1 to 4)")
                .require(!casusregie().isEmpty(), "casusregie", "AVE-ROLES", "names at least one holder")
                .require(!operational().isEmpty(), "operational", "AVE-ROLES", "names at least one holder")
                .require(!administrative().isEmpty(), "administrative", "AVE-ROLES", "names at least one holder")
                .require(casusregie().stream().distinct().count() == casusregie().size()
                        && procesregieLocal().stream().distinct().count() == procesregieLocal().size()
                        && procesregieAtHouse().stream().distinct().count() == procesregieAtHouse().size()
                        && operational().stream().distinct().count() == operational().size()
                        && administrative().stream().distinct().count() == administrative().size(),
                        "phase", "AVE-ROLES", "a holder is listed twice for one responsibility")
                .throwIfAny();
    }
}
