/**
 * {@code RETENTION} of sharing.md (rev. 2): the end of retention of a case's data
 * ({@link io.github.zvhsdk.privacy.retention.Retention}), the last day on which they may be processed. Under the WGS,
 * five years after the date of first processing, ended early by declining the case and extended by renewals
 * ({@link io.github.zvhsdk.privacy.retention.Renewal}; the ones not applied are listed with their
 * {@link io.github.zvhsdk.privacy.retention.RenewalReason}s); under a covenant, the closing date plus the configured
 * base term plus every recorded extension. The sharing check refuses every purpose after that end (rule
 * {@code SHARE-RETENTION}).
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.retention;

import org.jspecify.annotations.NullMarked;
