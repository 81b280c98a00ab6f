package io.github.zvhsdk.privacy.minimisation;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violations;
import io.github.zvhsdk.privacy.sharing.DataCategory;

/**
 * One field of a record, tagged with the category of data it holds. Its {@link #toString()} never shows the value
 * (which may be personal data, a BSN among them).
 *
 * <p>This type is immutable, and thread-safe when the value is.
 *
 * @param name the field's name, unique within its record; never null or empty
 * @param category the category of data the field holds; never null
 * @param value the field's value; never null
 * @param <V> the value type
 */
public record TaggedField<V>(String name, DataCategory category, V value) {
    /**
     * Validates the components.
     *
     * @param name the field's name; never null or empty
     * @param category the category of data the field holds; never null
     * @param value the field's value; never null
     * @throws InvalidInputException naming every component that is null (MODEL-REQUIRED) or an empty name (MINIMISE)
     */
    public TaggedField {
        Violations.named("TaggedField")
                .requireNonNull(name, "name")
                .requireNonNull(category, "category")
                .requireNonNull(value, "value")
                .require(name == null || !name.isEmpty(), "name", "MINIMISE", "a field name must not be empty")
                .throwIfAny();
    }

    /** @return the name and category, never the value */
    @Override
    public String toString() {
        return name + "[" + category + "]";
    }
}
