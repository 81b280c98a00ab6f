/**
 * {@code RETENTION} of sharing.md: the end of retention of a closed case's data
 * ({@link io.github.zvhsdk.privacy.retention.Retention}), from the closing date, the configured base term and every
 * recorded extension. The sharing check refuses every purpose from that end on (rule {@code SHARE-RETENTION}).
 *
 * <p>All types are thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.retention;

import org.jspecify.annotations.NullMarked;
