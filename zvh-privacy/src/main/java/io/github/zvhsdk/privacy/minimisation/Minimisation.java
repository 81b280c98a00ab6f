package io.github.zvhsdk.privacy.minimisation;

import io.github.zvhsdk.privacy.sharing.SharingDecision;
import java.util.Objects;

/**
 * {@code MINIMISE} (sharing.md): given a record whose fields are tagged with categories and a sharing decision, only
 * the fields the decision allows: after an allow of personal data, the fields of the decided category; after a DENY,
 * nothing. A decision is about one category; to pass several categories, decide each and minimise with each decision.
 *
 * <p>A decision about aggregated data ({@code SHARE-NO-PERSONAL-DATA}) allows no field of a record: a tagged field is
 * one person's data, not an aggregate, and such a sharing would carry no processing-log record (LOG-RECORD writes none
 * for aggregated data) and pass personal data for a purpose that may allow none (sharing.md, properties 2 and 6).
 *
 * <p>The result is a subset of the record, in the record's order. Pure. This class is thread-safe.
 */
public final class Minimisation {
    private Minimisation() {}

    /**
     * @param record the record; never null
     * @param decision the decision of the sharing check for this record's sharing; never null
     * @param <V> the value type
     * @return the fields of the decided category after an allow of personal data; an empty record after a DENY or a
     *     decision about aggregated data; never null
     * @throws NullPointerException when an argument is null
     */
    public static <V> TaggedRecord<V> minimise(TaggedRecord<V> record, SharingDecision decision) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(decision, "decision");
        if (!decision.isAllowed() || !decision.concernsPersonalData()) {
            return TaggedRecord.empty();
        }
        return new TaggedRecord<>(record.fields().stream()
                .filter(f -> f.category() == decision.facts().category()).toList());
    }
}
