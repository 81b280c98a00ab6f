/**
 * Regie (spec/regie.md): who holds regie op samenwerking ({@code REGIE-SAMENWERKING}), procesregie
 * ({@code REGIE-PROCES}) and casusregie ({@code REGIE-CASUS}: an ordered reference policy a region replaces as a
 * whole, with {@code CASUS-AREA} for cases without an identified subject and {@code REGIE-SYSTEM}, "one family, one
 * plan, one regisseur"), and which statutory roles stay with their own partner.
 *
 * <p>Entry point: {@link io.github.zvhsdk.rules.regie.Regie#decide}. Regie reads definite facts only (no
 * tri-states): a regie question asked while the AVE phase is still a range is answered per phase by the caller. All
 * types are immutable and thread-safe; methods never accept or return null unless their Javadoc says so.
 */
@NullMarked
@ZvhStyle
package io.github.zvhsdk.rules.regie;

import io.github.zvhsdk.model.ZvhStyle;
import org.jspecify.annotations.NullMarked;
