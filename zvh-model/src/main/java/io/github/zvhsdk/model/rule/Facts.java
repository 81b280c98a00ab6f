package io.github.zvhsdk.model.rule;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a set of {@link Fact}s: a fact that has no value is unknown. Refusal conditions read facts
 * through the three-valued accessors, so that an unknown fact yields {@link Tri#UNKNOWN}.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class Facts {
    private static final Fact<?>[] NO_FACTS = new Fact<?>[0];
    private static final Object[] NO_VALUES = new Object[0];
    private static final Facts EMPTY = new Facts(NO_FACTS, NO_VALUES, 0, 0L, null, null, null);
    /** The most overlays kept on a base; one more and with() copies them into a new base (bounded lookups). */
    private static final int MAX_DEPTH = 8;
    /** The value of an overlay that makes its fact unknown. */
    private static final Object UNSET = new Object();

    // The base: the known facts and their values, the first size entries of two arrays that are never written
    // after construction (a rule family's dozen facts: a linear search by identity beats hashing them).
    private final Fact<?>[] keys;
    private final Object[] values;
    private final int size;
    // the union of the base's facts' bits (Fact.bit): a fact whose bit is not in it is not in the base
    private final long mask;
    // Or one fact set on top of a parent: what with() builds, so that RefusalRule's search over the completions of
    // the unknown facts costs one small object per step instead of a copy. Null for a base.
    private final @Nullable Facts parent;
    private final @Nullable Fact<?> top;
    private final @Nullable Object topValue;
    private final int depth;

    private Facts(Fact<?>[] keys, Object[] values, int size, long mask, @Nullable Facts parent, @Nullable Fact<?> top,
            @Nullable Object topValue) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.mask = mask;
        this.parent = parent;
        this.top = top;
        this.topValue = topValue;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** @return facts of which nothing is known */
    public static Facts empty() {
        return EMPTY;
    }

    /**
     * @return a builder that sets many facts at once, without a copy per fact (for a rule family that builds the facts
     *     of every request)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets many facts at once. Not thread-safe: use one builder per set of facts; the {@link Facts} it builds are
     * immutable.
     */
    public static final class Builder {
        private Fact<?>[] keys = new Fact<?>[16];
        private Object[] values = new Object[16];
        private int size;
        // the union of the bits of the facts set (never cleared on removal: a filter may say "maybe")
        private long mask;
        // true once build() has handed the arrays to a Facts: a later with() copies them first
        private boolean shared;

        private Builder() {}

        /**
         * @param fact the fact; never null
         * @param value its value; null, or {@link Tri#UNKNOWN} for a tri fact, means unknown (then nothing is set)
         * @param <T> the value type
         * @return this
         * @throws IllegalArgumentException when the value is not one of the fact's definite values
         */
        public <T> Builder with(Fact<T> fact, @Nullable T value) {
            Objects.requireNonNull(fact, "fact");
            boolean unset = value == null || value == Tri.UNKNOWN;
            if (value != null && !unset) {
                requireValue(fact, value);
            }
            if (shared) {
                keys = keys.clone();
                values = values.clone();
                shared = false;
            }
            int i = (mask & fact.bit) == 0 ? -1 : indexOf(keys, size, fact);
            if (value == null || unset) {
                if (i >= 0) {
                    // keep the order of the rest: equal builders build equal arrays
                    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                    System.arraycopy(values, i + 1, values, i, size - i - 1);
                    size--;
                    keys[size] = null;
                    values[size] = null;
                }
            } else if (i >= 0) {
                values[i] = value;
            } else {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
                keys[size] = fact;
                values[size] = value;
                size++;
                mask |= fact.bit;
            }
            return this;
        }

        /** @return the facts set so far; never null */
        public Facts build() {
            if (size == 0) {
                return EMPTY;
            }
            shared = true;
            return new Facts(keys, values, size, mask, null, null, null);
        }
    }

    private static int indexOf(Fact<?>[] keys, int size, Fact<?> fact) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == fact) {
                return i;
            }
        }
        return -1;
    }

    private static void requireValue(Fact<?> fact, Object value) {
        if (!fact.hasValue(value)) {
            throw new IllegalArgumentException("not a value of " + fact.name() + ": " + value);
        }
    }

    /**
     * @param fact the fact; never null
     * @param value its value; null, or {@link Tri#UNKNOWN} for a tri fact, means unknown
     * @param <T> the value type
     * @return a copy with this fact set (or made unknown)
     * @throws IllegalArgumentException when the value is not one of the fact's definite values
     */
    public <T> Facts with(Fact<T> fact, @Nullable T value) {
        Objects.requireNonNull(fact, "fact");
        Object v = value == null || value == Tri.UNKNOWN ? UNSET : value;
        if (v != UNSET) {
            requireValue(fact, v);
        }
        if (depth < MAX_DEPTH) {
            return new Facts(NO_FACTS, NO_VALUES, 0, 0L, this, fact, v);
        }
        Builder b = new Builder();
        for (Map.Entry<Fact<?>, Object> e : flat().entrySet()) {
            set(b, e.getKey(), e.getValue());
        }
        return set(b, fact, v == UNSET ? null : v).build();
    }

    @SuppressWarnings("unchecked")
    private static <T> Builder set(Builder b, Fact<T> fact, @Nullable Object value) {
        return b.with(fact, (T) value);
    }

    /** The value of a fact, null when unknown: the overlays first, then the base. */
    private @Nullable Object value(Fact<?> fact) {
        Facts f = this;
        while (true) {
            Facts p = f.parent;
            if (p == null) {
                int i = (f.mask & fact.bit) == 0 ? -1 : indexOf(f.keys, f.size, fact);
                return i < 0 ? null : f.values[i];
            }
            if (fact == f.top) {
                return f.topValue == UNSET ? null : f.topValue;
            }
            f = p;
        }
    }

    /** @return every known fact with its value, overlays applied (for equals, hashCode and toString only) */
    private Map<Fact<?>, Object> flat() {
        Facts p = parent;
        Fact<?> t = top;
        Object tv = topValue;
        if (p == null || t == null || tv == null) {
            Map<Fact<?>, Object> m = new HashMap<>();
            for (int i = 0; i < size; i++) {
                m.put(keys[i], values[i]);
            }
            return m;
        }
        Map<Fact<?>, Object> m = p.flat();
        if (tv == UNSET) {
            m.remove(t);
        } else {
            m.put(t, tv);
        }
        return m;
    }

    /**
     * @param fact the fact; never null
     * @param <T> the value type
     * @return the value, or empty when unknown
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Fact<T> fact) {
        return Optional.ofNullable((T) value(fact));
    }

    /**
     * @param fact the fact; never null
     * @return true when the fact has a value
     */
    public boolean isKnown(Fact<?> fact) {
        return value(fact) != null;
    }

    /**
     * @param fact a three-valued fact; never null
     * @return its value, UNKNOWN when unknown
     */
    public Tri tri(Fact<Tri> fact) {
        Object v = value(fact);
        return v == null ? Tri.UNKNOWN : (Tri) v;
    }

    /**
     * "The fact is {@code value}", three-valued.
     *
     * @param fact the fact; never null
     * @param value the value compared with; never null
     * @param <T> the value type
     * @return UNKNOWN when the fact is unknown, else whether it equals {@code value}
     */
    public <T> Tri is(Fact<T> fact, T value) {
        Object v = value(fact);
        return v == null ? Tri.UNKNOWN : Tri.of(v.equals(value));
    }

    /**
     * "The fact is one of {@code values}", three-valued.
     *
     * @param fact the fact; never null
     * @param values the values compared with; never null
     * @param <T> the value type
     * @return UNKNOWN when the fact is unknown, else whether it is among {@code values}
     */
    public <T> Tri isAnyOf(Fact<T> fact, Collection<? extends T> values) {
        Object v = value(fact);
        return v == null ? Tri.UNKNOWN : Tri.of(values.contains(v));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts other && flat().equals(other.flat());
    }

    @Override
    public int hashCode() {
        return flat().hashCode();
    }

    /** @return the known facts by name; the values are enum tokens and tri-states, never personal data */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Facts{");
        flat().entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> x.name().compareTo(y.name())))
                .forEach(e -> b.append(b.length() > 6 ? ", " : "").append(e.getKey().name()).append('=').append(e.getValue()));
        return b.append('}').toString();
    }
}
