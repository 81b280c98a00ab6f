package io.github.zvhsdk.privacy.minimisation;

import io.github.zvhsdk.privacy.sharing.DataCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record whose fields are tagged with categories of data. Its {@link #toString()} shows the field names and
 * categories, never the values.
 *
 * <p>This type is immutable, and thread-safe when the values are.
 *
 * @param fields the fields, names unique; never null, none null
 * @param <V> the value type
 */
public record TaggedRecord<V>(List<TaggedField<V>> fields) {
    /** Validates and copies the fields. */
    public TaggedRecord {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        Set<String> names = new HashSet<>();
        for (TaggedField<V> f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("duplicate field name: " + f.name());
            }
        }
    }

    /**
     * @param <V> the value type
     * @return a record without fields
     */
    public static <V> TaggedRecord<V> empty() {
        return new TaggedRecord<>(List.of());
    }

    /** @return the categories of the fields; never null */
    public Set<DataCategory> categories() {
        return fields.stream().map(TaggedField::category).collect(Collectors.toSet());
    }

    /** @return the field names and categories, never the values */
    @Override
    public String toString() {
        return "TaggedRecord" + fields;
    }
}
