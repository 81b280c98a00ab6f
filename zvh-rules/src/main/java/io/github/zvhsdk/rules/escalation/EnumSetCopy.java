package io.github.zvhsdk.rules.escalation;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable copy of a set of enum constants, in declaration order: what {@link EscalationFacts#domainsInvolved()},
 * {@link EscalationFacts#themes()} and {@link EscalationConfig#houseThemes()} hold once built, so that a caller's later
 * change to its own set never changes the facts or the configuration.
 *
 * @param <E> the enum type
 */
final class EnumSetCopy<E extends Enum<E>> extends AbstractSet<E> {
    private final Set<E> values;

    private EnumSetCopy(Class<E> type, Collection<E> values) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        this.values = Collections.unmodifiableSet(copy);
    }

    /**
     * @param type the enum type; never null
     * @param values the constants, no null element; never null
     * @return {@code values} itself when it is already such a copy, else an unmodifiable copy
     */
    static <E extends Enum<E>> Set<E> copyOf(Class<E> type, Collection<E> values) {
        return values instanceof EnumSetCopy<E> c ? c : new EnumSetCopy<>(type, values);
    }

    @Override
    public Iterator<E> iterator() {
        return values.iterator();
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public boolean contains(Object o) {
        return values.contains(o);
    }
}
