/** Seeded synthetic caseloads for trying {@code zvh batch} and for the benchmarks. */
package io.github.zvhsdk.examples.caseload;
