package io.github.zvhsdk.rules.escalation;

import io.github.zvhsdk.model.GovernanceLevel;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Citation;
import io.github.zvhsdk.model.rule.SourceId;
import java.util.List;
import java.util.Objects;

/**
 * Governance escalation (rule {@value #RULE}, SRC-LK2013 Bijlage I §5.6): when agreements are not kept or a blockage
 * cannot be solved at one level, it goes to the next: {@code OPERATIONEEL → TACTISCH → STRATEGISCH → LANDELIJK}.
 * Each level's task comes with it ({@link GovernanceLevel#taskNl()}, {@link GovernanceLevel#taskEn()}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GovernanceEscalation {
    /** The rule id. */
    public static final String RULE = "GOV-ESCALATE";
    /** The source of the rule. */
    public static final Citation CITATION = Citation.of(SourceId.LK2013, "Bijlage I §5.6");

    private GovernanceEscalation() {}

    /**
     * GOV-ESCALATE (SRC-LK2013 Bijlage I §5.6): the level a blockage goes to next.
     *
     * @param from the level where the blockage cannot be solved; never null
     * @return the next level up; never null
     * @throws NullPointerException when {@code from} is null
     * @throws InvalidInputException when {@code from} is {@code LANDELIJK}, which has no level above it (an error,
     *     not a silent no-op)
     */
    public static GovernanceLevel next(GovernanceLevel from) {
        Objects.requireNonNull(from, "from");
        return from.above().orElseThrow(() -> new InvalidInputException("GovernanceEscalation", List.of(
                new Violation("from", RULE, "LANDELIJK is the highest level; there is no level above it"))));
    }
}
