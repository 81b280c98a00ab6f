package io.github.zvhsdk.examples.cli;

import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.model.rule.FrameworkDates;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zvh generate <kind> --count N --seed S [--as-of DATE]}: a seeded synthetic caseload as NDJSON facts. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a seeded synthetic caseload: one facts object per line (NDJSON), for zvh batch.",
                "The same seed gives the same file. The cases are synthetic and describe nobody."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "intake, escalation, regie, sharing, transition or plan.")
    String kind;

    @Option(names = "--count", required = true, description = "How many cases (≥ 0).")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "The seed (default 1).")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2025-06-01",
            description = {"The reference date the caseload is made for (default 2025-06-01): no case date lies after it,",
                "so zvh batch decides every line with --as-of this date or a later one. Sharing requests of WGS cases get",
                "renewals of their retention only from about 2029 on."})
    LocalDate asOf;

    @Override
    public Integer call() {
        if (!CaseloadGenerator.KINDS.contains(kind)) {
            throw new Zvh.UserError("unknown decision kind \"" + kind + "\"; one of " + String.join(", ", CaseloadGenerator.KINDS));
        }
        if (count < 0) {
            throw new Zvh.UserError("--count must be 0 or more");
        }
        if (asOf.isBefore(FrameworkDates.FRAMEWORK_START)) {
            throw new Zvh.UserError("--as-of " + asOf + " is before " + FrameworkDates.FRAMEWORK_START);
        }
        CaseloadGenerator g = CaseloadGenerator.of(kind, seed, asOf);
        PrintWriter out = spec.commandLine().getOut();
        for (long i = 0; i < count; i++) {
            out.write(g.next().toString());
            out.write('\n');
        }
        out.flush();
        return 0;
    }
}
