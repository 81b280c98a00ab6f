package io.github.zvhsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.zvhsdk.model.Domain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What intake's and escalation's package-private {@code DomainSet} promise, checked through their factory: an
 * unmodifiable copy in {@link Domain} order that contains exactly the domains given, and the same instance back when
 * given one.
 */
public final class DomainSetContract {
    private DomainSetContract() {}

    /** @param copy the factory ({@code DomainSet::of}, {@code DomainSet::copyOf}) */
    public static void containsExactlyTheDomainsGiven(Function<Collection<Domain>, Set<Domain>> copy) {
        Domain[] all = Domain.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            List<Domain> given = new ArrayList<>();
            // reversed and with a duplicate: the copy is in Domain order, each once
            for (int i = all.length - 1; i >= 0; i--) {
                if ((mask & 1 << i) != 0) {
                    given.add(all[i]);
                    given.add(all[i]);
                }
            }
            Set<Domain> s = copy.apply(given);
            EnumSet<Domain> expected = given.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(given);
            assertThat(s).hasSize(expected.size()).containsExactlyElementsOf(expected).isEqualTo(expected);
            for (Domain d : all) {
                assertThat(s.contains(d)).as("%s in %s", d, expected).isEqualTo(expected.contains(d));
            }
            assertThat(s.contains(null)).isFalse();
        }
    }

    /** @param copy the factory */
    public static void sharedAndUnmodifiable(Function<Collection<Domain>, Set<Domain>> copy) {
        List<Domain> source = new ArrayList<>(List.of(Domain.ZORG));
        Set<Domain> s = copy.apply(source);
        source.add(Domain.STRAF);
        assertThat(s).containsExactly(Domain.ZORG);
        assertThat(copy.apply(s)).isSameAs(s);
        assertThatThrownBy(() -> s.add(Domain.STRAF)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    }
}
