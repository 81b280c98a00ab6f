package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.FrameworkDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ConformanceRunner: FORMAT.md's comparison rules and its failures with reasons")
class ConformanceRunnerTest {

    /** A stand-in kind: echoes facts.result as the decision, refuses facts.refuse, and checks the framework date. */
    static final DecisionKind ECHO = new DecisionKind() {
        @Override
        public String name() {
            return "intake";
        }

        @Override
        public ObjectNode evaluate(JsonNode facts, JsonNode config, LocalDate asOf) {
            FrameworkDates.requireInFramework(asOf, "EchoFacts");
            if (facts.has("refuse")) {
                throw new InvalidInputException("EchoFacts", List.of(new Violation("refuse", "TEST", "refused on purpose")));
            }
            if (facts.has("boom")) {
                throw new IllegalStateException("bug 123456782");
            }
            return facts.has("result") ? (ObjectNode) facts.get("result") : JsonNodeFactory.instance.objectNode();
        }
    };

    private final ConformanceRunner runner = ConformanceRunner.of(List.of(ECHO));

    private VectorOutcome run(String json) {
        return runner.runText("file.json", json);
    }

    private static String vector(String facts, String expect) {
        return "{\"id\":\"T-1\",\"decision\":\"intake\",\"asOf\":\"2025-06-01\",\"facts\":" + facts + ",\"expect\":" + expect + "}";
    }

    @Test
    @DisplayName("only the expected keys are checked; sets are unordered; numbers compare by value; objects by their keys")
    void comparison() {
        String result = "{\"result\":{\"outcome\":\"TRUE\",\"missing\":[\"b\",\"a\"],\"lowest\":3,\"extra\":1,"
                + "\"criteria\":{\"A\":\"TRUE\",\"B\":\"FALSE\"},\"roles\":[{\"who\":\"SUBJECT\",\"m\":\"X\"}]}}";
        assertThat(run(vector(result, "{\"outcome\":\"TRUE\",\"missing\":[\"a\",\"b\"],\"lowest\":3.0,"
                + "\"criteria\":{\"A\":\"TRUE\",\"B\":\"FALSE\"},\"roles\":[{\"m\":\"X\",\"who\":\"SUBJECT\"}]}")).passed()).isTrue();
        VectorOutcome o = run(vector(result, "{\"outcome\":\"UNKNOWN\",\"missing\":[\"a\"],\"criteria\":{\"B\":\"TRUE\"}}"));
        assertThat(o.passed()).isFalse();
        assertThat(o.line()).isEqualTo("FAIL T-1: outcome expected \"UNKNOWN\" got \"TRUE\"; missing expected [\"a\"] got "
                + "[\"a\",\"b\"]; criteria.B expected \"TRUE\" got \"FALSE\"");
    }

    @Test
    @DisplayName("an expected null means absent or empty")
    void nullMeansAbsent() {
        assertThat(run(vector("{\"result\":{\"to\":null,\"list\":[]}}", "{\"to\":null,\"list\":null,\"gone\":null}")).passed()).isTrue();
        assertThat(run(vector("{\"result\":{\"to\":\"X\"}}", "{\"to\":null}")).line())
                .isEqualTo("FAIL T-1: to expected null got \"X\"");
    }

    @Test
    @DisplayName("{\"error\": true}: refusing passes, deciding fails; a refusal when a decision was expected fails naming the problem")
    void errorExpectations() {
        assertThat(run(vector("{\"refuse\":1}", "{\"error\":true}")).passed()).isTrue();
        assertThat(run(vector("{}", "{\"error\":true}")).reason()).startsWith("error expected true got a decision");
        assertThat(run(vector("{\"result\":{\"outcome\":\"TRUE\"}}", "{\"error\":false,\"outcome\":\"TRUE\"}")).passed()).isTrue();
        assertThat(run(vector("{\"refuse\":1}", "{\"error\":false}")).reason()).startsWith("input refused:");
        assertThat(run(vector("{\"refuse\":1}", "{\"outcome\":\"TRUE\"}")).reason())
                .isEqualTo("input refused: refuse: refused on purpose [TEST]");
        String early = vector("{}", "{\"error\":true}").replace("2025-06-01", "2012-12-31");
        assertThat(run(early).passed()).isTrue();
        String badDate = vector("{}", "{\"outcome\":\"TRUE\"}").replace("2025-06-01", "2025-02-30");
        assertThat(run(badDate).reason()).contains("$.asOf").contains("2025-02-30");
    }

    @Test
    @DisplayName("facts or config of the wrong JSON type are refused input (FORMAT.md), so {\"error\": true} passes")
    void factsAndConfigOfTheWrongType() {
        assertThat(run(vector("[]", "{\"error\":true}")).passed()).isTrue();
        assertThat(run(vector("\"x\"", "{\"error\":true}")).passed()).isTrue();
        assertThat(run(vector("null", "{\"error\":true}")).passed()).isTrue();
        assertThat(run(vector("[]", "{\"outcome\":\"TRUE\"}")).reason())
                .isEqualTo("input refused: $.facts: expected a JSON object, got array [JSON-TYPE]");
        String arrayConfig = vector("{}", "{\"error\":true}").replace("\"facts\"", "\"config\": [1], \"facts\"");
        assertThat(run(arrayConfig).passed()).isTrue();
        String nullConfig = vector("{\"result\":{\"x\":1}}", "{\"x\":1}").replace("\"facts\"", "\"config\": null, \"facts\"");
        assertThat(run(nullConfig).passed()).isTrue();
    }

    @Test
    @DisplayName("broken vectors fail with their reason and never crash")
    void brokenVectors() {
        assertThat(run("{not json").reason()).startsWith("unreadable vector: $: malformed JSON");
        assertThat(run("[1,2]").line()).isEqualTo("FAIL file.json: a vector must be a JSON object");
        assertThat(run("{\"decision\":\"intake\"}").line())
                .isEqualTo("FAIL file.json: broken vector: missing \"id\", missing \"asOf\", missing \"facts\", missing \"expect\"");
        assertThat(run(vector("{}", "[]")).reason()).startsWith("broken vector");
        assertThat(run(vector("{}", "{}").replace("\"intake\"", "\"astrology\"")).reason())
                .startsWith("decision \"astrology\" is not one of intake, escalation");
        assertThat(run(vector("{}", "{}").replace("\"intake\"", "\"regie\"")).reason())
                .isEqualTo("decision \"regie\" is not implemented by this build");
        VectorOutcome boom = run(vector("{\"boom\":1}", "{}"));
        assertThat(boom.reason()).startsWith("internal error: IllegalStateException").doesNotContain("123456782");
    }

    @Test
    @DisplayName("folders: every *.json sorted; an empty or missing folder is a failure")
    void folders(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), vector("{\"result\":{\"x\":1}}", "{\"x\":1}").replace("T-1", "B"));
        Files.writeString(dir.resolve("a.json"), "oops");
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        List<VectorOutcome> out = runner.runPaths(List.of(dir, empty, dir.resolve("nope")));
        assertThat(out).extracting(VectorOutcome::id).containsExactly("a.json", "B", empty.toString(), dir.resolve("nope").toString());
        assertThat(out).extracting(VectorOutcome::passed).containsExactly(false, true, false, false);
        assertThat(ConformanceRunner.summary(out)).isEqualTo("1 passed, 3 failed");
    }
}
