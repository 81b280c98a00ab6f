/**
 * Intake (spec/intake.md): does a case belong in a Zorg- en Veiligheidshuis?
 *
 * <p>Two national tests exist and the reference date decides which one governs (rule {@code INTAKE-REGIME}):
 * before the WGS date (default 2025-03-01) the landelijk kader's definition of complex problematiek
 * ({@code LK2013-A..D}, SRC-LK2013 §4.2, read in one of two {@link io.github.zvhsdk.rules.intake.ComplexityReading
 * readings}); from that date the WGS registration criteria a–d ({@code WGS-A..D}), an identified subject
 * ({@code WGS-SUBJECT}) and the house's own additional criteria ({@code WGS-REGIONAL}).
 *
 * <p>The entry point is {@link io.github.zvhsdk.rules.intake.Intake#assess}: a pure function from
 * {@link io.github.zvhsdk.rules.intake.IntakeFacts}, {@link io.github.zvhsdk.rules.intake.IntakeConfig} and a
 * reference date to an {@link io.github.zvhsdk.rules.intake.IntakeDecision}. Evaluation is three-valued (Kleene);
 * an undecided outcome names exactly the facts that could settle it. Both tests are also offered on their own
 * ({@link io.github.zvhsdk.rules.intake.Intake#complexity}, {@link io.github.zvhsdk.rules.intake.Intake#wgs}).
 *
 * <p>All public types are immutable and thread-safe; methods never accept or return null unless their Javadoc
 * says so.
 */
@NullMarked
@ZvhStyle
package io.github.zvhsdk.rules.intake;

import io.github.zvhsdk.model.ZvhStyle;
import org.jspecify.annotations.NullMarked;
