/**
 * The conformance runner: runs the language-neutral vectors of conformance/FORMAT.md against this SDK, one
 * {@link io.github.zvhsdk.examples.conformance.DecisionKind} per decision, and the JSON adapters the {@code zvh} command
 * line uses to evaluate facts.
 */
@NullMarked
package io.github.zvhsdk.examples.conformance;

import org.jspecify.annotations.NullMarked;
