/** Seeded synthetic caseloads for trying {@code zvh batch} and for the benchmarks. */
@NullMarked
package io.github.zvhsdk.examples.caseload;

import org.jspecify.annotations.NullMarked;
