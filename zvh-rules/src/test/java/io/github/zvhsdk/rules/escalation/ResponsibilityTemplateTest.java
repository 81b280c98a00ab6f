package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AVE-ROLES: a responsibility template built in Java is checked as strictly as one read from JSON")
class ResponsibilityTemplateTest {
    private static ImmutablePhaseResponsibilities.Builder row(int phase) {
        return PhaseResponsibilities.builder().phase(phase).addCasusregie(Responsible.LEAD_PROFESSIONAL)
                .addOperational(Responsible.INVOLVED_ORGANISATIONS).addAdministrative(Responsible.BURGEMEESTER);
    }

    private static List<String> fields(Throwable t) {
        return ((InvalidInputException) t).violations().stream().map(Violation::field).toList();
    }

    @Test
    @DisplayName("a regional template of four phases in order is accepted, and forPhase gives each row")
    void regionalTemplate() {
        List<PhaseResponsibilities> rows = List.of(row(1).build(), row(2).build(), row(3).build(), row(4).build());
        ResponsibilityTemplate t = ResponsibilityTemplate.builder().id("REGIO-X-2025").phases(rows).build();
        assertThat(t.id()).isEqualTo("REGIO-X-2025");
        for (int p = 1; p <= 4; p++) {
            assertThat(t.forPhase(p)).isSameAs(rows.get(p - 1));
            assertThat(t.forPhase(p).phase()).isEqualTo(p);
        }
        // the reference's rows, under a regional id, are a template too
        ResponsibilityTemplate copy = ResponsibilityTemplate.builder().id("REGIO-Y")
                .phases(ResponsibilityTemplate.reference().phases()).build();
        assertThat(copy.phases()).isEqualTo(ResponsibilityTemplate.reference().phases());
        for (int bad : new int[] {0, 5, -1}) {
            assertThatThrownBy(() -> t.forPhase(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(bad));
        }
    }

    @Test
    @DisplayName("phases out of order are refused per position, all at once; a correct position is not named")
    void phasesInOrder() {
        Throwable t = catchThrowableOfType(InvalidInputException.class, () -> ResponsibilityTemplate.builder().id("X")
                .phases(List.of(row(2).build(), row(1).build(), row(3).build(), row(4).build())).build());
        assertThat(fields(t)).containsExactly("phases[0].phase", "phases[1].phase");
        assertThat(t).hasMessageContaining("AVE-ROLES").hasMessageContaining("must be 1").hasMessageContaining("must be 2");
    }

    @Test
    @DisplayName("three or five phases are refused naming phases; an id that could hold a BSN is refused too")
    void exactlyFourPhases() {
        List<PhaseResponsibilities> three = List.of(row(1).build(), row(2).build(), row(3).build());
        Throwable t3 = catchThrowableOfType(InvalidInputException.class,
                () -> ResponsibilityTemplate.builder().id("X").phases(three).build());
        assertThat(fields(t3)).containsExactly("phases");
        List<PhaseResponsibilities> five = new ArrayList<>(three);
        five.add(row(4).build());
        five.add(row(4).build());
        Throwable t5 = catchThrowableOfType(InvalidInputException.class,
                () -> ResponsibilityTemplate.builder().id("REGIO-123456789").phases(five).build());
        assertThat(fields(t5)).containsExactly("id", "phases", "phases[4].phase");
        assertThat(t5.getMessage()).doesNotContain("123456789");
    }

    @Test
    @DisplayName("a phase row: phase 1 to 4 only, at least one holder of casusregie, operational and administrative, no holder twice")
    void phaseRow() {
        assertThat(row(1).build().phase()).isEqualTo(1);
        assertThat(row(4).build().phase()).isEqualTo(4);
        for (int bad : new int[] {0, 5}) {
            Throwable t = catchThrowableOfType(InvalidInputException.class, () -> row(bad).build());
            assertThat(fields(t)).containsExactly("phase");
            assertThat(t).hasMessageContaining("value " + bad + " is not an AVE phase");
        }
        Throwable empty = catchThrowableOfType(InvalidInputException.class,
                () -> PhaseResponsibilities.builder().phase(2).build());
        assertThat(fields(empty)).containsExactly("casusregie", "operational", "administrative");
        for (ImmutablePhaseResponsibilities.Builder twice : List.of(
                row(2).addCasusregie(Responsible.LEAD_PROFESSIONAL),
                row(2).addProcesregieLocal(Responsible.LOKALE_PROCESREGISSEUR, Responsible.LOKALE_PROCESREGISSEUR),
                row(2).addProcesregieAtHouse(Responsible.ZVH_PROCESREGISSEUR, Responsible.ZVH_PROCESREGISSEUR),
                row(2).addOperational(Responsible.INVOLVED_ORGANISATIONS),
                row(2).addAdministrative(Responsible.BURGEMEESTER))) {
            Throwable t = catchThrowableOfType(InvalidInputException.class, twice::build);
            assertThat(fields(t)).containsExactly("phase");
            assertThat(t).hasMessageContaining("listed twice");
        }
        PhaseResponsibilities full = row(3).addProcesregieLocal(Responsible.LOKALE_PROCESREGISSEUR)
                .addProcesregieAtHouse(Responsible.ZVH_PROCESREGISSEUR).build();
        assertThat(full.procesregieLocal()).containsExactly(Responsible.LOKALE_PROCESREGISSEUR);
    }
}
