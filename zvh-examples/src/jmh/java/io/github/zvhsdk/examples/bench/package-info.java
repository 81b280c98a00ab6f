/**
 * The JMH benchmarks (zvh-examples/BENCHMARKS.md) and their peers: the intake decision as a DMN 1.3 model in
 * Camunda DMN, and a hand-written baseline. Compiled with the command line but shipped only in
 * {@code target/benchmarks.jar}, never in {@code zvh.jar}.
 */
package io.github.zvhsdk.examples.bench;
