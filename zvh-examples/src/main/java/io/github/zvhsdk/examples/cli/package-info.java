/**
 * The {@code zvh} command line (picocli): {@code conformance}, {@code evaluate} and the walkthrough. Packaged as the
 * runnable jar {@code zvh-examples/target/zvh.jar}.
 */
package io.github.zvhsdk.examples.cli;
