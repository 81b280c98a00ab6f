package io.github.zvhsdk.model.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A named fact a rule reads, with the finite list of definite values it can take. Used by {@link RefusalRule} to
 * decide which unknown facts are missing: a fact's unknown state is not one of its values.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param <T> the type of the fact's values
 */
public final class Fact<T> {
    private final String name;
    private final List<T> values;
    // the enum of an ofEnum fact, whose every constant is a value: a value check without a search of the list
    private final @Nullable Class<?> enumType;
    // one of 64 bits, from the name: Facts keeps the union of its facts' bits, so that most lookups of a fact it does
    // not hold end without a search (a filter only: two facts may share a bit)
    final long bit;

    private Fact(String name, List<T> values, @Nullable Class<?> enumType) {
        this.name = Objects.requireNonNull(name, "name");
        this.values = List.copyOf(values);
        this.enumType = enumType;
        this.bit = 1L << (name.hashCode() & 63);
        if (this.values.size() < 2) {
            throw new IllegalArgumentException("a fact needs at least two definite values: " + name);
        }
    }

    /**
     * @param name the fact's spec name, e.g. {@code recipient.participant}; never null
     * @param values its definite values, at least two; never null
     * @param <T> the value type
     * @return the fact
     */
    public static <T> Fact<T> of(String name, List<T> values) {
        return new Fact<>(name, values, null);
    }

    /**
     * @param name the fact's spec name; never null
     * @return a three-valued fact whose definite values are TRUE and FALSE
     */
    public static Fact<Tri> tri(String name) {
        return new Fact<>(name, List.of(Tri.TRUE, Tri.FALSE), null);
    }

    /**
     * @param name the fact's spec name; never null
     * @param type the enum whose constants are the definite values; never null
     * @param <E> the enum type
     * @return a fact whose definite values are the enum's constants
     */
    public static <E extends Enum<E>> Fact<E> ofEnum(String name, Class<E> type) {
        return new Fact<>(name, Arrays.asList(type.getEnumConstants()), type);
    }

    /** @return the fact's spec name; never null */
    public String name() {
        return name;
    }

    /** @return the definite values; never null, at least two */
    public List<T> values() {
        return values;
    }

    /** @return true when {@code value} is one of the definite values */
    boolean hasValue(Object value) {
        if (enumType != null && value.getClass() == enumType) {
            return true;
        }
        if (value instanceof Tri) {
            // a tri fact's values are TRUE and FALSE, in that order (no list search for the commonest facts)
            return values.size() == 2 && values.get(0) == Tri.TRUE && values.get(1) == Tri.FALSE
                    ? value != Tri.UNKNOWN : values.contains(value);
        }
        return values.contains(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
