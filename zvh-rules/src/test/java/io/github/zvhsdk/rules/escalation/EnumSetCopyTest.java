package io.github.zvhsdk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.Domain;
import io.github.zvhsdk.model.Theme;
import io.github.zvhsdk.rules.DomainSetContract;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("escalation.EnumSetCopy: an unmodifiable copy in declaration order, shared when already one")
class EnumSetCopyTest {
    @Test
    @DisplayName("contains exactly the domains given, for every subset of Domain")
    void containsExactlyTheDomainsGiven() {
        DomainSetContract.containsExactlyTheDomainsGiven(c -> EnumSetCopy.copyOf(Domain.class, c));
    }

    @Test
    @DisplayName("a copy is shared, not copied; other collections are copied and cannot be changed")
    void sharedAndUnmodifiable() {
        DomainSetContract.sharedAndUnmodifiable(c -> EnumSetCopy.copyOf(Domain.class, c));
    }

    @Test
    @DisplayName("themes: every subset of Theme, in Theme order, unmodifiable, and the facts and configuration keep a copy")
    void themes() {
        Theme[] all = Theme.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            List<Theme> given = new ArrayList<>();
            for (int i = all.length - 1; i >= 0; i--) {
                if ((mask & 1 << i) != 0) {
                    given.add(all[i]);
                }
            }
            Set<Theme> s = EnumSetCopy.copyOf(Theme.class, given);
            EnumSet<Theme> expected = EnumSet.noneOf(Theme.class);
            expected.addAll(given);
            assertThat(s).containsExactlyElementsOf(expected).isEqualTo(expected);
        }
        Set<Theme> mine = EnumSet.of(Theme.JEUGD);
        EscalationFacts f = EscalationFacts.builder().themes(mine).build();
        EscalationConfig c = EscalationConfig.builder().houseThemes(mine).build();
        mine.add(Theme.VEELPLEGER);
        assertThat(f.themes()).contains(EnumSet.of(Theme.JEUGD));
        assertThat(c.houseThemes()).contains(EnumSet.of(Theme.JEUGD));
        assertThatThrownBy(() -> f.themes().orElseThrow().add(Theme.MENSENHANDEL))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.houseThemes().orElseThrow().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
