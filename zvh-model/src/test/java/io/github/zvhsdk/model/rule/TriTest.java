package io.github.zvhsdk.model.rule;

import static io.github.zvhsdk.model.rule.Tri.FALSE;
import static io.github.zvhsdk.model.rule.Tri.TRUE;
import static io.github.zvhsdk.model.rule.Tri.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tri: Kleene three-valued logic, exhaustively")
class TriTest {

    /** An independent model: a tri-state as the set of truth values it may still take. */
    private static Set<Boolean> possible(Tri t) {
        return switch (t) {
            case TRUE -> Set.of(true);
            case FALSE -> Set.of(false);
            case UNKNOWN -> Set.of(true, false);
        };
    }

    private static Tri fromPossible(Set<Boolean> s) {
        return s.size() == 2 ? UNKNOWN : Tri.of(s.contains(true));
    }

    private static Tri lift(Tri a, Tri b, java.util.function.BinaryOperator<Boolean> op) {
        Set<Boolean> out = new java.util.HashSet<>();
        for (boolean x : possible(a)) {
            for (boolean y : possible(b)) {
                out.add(op.apply(x, y));
            }
        }
        return fromPossible(out);
    }

    @Test
    @DisplayName("and: all 9 pairs agree with the possible-worlds semantics")
    void andAllPairs() {
        int checked = 0;
        for (Tri a : Tri.values()) {
            for (Tri b : Tri.values()) {
                assertThat(a.and(b)).as("%s and %s", a, b).isEqualTo(lift(a, b, (x, y) -> x && y));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    @DisplayName("or: all 9 pairs agree with the possible-worlds semantics")
    void orAllPairs() {
        for (Tri a : Tri.values()) {
            for (Tri b : Tri.values()) {
                assertThat(a.or(b)).as("%s or %s", a, b).isEqualTo(lift(a, b, (x, y) -> x || y));
            }
        }
    }

    @Test
    @DisplayName("the truth tables as written in intake.md")
    void truthTables() {
        assertThat(FALSE.and(UNKNOWN)).isEqualTo(FALSE);
        assertThat(UNKNOWN.and(TRUE)).isEqualTo(UNKNOWN);
        assertThat(TRUE.or(UNKNOWN)).isEqualTo(TRUE);
        assertThat(UNKNOWN.or(FALSE)).isEqualTo(UNKNOWN);
        assertThat(TRUE.not()).isEqualTo(FALSE);
        assertThat(FALSE.not()).isEqualTo(TRUE);
        assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
    }

    @Test
    @DisplayName("De Morgan holds for all 9 pairs, both laws; double negation for all 3")
    void deMorgan() {
        for (Tri a : Tri.values()) {
            assertThat(a.not().not()).isEqualTo(a);
            for (Tri b : Tri.values()) {
                assertThat(a.and(b).not()).isEqualTo(a.not().or(b.not()));
                assertThat(a.or(b).not()).isEqualTo(a.not().and(b.not()));
                assertThat(a.and(b)).isEqualTo(b.and(a));
                assertThat(a.or(b)).isEqualTo(b.or(a));
            }
        }
    }

    @Test
    @DisplayName("all/any fold and/or over every sequence of length 0 to 3")
    void allAny() {
        assertThat(Tri.all()).isEqualTo(TRUE);
        assertThat(Tri.any()).isEqualTo(FALSE);
        List<Tri[]> seqs = new ArrayList<>();
        for (Tri a : Tri.values()) {
            for (Tri b : Tri.values()) {
                for (Tri c : Tri.values()) {
                    seqs.add(new Tri[] {a, b, c});
                }
            }
        }
        for (Tri[] s : seqs) {
            assertThat(Tri.all(s)).isEqualTo(s[0].and(s[1]).and(s[2]));
            assertThat(Tri.any(s)).isEqualTo(s[0].or(s[1]).or(s[2]));
        }
    }

    @Test
    @DisplayName("atLeast is the three-valued count of intake.md, for every n, k, u up to 12")
    void atLeast() {
        for (int n = 0; n <= 12; n++) {
            for (int k = 0; k <= 12; k++) {
                for (int u = 0; k + u <= 12; u++) {
                    Tri expected = k >= n ? TRUE : (k + u < n ? FALSE : UNKNOWN);
                    assertThat(Tri.atLeast(n, k, u)).isEqualTo(expected);
                }
            }
        }
        assertThatThrownBy(() -> Tri.atLeast(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("predicates and labels")
    void predicates() {
        assertThat(TRUE.isTrue()).isTrue();
        assertThat(UNKNOWN.isKnown()).isFalse();
        assertThat(FALSE.isFalse()).isTrue();
        assertThat(UNKNOWN.labelNl()).isEqualTo("onbekend");
    }
}
