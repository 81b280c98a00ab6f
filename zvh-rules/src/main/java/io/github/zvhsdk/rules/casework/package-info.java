/**
 * The case lifecycle of casework.md: may this case take this step now? The entry point is
 * {@link io.github.zvhsdk.rules.casework.Lifecycle#transition}, a pure function from
 * {@link io.github.zvhsdk.rules.casework.TransitionFacts}, a {@link io.github.zvhsdk.rules.casework.TransitionConfig}
 * (the WGS date) and a reference date to a {@link io.github.zvhsdk.rules.casework.TransitionDecision}, which says, for
 * an allowed step under the WGS, what it means for the case's data ({@link io.github.zvhsdk.rules.casework.DataAction}).
 * Its rules ({@code CASE-*}) are evaluated fail-closed with the model's shared
 * {@link io.github.zvhsdk.model.rule.RefusalRule}, the same mechanism as the sharing check.
 */
@NullMarked
package io.github.zvhsdk.rules.casework;

import org.jspecify.annotations.NullMarked;
