package io.github.zvhsdk.model.rule;

import java.util.Collection;
import java.util.Collections;
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
    private static final Facts EMPTY = new Facts(Map.of());

    private final Map<Fact<?>, Object> known;

    private Facts(Map<Fact<?>, Object> known) {
        this.known = known;
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
        private final Map<Fact<?>, Object> known = new HashMap<>();

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
            if (value == null || value == Tri.UNKNOWN) {
                known.remove(fact);
            } else {
                if (!fact.values().contains(value)) {
                    throw new IllegalArgumentException("not a value of " + fact.name() + ": " + value);
                }
                known.put(fact, value);
            }
            return this;
        }

        /** @return the facts set so far; never null */
        public Facts build() {
            return known.isEmpty() ? EMPTY : new Facts(Collections.unmodifiableMap(new HashMap<>(known)));
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
        Map<Fact<?>, Object> copy = new HashMap<>(known);
        if (value == null || value == Tri.UNKNOWN) {
            copy.remove(fact);
        } else {
            if (!fact.values().contains(value)) {
                throw new IllegalArgumentException("not a value of " + fact.name() + ": " + value);
            }
            copy.put(fact, value);
        }
        // the copy is private to the new instance and never changed again: no second copy needed
        return new Facts(Collections.unmodifiableMap(copy));
    }

    /**
     * @param fact the fact; never null
     * @param <T> the value type
     * @return the value, or empty when unknown
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Fact<T> fact) {
        return Optional.ofNullable((T) known.get(fact));
    }

    /**
     * @param fact the fact; never null
     * @return true when the fact has a value
     */
    public boolean isKnown(Fact<?> fact) {
        return known.containsKey(fact);
    }

    /**
     * @param fact a three-valued fact; never null
     * @return its value, UNKNOWN when unknown
     */
    public Tri tri(Fact<Tri> fact) {
        Object v = known.get(fact);
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
        Object v = known.get(fact);
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
        Object v = known.get(fact);
        return v == null ? Tri.UNKNOWN : Tri.of(values.contains(v));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts other && known.equals(other.known);
    }

    @Override
    public int hashCode() {
        return known.hashCode();
    }

    /** @return the known facts by name; the values are enum tokens and tri-states, never personal data */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Facts{");
        known.entrySet().stream().sorted(Map.Entry.comparingByKey((x, y) -> x.name().compareTo(y.name())))
                .forEach(e -> b.append(b.length() > 6 ? ", " : "").append(e.getKey().name()).append('=').append(e.getValue()));
        return b.append('}').toString();
    }
}
