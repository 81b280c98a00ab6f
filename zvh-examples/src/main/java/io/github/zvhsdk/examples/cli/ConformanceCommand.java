package io.github.zvhsdk.examples.cli;

import io.github.zvhsdk.examples.conformance.ConformanceRunner;
import io.github.zvhsdk.examples.conformance.VectorOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zvh conformance [DIR…]}: runs conformance vectors and prints one line per vector and a summary. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = {"Run conformance vectors (conformance/FORMAT.md) against this SDK.",
                "Without DIR, runs the vectors bundled with this build (an identical copy of the shared ones).",
                "Prints PASS <id> or FAIL <id>: <key> expected <x> got <y> per vector, then 'N passed, N failed'.",
                "A file that cannot be read or has a broken structure is a FAIL with its reason, never a skip."},
        footer = {"", "Exit codes: 0 when nothing failed, 1 when a vector failed."})
final class ConformanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders of *.json vectors, or single vector files.")
    List<Path> dirs = List.of();

    @Override
    public Integer call() {
        ConformanceRunner runner = ConformanceRunner.standard();
        List<VectorOutcome> outcomes = dirs.isEmpty()
                ? ConformanceRunner.bundledVectors().stream().map(runner::runFile).toList()
                : runner.runPaths(dirs);
        PrintWriter out = spec.commandLine().getOut();
        outcomes.forEach(o -> out.println(o.line()));
        out.println(ConformanceRunner.summary(outcomes));
        out.flush();
        return outcomes.stream().allMatch(VectorOutcome::passed) && !outcomes.isEmpty() ? 0 : Zvh.FAILED_CHECK;
    }
}
