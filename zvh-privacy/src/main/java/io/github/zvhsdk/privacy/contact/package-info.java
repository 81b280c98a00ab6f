/**
 * {@code DSAR-CONTACTPUNT} of sharing.md: a data subject's request to the house's contact point counts as received by
 * every joint controller on the date of receipt (SRC-BGS art. 1.1): under the WGS the public participants only
 * (SRC-WGS art. 2.27 lid 3), under a covenant every party to it; with the answer deadlines of SRC-AVG art. 12(3)
 * ({@link io.github.zvhsdk.privacy.contact.ContactPoint#receive}).
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.privacy.contact;

import org.jspecify.annotations.NullMarked;
