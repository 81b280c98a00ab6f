/**
 * The purpose-bound data-sharing check of sharing.md ({@link io.github.zvhsdk.privacy.sharing.SharingCheck}): may this
 * provider give this category of data about this person to this recipient, for this purpose, on this date? The facts
 * ({@link io.github.zvhsdk.privacy.sharing.SharingFacts}) are read strictly from JSON with the spec's names; the
 * decision ({@link io.github.zvhsdk.privacy.sharing.SharingDecision}) carries the outcome, regime and basis, every
 * refusing rule, the conditions, the missing facts, each rule's result with its citations, {@code asOf} and the
 * configuration's identity, and explains itself in Dutch or English.
 *
 * <p>The check fails closed: every SHARE-* rule is evaluated three-valued with the model's
 * {@link io.github.zvhsdk.model.rule.RefusalRule} and refuses when its condition is TRUE or UNKNOWN; an unknown fact
 * never helps a request.
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.sharing;

import org.jspecify.annotations.NullMarked;
