package io.github.zvhsdk.privacy.minimisation;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import java.util.HashSet;
import java.util.List;
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
    /**
     * Validates and copies the fields.
     *
     * @param fields the fields, names unique; never null, none null
     * @throws InvalidInputException naming the list or a field that is null (MODEL-REQUIRED), and every repeated
     *     field name (MINIMISE), all at once
     */
    public TaggedRecord {
        Violations v = Violations.named("TaggedRecord").requireNonNull(fields, "fields");
        v.throwIfAny();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            TaggedField<V> f = fields.get(i);
            v.requireNonNull(f, "fields[" + i + "]");
            if (f != null && !names.add(f.name())) {
                v.require(false, "fields[" + i + "].name", "MINIMISE", "duplicate field name: " + f.name());
            }
        }
        v.throwIfAny();
        fields = List.copyOf(fields);
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
