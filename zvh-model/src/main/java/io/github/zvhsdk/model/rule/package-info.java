/**
 * The rule mechanics every rule family shares: three-valued logic ({@link io.github.zvhsdk.model.rule.Tri}), rule
 * results with their missing facts ({@link io.github.zvhsdk.model.rule.RuleResult}), citations of the sources
 * ({@link io.github.zvhsdk.model.rule.Citation}), and the fail-closed evaluation of refusal rules with missing facts
 * per refusing rule ({@link io.github.zvhsdk.model.rule.RefusalRule} over {@link io.github.zvhsdk.model.rule.Facts}).
 *
 * <p>All types are immutable and thread-safe.
 */
@NullMarked
package io.github.zvhsdk.model.rule;

import org.jspecify.annotations.NullMarked;
