/**
 * {@code MINIMISE} of sharing.md: only the fields of a category-tagged record that a sharing decision allows
 * ({@link io.github.zvhsdk.privacy.minimisation.Minimisation#minimise}); after a DENY, nothing.
 *
 * <p>All types are immutable and thread-safe (when their values are).
 */
@NullMarked
package io.github.zvhsdk.privacy.minimisation;

import org.jspecify.annotations.NullMarked;
