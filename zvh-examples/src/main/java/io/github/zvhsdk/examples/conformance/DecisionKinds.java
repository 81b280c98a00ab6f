package io.github.zvhsdk.examples.conformance;

import java.util.List;
import java.util.Optional;

/** The decision kinds this build implements. A vector of a kind not listed here fails with that reason. */
public final class DecisionKinds {
    private static final List<DecisionKind> ALL = List.of(
            new IntakeKind(),
            new EscalationKind(),
            new RegieKind(),
            new SharingKind(),
            new TransitionKind(),
            new PlanKind());

    private DecisionKinds() {}

    /** @return every implemented kind */
    public static List<DecisionKind> all() {
        return ALL;
    }

    /**
     * @param name a vector's {@code decision}
     * @return the kind, or empty when this build does not implement it
     */
    public static Optional<DecisionKind> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }
}
