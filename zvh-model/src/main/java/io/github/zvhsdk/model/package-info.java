/**
 * The immutable model of the ZVH framework (spec/model.md): identifiers ({@link io.github.zvhsdk.model.PersonId},
 * {@link io.github.zvhsdk.model.Bsn}, …), persons and their systems, areas, partners, houses, cases, and the enums of
 * the framework, each constant with its Dutch label.
 *
 * <p>Every value is validated when built (a value that exists is valid) and refuses bad input with one
 * {@link io.github.zvhsdk.model.InvalidInputException} listing every {@link io.github.zvhsdk.model.Violation}.
 * No {@code toString} and no message shows a BSN, a name or a date of birth. All types are immutable and
 * thread-safe; methods never accept or return null unless their Javadoc says so.
 */
@NullMarked
@ZvhStyle
package io.github.zvhsdk.model;

import org.jspecify.annotations.NullMarked;
