package io.github.zvhsdk.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs conformance vectors (conformance/FORMAT.md) against the SDK: reads every {@code *.json} file of the given
 * folders (or the given files), evaluates each vector with its {@link DecisionKind}, and compares the result with the
 * vector's {@code expect}. A vector that cannot be read, has a broken structure, or names a kind this build does not
 * implement is a failure with its reason, never a crash and never a skip.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ConformanceRunner {
    /** The decision names FORMAT.md defines. */
    public static final List<String> DECISIONS = List.of("intake", "escalation", "regie", "sharing", "transition", "plan");

    private final List<DecisionKind> kinds;

    private ConformanceRunner(List<DecisionKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** @return a runner over every kind this build implements */
    public static ConformanceRunner standard() {
        return new ConformanceRunner(DecisionKinds.all());
    }

    /**
     * @param kinds the kinds to run vectors with; never null
     * @return a runner over those kinds
     */
    public static ConformanceRunner of(List<DecisionKind> kinds) {
        return new ConformanceRunner(kinds);
    }

    /**
     * The vectors bundled with this build: an identical copy of the shared conformance vectors.
     *
     * @return the bundled vector files, sorted by name
     * @throws UncheckedIOException when the bundled resources cannot be listed
     */
    public static List<Path> bundledVectors() {
        URL url = ConformanceRunner.class.getResource("/conformance/vectors");
        if (url == null) {
            throw new UncheckedIOException(new IOException("the bundled conformance vectors are missing from this build"));
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                dir = fs.provider().getPath(uri);
            } else {
                dir = Path.of(uri);
            }
            return jsonFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        }
    }

    /**
     * Runs the vectors in the given folders and files.
     *
     * @param paths folders (every {@code *.json} in them, sorted) and files; never null
     * @return one outcome per vector, and one failure per path that cannot be read or holds no vector
     */
    public List<VectorOutcome> runPaths(List<Path> paths) {
        List<VectorOutcome> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try {
                    files = jsonFiles(p);
                } catch (IOException e) {
                    out.add(VectorOutcome.fail(p.toString(), "cannot list the folder"));
                    continue;
                }
                if (files.isEmpty()) {
                    out.add(VectorOutcome.fail(p.toString(), "no *.json vectors in this folder"));
                }
                for (Path f : files) {
                    out.add(runFile(f));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(runFile(p));
            } else {
                out.add(VectorOutcome.fail(p.toString(), "no such file or folder"));
            }
        }
        return out;
    }

    /**
     * Runs one vector file.
     *
     * @param file the file; never null
     * @return its outcome
     */
    public VectorOutcome runFile(Path file) {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return VectorOutcome.fail(name, "cannot read the file");
        }
        return runText(name, text);
    }

    /**
     * Runs one vector given as JSON text.
     *
     * @param name the name to report when the vector has no usable id (usually the file name); never null
     * @param text the vector's JSON text; never null
     * @return its outcome
     */
    public VectorOutcome runText(String name, String text) {
        JsonNode v;
        try {
            v = ZvhJson.readTree(text);
        } catch (InvalidInputException e) {
            return VectorOutcome.fail(name, "unreadable vector: " + describe(e));
        }
        return run(name, v);
    }

    /**
     * Runs one parsed vector.
     *
     * @param name the name to report when the vector has no usable id; never null
     * @param v the vector; never null
     * @return its outcome
     */
    public VectorOutcome run(String name, JsonNode v) {
        if (v == null || !v.isObject()) {
            return VectorOutcome.fail(name, "a vector must be a JSON object");
        }
        JsonNode idNode = v.get("id");
        String id = idNode != null && idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText() : name;
        List<String> broken = new ArrayList<>();
        for (String key : List.of("id", "decision", "asOf", "facts", "expect")) {
            // "facts": null is there, of the wrong type (refused below); the other keys must have a value
            if (key.equals("facts") ? !v.has(key) : !v.hasNonNull(key)) {
                broken.add("missing \"" + key + "\"");
            }
        }
        if (!broken.isEmpty()) {
            return VectorOutcome.fail(id, "broken vector: " + String.join(", ", broken));
        }
        if (!idNode.isTextual() || !v.get("decision").isTextual() || !v.get("expect").isObject()) {
            return VectorOutcome.fail(id, "broken vector: id and decision must be strings, expect an object");
        }
        JsonNode expect = v.get("expect");
        boolean expectError = expect.has("error") && expect.get("error").asBoolean(false);
        String decision = v.get("decision").asText();
        if (!DECISIONS.contains(decision)) {
            return VectorOutcome.fail(id, "decision \"" + decision + "\" is not one of " + String.join(", ", DECISIONS));
        }
        DecisionKind kind = kinds.stream().filter(k -> k.name().equals(decision)).findFirst().orElse(null);
        if (kind == null) {
            return VectorOutcome.fail(id, "decision \"" + decision + "\" is not implemented by this build");
        }
        JsonNode config = v.hasNonNull("config") ? v.get("config") : JsonNodeFactory.instance.objectNode();
        JsonNode result;
        try {
            // facts and config of the wrong JSON type are the decision's input, refused like any wrong type
            // (FORMAT.md, "Refused input"), not a broken vector: {"error": true} then passes
            requireObject(v.get("facts"), "$.facts");
            requireObject(config, "$.config");
            LocalDate asOf = asOf(v.get("asOf"));
            result = kind.evaluate(v.get("facts"), kind.vectorConfig(v.get("facts"), config), asOf);
        } catch (InvalidInputException e) {
            return expectError ? VectorOutcome.pass(id) : VectorOutcome.fail(id, "input refused: " + describe(e));
        } catch (RuntimeException e) {
            return VectorOutcome.fail(id, "internal error: " + e.getClass().getSimpleName() + " "
                    + scrub(String.valueOf(e.getMessage())));
        }
        if (expectError) {
            return VectorOutcome.fail(id, "error expected true got a decision " + Expectations.render(result));
        }
        // {"error": false} asks for a decision (no refusal), which the result is; the other keys are compared
        JsonNode compared = expect;
        if (expect.has("error")) {
            compared = expect.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) compared).remove("error");
        }
        List<String> mismatches = Expectations.mismatches(compared, result);
        return mismatches.isEmpty() ? VectorOutcome.pass(id) : VectorOutcome.fail(id, String.join("; ", mismatches));
    }

    private static void requireObject(JsonNode n, String path) {
        if (!n.isObject()) {
            throw new InvalidInputException("vector", List.of(new Violation(path, "JSON-TYPE",
                    "expected a JSON object, got " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
    }

    private static LocalDate asOf(JsonNode n) {
        if (!n.isTextual()) {
            throw new InvalidInputException("vector", List.of(new Violation("$.asOf", "JSON-TYPE",
                    "must be an ISO-8601 date string")));
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("vector", List.of(new Violation("$.asOf", "JSON-FORMAT",
                    "value \"" + scrub(n.asText()) + "\" is not a valid ISO-8601 date (yyyy-MM-dd)")));
        }
    }

    private static String describe(InvalidInputException e) {
        return e.violations().stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    private static String scrub(String s) {
        String t = s.replaceAll("[0-9]{8,}", "<number withheld>").replace('\n', ' ');
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    /**
     * @param outcomes the outcomes of a run; never null
     * @return the closing line FORMAT.md prescribes: {@code N passed, N failed}
     */
    public static String summary(List<VectorOutcome> outcomes) {
        long passed = outcomes.stream().filter(VectorOutcome::passed).count();
        return passed + " passed, " + (outcomes.size() - passed) + " failed";
    }
}
