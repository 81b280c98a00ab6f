/**
 * Small runnable examples a vendor copies from: {@link io.github.zvhsdk.examples.embedding.OneCase} (intake, escalation
 * and regie for one case in plain Java), {@link io.github.zvhsdk.examples.embedding.GuardedRepository} (the sharing
 * check in front of a repository method: minimise, log, or return nothing and say why) and
 * {@link io.github.zvhsdk.examples.embedding.CaseloadRun} (a generated caseload through the intake decision, outcomes
 * counted). Each has a {@code main} and a method a test checks. All data is fictitious.
 */
@NullMarked
package io.github.zvhsdk.examples.embedding;

import org.jspecify.annotations.NullMarked;
