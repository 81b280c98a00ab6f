package io.github.zvhsdk.model;

import static io.github.zvhsdk.model.CaseStatus.ADMITTED;
import static io.github.zvhsdk.model.CaseStatus.CLOSED;
import static io.github.zvhsdk.model.CaseStatus.DECLINED;
import static io.github.zvhsdk.model.CaseStatus.HANDED_OVER;
import static io.github.zvhsdk.model.CaseStatus.REGISTERED;
import static io.github.zvhsdk.model.CaseStatus.SCREENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("case status: transitions only go forward (model.md)")
class CaseStatusTest {
    private static final java.util.List<CaseStatus> ORDER = java.util.List.of(REGISTERED, SCREENING, ADMITTED, DECLINED, CLOSED, HANDED_OVER);
    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            REGISTERED, Set.of(SCREENING, ADMITTED, DECLINED, HANDED_OVER), // ADMITTED: Top-X placement (rev. 2)
            SCREENING, Set.of(ADMITTED, DECLINED, HANDED_OVER),
            ADMITTED, Set.of(CLOSED, HANDED_OVER),
            DECLINED, Set.of(),
            CLOSED, Set.of(),
            HANDED_OVER, Set.of());

    @Test
    @DisplayName("all 36 pairs: exactly the model's steps are allowed, through Case.moveTo too")
    void allPairs() {
        Case base = Fixtures.aCase();
        int allowed = 0;
        int refused = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
                Case c = Case.builder().from(base).status(from)
                        .endedOn(from.isFinal() ? java.util.Optional.of(LocalDate.of(2025, 6, 1)) : java.util.Optional.empty())
                        .build();
                if (expected) {
                    Case moved = c.moveTo(to, LocalDate.of(2025, 7, 1));
                    assertThat(moved.status()).isEqualTo(to);
                    assertThat(moved.endedOn().isPresent()).isEqualTo(to.isFinal());
                    allowed++;
                } else {
                    assertThatThrownBy(() -> c.moveTo(to, LocalDate.of(2025, 7, 1)))
                            .isInstanceOf(InvalidInputException.class).hasMessageContaining("MODEL-CASE-STATUS");
                    refused++;
                }
            }
        }
        assertThat(allowed).isEqualTo(9);
        assertThat(refused).isEqualTo(27);
    }

    @Test
    @DisplayName("no sequence of steps returns to an earlier status; DECLINED, CLOSED and HANDED_OVER are final")
    void forwardOnly() {
        for (CaseStatus s : CaseStatus.values()) {
            for (CaseStatus n : s.next()) {
                assertThat(ORDER.indexOf(n)).isGreaterThan(ORDER.indexOf(s));
            }
        }
        assertThat(DECLINED.isFinal()).isTrue();
        assertThat(CLOSED.isFinal()).isTrue();
        assertThat(HANDED_OVER.isFinal()).isTrue();
        assertThat(ADMITTED.isFinal()).isFalse();
    }

    @Test
    @DisplayName("a step dated before the registration is refused")
    void stepDate() {
        assertThatThrownBy(() -> Fixtures.aCase().moveTo(CLOSED, LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("MODEL-CASE-DATES");
    }
}
