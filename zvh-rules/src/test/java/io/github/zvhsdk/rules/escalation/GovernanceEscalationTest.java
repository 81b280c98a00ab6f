package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.GovernanceLevel;
import io.github.zvhsdk.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GOV-ESCALATE: governance escalation")
class GovernanceEscalationTest {
    @Test
    @DisplayName("property 5: governance escalation strictly climbs and ends at LANDELIJK")
    void property5_governanceClimbsToLandelijk() {
        for (GovernanceLevel from : GovernanceLevel.values()) {
            List<GovernanceLevel> path = new ArrayList<>(List.of(from));
            GovernanceLevel at = from;
            while (at != GovernanceLevel.LANDELIJK) {
                GovernanceLevel next = GovernanceEscalation.next(at);
                assertThat(next.ordinal()).isEqualTo(at.ordinal() + 1);
                path.add(next);
                at = next;
            }
            assertThat(path.get(path.size() - 1)).isEqualTo(GovernanceLevel.LANDELIJK);
            assertThat(path).hasSize(GovernanceLevel.values().length - from.ordinal());
        }
        assertThat(GovernanceEscalation.next(GovernanceLevel.OPERATIONEEL)).isEqualTo(GovernanceLevel.TACTISCH);
        assertThat(GovernanceEscalation.next(GovernanceLevel.TACTISCH)).isEqualTo(GovernanceLevel.STRATEGISCH);
        assertThat(GovernanceEscalation.next(GovernanceLevel.STRATEGISCH)).isEqualTo(GovernanceLevel.LANDELIJK);
    }

    @Test
    @DisplayName("GOV-ESCALATE: asking above LANDELIJK is an error, not a silent no-op")
    void aboveLandelijkIsAnError() {
        assertThatThrownBy(() -> GovernanceEscalation.next(GovernanceLevel.LANDELIJK))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GOV-ESCALATE")
                .hasMessageContaining("LANDELIJK");
        assertThatThrownBy(() -> GovernanceEscalation.next(null)).isInstanceOf(NullPointerException.class);
        assertThat(GovernanceEscalation.CITATION.toString()).isEqualTo("SRC-LK2013 Bijlage I §5.6");
        assertThat(GovernanceEscalation.next(GovernanceLevel.TACTISCH).taskNl()).contains("regionale agenda");
    }
}
