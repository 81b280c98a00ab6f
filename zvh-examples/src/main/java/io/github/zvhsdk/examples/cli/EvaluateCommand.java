package io.github.zvhsdk.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zvh evaluate <kind> [FILE|-]}: facts as JSON in, the decision as JSON (or its explanation) out. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate one set of facts and print the decision.",
                "KIND is intake, escalation, regie, sharing, transition or plan; the facts are a JSON object named as in the"
                        + " spec's fact tables (the 'facts' of a conformance vector)."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "The decision: intake, escalation, regie, sharing, transition or plan.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The facts as JSON; '-' or absent reads standard input.")
    @Nullable String file;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The reference date (ISO-8601). Required: the rules use no clock.",
            required = true)
    LocalDate asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "The kind's configuration as JSON ('zvh schema config KIND'), e.g. complexityReading, wgsDate;"
            + " for intake also the house's regionalCriteria (a regional value for an id not configured is refused).")
    @Nullable Path config;

    @Option(names = "--format", description = "json (default) or text (the explanation).", defaultValue = "json")
    Format format;

    @Option(names = "--lang", description = "Language of the text format: nl (default) or en.", defaultValue = "nl")
    String lang;

    @Override
    public Integer call() throws IOException {
        DecisionKind k = DecisionKinds.byName(kind).orElseThrow(() -> new Zvh.UserError("unknown decision kind \"" + kind
                + "\"; implemented: " + DecisionKinds.all().stream().map(DecisionKind::name).collect(Collectors.joining(", "))));
        boolean stdin = file == null || file.equals("-");
        String factsName = stdin ? "<stdin>" : String.valueOf(Path.of(file).getFileName());
        String text = stdin ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : read(Path.of(file));
        JsonNode facts = sourced(factsName, () -> ZvhJson.readTree(text));
        Path configFile = config;
        JsonNode cfg = configFile == null ? JsonNodeFactory.instance.objectNode()
                : sourced(String.valueOf(configFile.getFileName()), () -> ZvhJson.readTree(read(configFile)));
        ObjectNode decision;
        try {
            decision = k.evaluate(facts, cfg, asOf);
        } catch (InvalidInputException e) {
            boolean aboutConfig = e.violations().stream().allMatch(v -> v.field().startsWith("$.config"));
            String source = configFile != null && aboutConfig ? String.valueOf(configFile.getFileName()) : factsName;
            throw new Zvh.UserError(source + ": " + Zvh.describe(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            JsonNode explanation = decision.path("explanation");
            JsonNode localized = explanation.isObject() ? explanation.path(lang) : explanation;
            out.println(localized.isMissingNode() ? decision.toString() : localized.asText());
        } else {
            out.println(ZvhJson.mapperCopy().writerWithDefaultPrettyPrinter().writeValueAsString(decision));
        }
        out.flush();
        return 0;
    }

    private static <T> T sourced(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new Zvh.UserError(name + ": " + Zvh.describe(e));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Zvh.UserError("cannot read " + p.getFileName() + ": no such file, or not readable");
        } catch (RuntimeException e) {
            throw new InvalidInputException("file", List.of(new io.github.zvhsdk.model.Violation(String.valueOf(p.getFileName()),
                    "FILE", "is not UTF-8 text")));
        }
    }
}
