package io.github.zvhsdk.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zvh batch <kind> [FILE|-]}: NDJSON facts in, NDJSON decisions out, one per line, streaming in constant memory.
 * A line that cannot be read or is refused yields an error object on that line, with its line number, and the run goes
 * on. A summary (and, on a terminal or with {@code --progress}, a progress indication) goes to standard error.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evaluate a caseload: one facts object per input line (NDJSON), one decision per output line.",
                "A bad line gives {\"line\":N,\"error\":{...}} on its output line and the run goes on.",
                "A summary goes to standard error."},
        footer = {"", "Exit codes: 0 when every line was decided, 2 when some line was refused or unreadable."})
final class BatchCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 100_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "intake, escalation, regie, sharing, transition or plan.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "NDJSON facts; '-' or absent reads standard input.")
    @Nullable String file;

    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The reference date for every line (ISO-8601).")
    LocalDate asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "The kind's configuration as JSON, for every line ('zvh schema config KIND'; for"
            + " intake also the house's regionalCriteria).")
    @Nullable Path config;

    @Option(names = "--progress", description = "Report progress on standard error even when it is not a terminal.")
    boolean progress;

    @Override
    @SuppressWarnings("SystemConsoleNull") // on JDK 17 console() is null when not a terminal: exactly what we test
    public Integer call() throws IOException {
        DecisionKind k = DecisionKinds.byName(kind).orElseThrow(() -> new Zvh.UserError("unknown decision kind \"" + kind
                + "\"; implemented: " + DecisionKinds.all().stream().map(DecisionKind::name).collect(Collectors.joining(", "))));
        JsonNode cfg = JsonNodeFactory.instance.objectNode();
        if (config != null) {
            try {
                cfg = ZvhJson.readTree(Files.readString(config, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                throw new Zvh.UserError("cannot read " + config.getFileName() + ": no such file");
            } catch (InvalidInputException e) {
                throw new Zvh.UserError(config.getFileName() + ": " + Zvh.describe(e));
            }
        }
        BufferedReader in;
        if (file == null || file.equals("-")) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        } else {
            try {
                in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new Zvh.UserError("cannot read " + Path.of(file).getFileName() + ": no such file");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress || System.console() != null;
        Writer outWriter = spec.commandLine().getOut();
        long lines = 0;
        long decided = 0;
        long errors = 0;
        long start = System.nanoTime();
        // one generator streams every result straight into the output: no intermediate String per line
        // (UTF-8 bytes straight to standard output when it is the process's own; else through picocli's writer)
        ObjectMapper mapper = ZvhJson.mapperCopy();
        JsonGenerator created = outWriter instanceof Zvh.StreamWriter sw
                ? mapper.getFactory().createGenerator(sw.stream(), JsonEncoding.UTF8)
                : mapper.getFactory().createGenerator(outWriter);
        try (BufferedReader reader = in;
                JsonGenerator gen = created.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).setRootValueSeparator(null)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    k.evaluate(line, cfg, asOf, gen);
                    decided++;
                } catch (InvalidInputException e) {
                    errors++;
                    mapper.writeTree(gen, errorLine(lines, e));
                }
                gen.writeRaw('\n');
                if (showProgress && lines % PROGRESS_EVERY == 0) {
                    gen.flush();
                    err.printf(Locale.ROOT, "zvh batch: %,d lines%n", lines);
                    err.flush();
                }
            }
        } finally {
            outWriter.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "zvh batch: %d lines, %d decided, %d refused, %d blank, %.2f s, %.0f lines/s%n", lines,
                decided, errors, lines - decided - errors, seconds, seconds > 0 ? lines / seconds : 0.0);
        err.flush();
        return errors == 0 ? 0 : Zvh.BAD_INPUT;
    }

    static ObjectNode errorLine(long line, InvalidInputException e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("line", line);
        ObjectNode error = o.putObject("error");
        error.put("subject", e.subject());
        ArrayNode vs = error.putArray("violations");
        for (Violation v : e.violations()) {
            vs.addObject().put("field", Zvh.safe(v.field())).put("ruleId", v.ruleId()).put("message", Zvh.safe(v.message()));
        }
        return o;
    }
}
