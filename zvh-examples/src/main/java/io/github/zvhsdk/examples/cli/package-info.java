/**
 * The {@code zvh} command line (picocli): {@code demo} (the walkthrough), {@code conformance}, {@code evaluate},
 * {@code batch}, {@code generate} and {@code schema}. Packaged as the runnable jar {@code zvh-examples/target/zvh.jar}.
 */
@NullMarked
package io.github.zvhsdk.examples.cli;

import org.jspecify.annotations.NullMarked;
