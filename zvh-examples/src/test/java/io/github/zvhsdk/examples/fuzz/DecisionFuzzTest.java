package io.github.zvhsdk.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.zvhsdk.examples.cli.Zvh;
import io.github.zvhsdk.examples.conformance.ConformanceRunner;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PartnerType;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.contact.ContactPoint;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz targets for every JSON entry point of the SDK: the facts of the six decision kinds, each kind's configuration
 * (the lifecycle's too, rev. 2), the house configuration, and one NDJSON line through {@code zvh batch}. The invariant everywhere: nothing but the
 * SDK's documented {@link InvalidInputException} escapes, and no run of 8 or more digits from the input (a possible
 * BSN) comes out, neither in a decision nor in a refusal. Hangs are caught by Jazzer's per-input timeout.
 *
 * <p>In {@code mvn verify} each target runs its seeds ({@code src/test/resources/.../DecisionFuzzTestInputs/<method>/}:
 * the conformance vectors' facts and the demo cases) as regression tests. Fuzz one target with
 * {@code JAZZER_FUZZ=1} (see the README, "Building and testing").
 */
class DecisionFuzzTest {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{8,}");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final JsonNode NO_CONFIG = JsonNodeFactory.instance.objectNode();

    /** Fails when a run of 8 or more digits of the input appears in the output. */
    static void noDigitsEchoed(String input, String output) {
        Matcher m = DIGITS.matcher(input);
        while (m.find()) {
            // any 8 digits of a longer run would do: check the run's every 8-digit window
            String run = m.group();
            for (int i = 0; i + 8 <= run.length(); i++) {
                assertThat(output).as("digits of the input echoed").doesNotContain(run.substring(i, i + 8));
            }
        }
    }

    /**
     * Evaluates facts (or a configuration) as one kind, as the command line does and as a conformance vector (whose
     * facts may carry part of the configuration): each a decision or a refusal, and no digits echoed.
     */
    static void evaluate(String kind, String facts, String config) {
        String input = facts + config;
        JsonNode f;
        JsonNode c;
        try {
            f = ZvhJson.readTree(facts);
            c = config.isEmpty() ? NO_CONFIG : ZvhJson.readTree(config);
        } catch (InvalidInputException e) {
            noDigitsEchoed(input, e.getMessage() + e.violations());
            return;
        }
        DecisionKind k = DecisionKinds.byName(kind).orElseThrow();
        for (boolean vector : new boolean[] {false, true}) {
            try {
                String out = k.evaluate(f, vector ? k.vectorConfig(f, c) : c, AS_OF).toString();
                noDigitsEchoed(input, out);
            } catch (InvalidInputException e) {
                noDigitsEchoed(input, e.getMessage() + e.violations());
            }
        }
    }

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    @FuzzTest(maxDuration = "10m")
    void intakeFacts(byte[] data) {
        evaluate("intake", text(data), "");
    }

    @FuzzTest(maxDuration = "10m")
    void escalationFacts(byte[] data) {
        evaluate("escalation", text(data), "");
    }

    @FuzzTest(maxDuration = "10m")
    void regieFacts(byte[] data) {
        evaluate("regie", text(data), "");
    }

    @FuzzTest(maxDuration = "10m")
    void sharingFacts(byte[] data) {
        evaluate("sharing", text(data), "");
    }

    @FuzzTest(maxDuration = "10m")
    void transitionFacts(byte[] data) {
        evaluate("transition", text(data), "");
    }

    @FuzzTest(maxDuration = "10m")
    void planFacts(byte[] data) {
        evaluate("plan", text(data), "");
    }

    /** The facts of the first decided vector of each kind: fixed facts under a fuzzed configuration. */
    private static final Map<String, String> FACTS = new HashMap<>();

    static {
        for (Path file : ConformanceRunner.bundledVectors()) {
            try {
                JsonNode v = ZvhJson.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (!v.has("config") && !v.path("expect").has("error")) {
                    FACTS.putIfAbsent(v.get("decision").asText(), v.get("facts").toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A configuration through its kind (over the first decided vector's facts) and read directly as its type: a value
     * or a refusal, and no digits echoed.
     */
    static void configuration(String kind, Class<?> type, byte[] data) {
        evaluate(kind, FACTS.get(kind), text(data));
        try {
            Object c = ZvhJson.read(text(data), type);
            noDigitsEchoed(text(data), c.toString() + ZvhJson.write(c));
        } catch (InvalidInputException e) {
            noDigitsEchoed(text(data), e.getMessage());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void intakeConfig(byte[] data) {
        configuration("intake", io.github.zvhsdk.rules.intake.IntakeConfig.class, data);
    }

    @FuzzTest(maxDuration = "10m")
    void escalationConfig(byte[] data) {
        evaluate("escalation", FACTS.get("escalation"), text(data));
    }

    @FuzzTest(maxDuration = "10m")
    void regieConfig(byte[] data) {
        evaluate("regie", FACTS.get("regie"), text(data));
    }

    /** The lifecycle's configuration (rev. 2: its WGS date), read directly and through the transition kind. */
    @FuzzTest(maxDuration = "10m")
    void transitionConfig(byte[] data) {
        configuration("transition", io.github.zvhsdk.rules.casework.TransitionConfig.class, data);
    }

    /** The house configuration, read directly and through the sharing kind (where it is laid over the reference). */
    @FuzzTest(maxDuration = "10m")
    void houseConfig(byte[] data) {
        String s = text(data);
        HouseConfig c = null;
        try {
            c = ZvhJson.read(s, HouseConfig.class);
            String out = c + ZvhJson.write(c)
                    + ZvhJson.write(SharingCheck.check(ZvhJson.read(FACTS.get("sharing"), SharingFacts.class), c, AS_OF));
            noDigitsEchoed(s, out);
            assertThat(ZvhJson.read(ZvhJson.write(c), HouseConfig.class)).isEqualTo(c);
        } catch (InvalidInputException e) {
            noDigitsEchoed(s, e.getMessage());
        }
        if (c != null) {
            // the contact point may refuse a configuration whose joint controllers it cannot name (rev. 2): on both sides
            // of the WGS date, and the helpers that answer for a type
            for (LocalDate on : new LocalDate[] {c.wgsDate().minusDays(1), c.wgsDate().isAfter(AS_OF) ? c.wgsDate() : AS_OF}) {
                try {
                    noDigitsEchoed(s, ZvhJson.write(ContactPoint.receive(on, c)));
                } catch (InvalidInputException e) {
                    noDigitsEchoed(s, e.getMessage());
                }
                for (PartnerType t : PartnerType.values()) {
                    assertThat(c.jointController(t, on)).isNotNull();
                    assertThat(c.publicParticipant(t, on)).isNotNull();
                }
            }
        }
        evaluate("sharing", FACTS.get("sharing"), s);
    }

    private static final String[] KINDS = {"intake", "escalation", "regie", "sharing", "transition", "plan"};
    private static Path batchDir;

    /**
     * One NDJSON line through {@code zvh batch}: exit 0 or 2 (never 3, an internal error), exactly one output line,
     * and no digits echoed. The first byte picks the kind.
     */
    @FuzzTest(maxDuration = "10m")
    void batchLine(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        String kind = KINDS[Math.floorMod(data[0], KINDS.length)];
        String line = new String(data, 1, data.length - 1, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ');
        if (batchDir == null) {
            batchDir = Files.createTempDirectory("zvh-fuzz");
            batchDir.toFile().deleteOnExit();
        }
        Path file = batchDir.resolve("line.ndjson");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Zvh.execute(new String[] {"batch", kind, "--as-of", "2025-06-01", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; stderr: %s", e).isIn(0, 2);
        // what the file holds after UTF-8 encoding and decoding is what batch read
        String read = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(o.lines().count()).as("output lines").isEqualTo(read.isBlank() ? 0 : 1);
        noDigitsEchoed(read, o + e);
    }
}
