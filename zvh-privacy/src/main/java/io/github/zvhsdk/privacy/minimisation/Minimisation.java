package io.github.zvhsdk.privacy.minimisation;

import io.github.zvhsdk.privacy.sharing.SharingDecision;
import java.util.Objects;

/**
 * {@code MINIMISE} (sharing.md): given a record whose fields are tagged with categories and a sharing decision, only
 * the fields the decision allows: after an allow, the fields of the decided category; after a DENY, nothing. A decision
 * is about one category; to pass several categories, decide each and minimise with each decision.
 *
 * <p>The result is a subset of the record, in the record's order. Pure. This class is thread-safe.
 */
public final class Minimisation {
    private Minimisation() {}

    /**
     * @param record the record; never null
     * @param decision the decision of the sharing check for this record's sharing; never null
     * @param <V> the value type
     * @return the fields of the decided category after an allow; an empty record after a DENY; never null
     * @throws NullPointerException when an argument is null
     */
    public static <V> TaggedRecord<V> minimise(TaggedRecord<V> record, SharingDecision decision) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(decision, "decision");
        if (!decision.isAllowed()) {
            return TaggedRecord.empty();
        }
        return new TaggedRecord<>(record.fields().stream()
                .filter(f -> f.category() == decision.facts().category()).toList());
    }
}
