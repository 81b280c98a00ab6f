/**
 * The integral plan of approach of casework.md: is this plan complete? The entry point is
 * {@link io.github.zvhsdk.rules.plan.PlanCheck#check}, a pure function from
 * {@link io.github.zvhsdk.rules.plan.PlanFacts} (with its {@link io.github.zvhsdk.rules.plan.PlanOfApproach}) and a
 * reference date to a {@link io.github.zvhsdk.rules.plan.PlanDecision} that lists every violated {@code PLAN-*} rule
 * with a readable detail per violation.
 */
@NullMarked
package io.github.zvhsdk.rules.plan;

import org.jspecify.annotations.NullMarked;
