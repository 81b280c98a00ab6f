package io.github.zvhsdk.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A case (casus): its kind, subjects and system (or area), themes, referrer and intake route, involved partners,
 * leefgebied assessment, task category, status with its AVE phase history, the dates it was registered and ended,
 * and whether it is urgent (spoed) (model.md).
 *
 * <p>The status only moves forward: use {@link #moveTo(CaseStatus, LocalDate)}, which refuses any other step. A
 * declined or closed case is re-registered as a new case.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ZvhStyle
@JsonSerialize(as = ImmutableCase.class)
@JsonDeserialize(as = ImmutableCase.class)
public interface Case {
    /** @return the case's id in the embedding system; required */
    @NotNull
    CaseId id();

    /** @return the kind of case; required */
    @NotNull
    CaseKind kind();

    /** @return the subjects (betrokkenen); at least one for a person- or system-oriented case */
    List<Person> subjects();

    /** @return the system around the subject */
    List<SystemMember> system();

    /** @return the area, for an area-oriented case */
    Optional<Area> area();

    /** @return the themes; they describe a case, they never decide admission */
    Set<Theme> themes();

    /** @return the referring partner, if known */
    Optional<PartnerType> referrer();

    /** @return the intake route, if known */
    Optional<IntakeRoute> intakeRoute();

    /** @return the partners involved in the case */
    Set<PartnerType> involvedPartners();

    /** @return the leefgebied assessment; every leefgebied unknown by default */
    @Value.Default
    default LifeDomainAssessment lifeDomains() {
        return LifeDomainAssessment.unknown();
    }

    /** @return the task category, if decided */
    Optional<TaskCategory> taskCategory();

    /** @return the status; required */
    @NotNull
    CaseStatus status();

    /** @return the AVE phase history, oldest first */
    List<PhaseRecord> phaseHistory();

    /** @return the date the case was registered; required */
    @NotNull
    LocalDate registeredOn();

    /** @return the date the case was declined or closed; present exactly when the status is final */
    Optional<LocalDate> endedOn();

    /** @return whether the case is urgent (spoed, SRC-WVV2024 §5); urgency changes scheduling, not the rules */
    @Value.Default
    default boolean urgent() {
        return false;
    }

    /** @return the current AVE phase: the last of the history, if any */
    default Optional<Integer> currentPhase() {
        return phaseHistory().isEmpty() ? Optional.empty()
                : Optional.of(phaseHistory().get(phaseHistory().size() - 1).phase());
    }

    /**
     * Moves the case forward (model.md: transitions only go forward).
     *
     * @param to the new status; never null
     * @param on the date of the step; it becomes {@link #endedOn()} for a final status; never null
     * @return the case in its new status
     * @throws InvalidInputException when the step is not allowed from the current status
     */
    default Case moveTo(CaseStatus to, LocalDate on) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Violations.named("Case")
                .require(status().canMoveTo(to), "status", "MODEL-CASE-STATUS",
                        "cannot move from " + status() + " to " + to + (status().isFinal()
                                ? ": " + status() + " is final, register a new case" : "; allowed: " + status().next()))
                .require(!on.isBefore(registeredOn()), "on", "MODEL-CASE-DATES", "must not be before the registration date")
                .throwIfAny();
        ImmutableCase.Builder b = ImmutableCase.builder().from(this).status(to);
        if (to.isFinal()) {
            b.endedOn(on);
        }
        return b.build();
    }

    /** @return a new builder */
    static ImmutableCase.Builder builder() {
        return ImmutableCase.builder();
    }

    /** Checks every constraint at once. */
    @Value.Check
    default void check() {
        Violations v = Violations.of(this, "Case");
        boolean personal = kind() == CaseKind.PERSOONSGERICHT || kind() == CaseKind.SYSTEEMGERICHT;
        v.require(!personal || !subjects().isEmpty(), "subjects", "MODEL-CASE-SUBJECT",
                "a PERSOONSGERICHT or SYSTEEMGERICHT case needs an identified subject");
        v.require(kind() != CaseKind.GEBIEDSGERICHT || area().isPresent(), "area", "MODEL-CASE-AREA",
                "a GEBIEDSGERICHT case needs its area");
        if (status() != null) {
            v.require(endedOn().isPresent() == status().isFinal(), "endedOn", "MODEL-CASE-DATES",
                    "is present exactly when the status is DECLINED or CLOSED");
        }
        if (registeredOn() != null) {
            v.require(endedOn().map(d -> !d.isBefore(registeredOn())).orElse(true), "endedOn", "MODEL-CASE-DATES",
                    "must not be before registeredOn");
        }
        for (int i = 1; i < phaseHistory().size(); i++) {
            v.require(!phaseHistory().get(i).since().isBefore(phaseHistory().get(i - 1).since()),
                    "phaseHistory[" + i + "].since", "MODEL-CASE-PHASES", "the phase history must be in date order");
        }
        v.throwIfAny();
    }
}
