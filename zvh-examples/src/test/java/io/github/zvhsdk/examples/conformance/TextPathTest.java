package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code zvh batch} evaluates each line from its text ({@link DecisionKind#evaluate(String, JsonNode, LocalDate,
 * JsonGenerator)}); {@link IntakeKind} overrides it to read the facts without an intermediate tree. Its contract: the
 * same JSON as the tree path for every input it accepts, and the same refusal (fields, rule ids, messages) for every
 * input it refuses. Checked on a generated caseload, on every conformance vector's facts, and on mutants of both
 * (each key removed, set to null or to a value of every other JSON type, unknown and duplicate keys, broken text).
 * Both paths write a decision with the same code ({@code IntakeKind.write}), whose output the vector and command-line
 * tests pin; what this test adds is that reading the text directly accepts and refuses exactly what the tree path does.
 */
@DisplayName("the text path of a decision kind gives exactly what the tree path gives")
class TextPathTest {
    private static final ObjectMapper MAPPER = ZvhJson.mapperCopy();
    private static final List<String> OTHER_VALUES = List.of("null", "1", "1.5", "true", "\"x\"", "[]", "{}", "[null]",
            "{\"x\":null}", "\"UNKNOWN\"", "\"TRUE\"", "false");

    static List<String> kinds() {
        return CaseloadGenerator.KINDS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void sameAsTheTreePath(String name) throws IOException {
        DecisionKind kind = DecisionKinds.byName(name).orElseThrow();
        List<String> texts = new ArrayList<>();
        CaseloadGenerator g = CaseloadGenerator.of(name, 7);
        for (int i = 0; i < 200; i++) {
            ObjectNode facts = g.next();
            texts.add(facts.toString());
            if (i < 10) {
                texts.addAll(mutants(facts));
            }
        }
        for (JsonNode facts : vectorFacts(name)) {
            texts.add(facts.toString());
            texts.addAll(mutants(facts));
        }
        texts.addAll(List.of("", " ", "null", "[]", "{}", "1", "\"x\"", "{", "{}}", "{} {}", "{\"a\":1,\"a\":1}"));
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        JsonNode config = MAPPER.createObjectNode();
        Map<String, Integer> seen = new TreeMap<>();
        for (String text : texts) {
            String tree = viaTree(kind, text, config, asOf);
            String direct = viaText(kind, text, config, asOf);
            assertThat(direct).as("%s: %s", name, text).isEqualTo(tree);
            seen.merge(tree.startsWith("refused") ? "refused" : "decided", 1, Integer::sum);
        }
        // both sides of the contract are exercised, many times
        assertThat(seen.getOrDefault("decided", 0)).as("decided inputs").isGreaterThan(200);
        assertThat(seen.getOrDefault("refused", 0)).as("refused inputs").isGreaterThan(100);
    }

    private static String viaTree(DecisionKind kind, String text, JsonNode config, LocalDate asOf) {
        try {
            return MAPPER.writeValueAsString(kind.evaluate(ZvhJson.readTree(text), config, asOf));
        } catch (InvalidInputException e) {
            return refused(e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String viaText(DecisionKind kind, String text, JsonNode config, LocalDate asOf) throws IOException {
        StringWriter out = new StringWriter();
        // a plain generator, without a codec: the kinds write into any generator a caller gives them
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            kind.evaluate(text, config, asOf, gen);
        } catch (InvalidInputException e) {
            assertThat(out.toString()).as("nothing is written for a refused input").isEmpty();
            return refused(e);
        }
        return out.toString();
    }

    private static String refused(InvalidInputException e) {
        return "refused " + e.subject() + " " + e.violations();
    }

    /** Each top-level key removed, and set to a value of every JSON type; an unknown key; a duplicate key; cut text. */
    private static List<String> mutants(JsonNode facts) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = facts.fieldNames(); it.hasNext();) {
            String key = it.next();
            ObjectNode without = facts.deepCopy();
            without.remove(key);
            out.add(without.toString());
            for (String v : OTHER_VALUES) {
                String body = without.toString();
                out.add(body.length() > 2 ? "{\"" + key + "\":" + v + "," + body.substring(1) : "{\"" + key + "\":" + v + "}");
            }
            String text = facts.toString();
            out.add("{\"" + key + "\":" + facts.get(key) + "," + text.substring(1));
        }
        String text = facts.toString();
        out.add("{\"unknownFact\":true," + text.substring(1));
        out.add(text.substring(0, text.length() / 2));
        out.add(text + " x");
        out.add("[" + text + "]");
        return out;
    }

    private static List<JsonNode> vectorFacts(String name) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/conformance/vectors"))) {
            for (Path p : files.sorted().toList()) {
                JsonNode v = ZvhJson.readTree(Files.readString(p));
                if (name.equals(v.path("decision").asText()) && v.path("facts").isObject()
                        && !v.has("config")) {
                    out.add(v.get("facts"));
                }
            }
        }
        return out;
    }
}
