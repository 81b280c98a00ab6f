package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("IntakeKind: every intake conformance vector passes")
class IntakeKindTest {
    static final Path VECTORS = Path.of("src/main/resources/conformance/vectors");
    static final IntakeKind KIND = new IntakeKind();

    static Stream<Path> intakeVectors() throws IOException {
        try (Stream<Path> files = Files.list(VECTORS)) {
            List<Path> all = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            List<Path> intake = new ArrayList<>();
            for (Path p : all) {
                if ("intake".equals(ZvhJson.readTree(Files.readString(p)).path("decision").asText())) {
                    intake.add(p);
                }
            }
            return intake.stream();
        }
    }

    @Test
    @DisplayName("the intake vectors are found, and the kind is registered under its name")
    void vectorsFoundAndKindRegistered() throws IOException {
        assertThat(intakeVectors().count()).isGreaterThanOrEqualTo(20);
        assertThat(DecisionKinds.byName("intake")).get().isInstanceOf(IntakeKind.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intakeVectors")
    @DisplayName("vector")
    void vector(Path file) throws IOException {
        JsonNode v = ZvhJson.readTree(Files.readString(file));
        for (String key : List.of("id", "decision", "asOf", "facts", "expect")) {
            assertThat(v.has(key)).as("%s has %s", file, key).isTrue();
        }
        JsonNode expect = v.get("expect");
        JsonNode config = v.has("config") ? v.get("config") : ZvhJson.mapperCopy().createObjectNode();
        if (expect.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> KIND.evaluate(v.get("facts"), KIND.vectorConfig(v.get("facts"), config),
                    LocalDate.parse(v.get("asOf").asText()))).as(v.get("id").asText())
                    .isInstanceOf(InvalidInputException.class);
            return;
        }
        ObjectNode got = KIND.evaluate(v.get("facts"), KIND.vectorConfig(v.get("facts"), config),
                LocalDate.parse(v.get("asOf").asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            assertMatches(v.get("id").asText() + " " + e.getKey(), e.getValue(), got.get(e.getKey()));
        }
        assertThat(got.path("explanation").path("nl").asText()).isNotBlank();
        assertThat(got.path("rules")).isNotEmpty();
    }

    /** FORMAT.md: null expected = absent or empty; lists as sets; objects key by key; scalars equal. */
    static void assertMatches(String where, JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            assertThat(actual == null || actual.isNull() || actual.isEmpty() && (actual.isArray() || actual.isObject()))
                    .as(where + ": expected absent, got " + actual).isTrue();
        } else if (expected.isArray()) {
            assertThat(actual).as(where).isNotNull();
            assertThat(actual.isArray()).as(where).isTrue();
            assertThat(asSet(actual)).as(where).isEqualTo(asSet(expected));
            assertThat(actual.size()).as(where + ": no duplicates").isEqualTo(asSet(actual).size());
        } else if (expected.isObject()) {
            assertThat(actual).as(where).isNotNull();
            Set<String> keys = new HashSet<>();
            actual.fieldNames().forEachRemaining(keys::add);
            Set<String> expectedKeys = new HashSet<>();
            expected.fieldNames().forEachRemaining(expectedKeys::add);
            assertThat(keys).as(where + " keys").isEqualTo(expectedKeys);
            for (String k : expectedKeys) {
                assertMatches(where + "." + k, expected.get(k), actual.get(k));
            }
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> s = new HashSet<>();
        array.forEach(s::add);
        return s;
    }

    @Test
    @DisplayName("an unknown configuration key, regionalCriteria in a vector's config, or a config that is no object, is refused")
    void unknownConfigKeyRefused() {
        JsonNode facts = ZvhJson.readTree("{\"identifiedSubject\": true}");
        JsonNode withCriteria = ZvhJson.readTree("{\"complexityReading\": \"STANDALONE_D\", \"regionalCriteria\": []}");
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                KIND.vectorConfig(facts, withCriteria));
        assertThat(e.violations()).extracting(io.github.zvhsdk.model.Violation::field)
                .containsExactly("$.config.regionalCriteria");
        // outside a vector, regionalCriteria is the house's configuration (IntakeConfig), as for the library
        assertThat(KIND.evaluate(facts, withCriteria, LocalDate.of(2025, 6, 1)).get("config").get("regionalCriteria"))
                .isEmpty();
        InvalidInputException unknown = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                KIND.evaluate(facts, ZvhJson.readTree("{\"colour\": \"blue\"}"), LocalDate.of(2025, 6, 1)));
        assertThat(unknown.violations()).extracting(io.github.zvhsdk.model.Violation::field)
                .containsExactly("$.config.colour");
        // a vector's config has FORMAT.md's two keys only: IntakeConfig's name and version are refused there too
        JsonNode named = ZvhJson.readTree("{\"wgsDate\": \"2025-03-01\", \"name\": \"x\", \"version\": \"1\"}");
        InvalidInputException vector = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                KIND.vectorConfig(facts, named));
        assertThat(vector.violations()).extracting(io.github.zvhsdk.model.Violation::field)
                .containsExactly("$.config.name", "$.config.version");
        assertThat(KIND.evaluate(facts, named, LocalDate.of(2025, 6, 1)).get("config").get("identity").asText())
                .isEqualTo("x@1");
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("[]"), LocalDate.of(2025, 6, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{\"wgsDate\": \"2025-13-01\"}"),
                LocalDate.of(2025, 6, 1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsDate");
    }

    @Test
    @DisplayName("the keys of facts.regional are the configured set: a configured id without a value is UNKNOWN")
    void regionalKeysAreTheConfiguredSet() {
        JsonNode facts = ZvhJson.readTree("{\"identifiedSubject\": true, \"subjectProblems\": \"TRUE\","
                + " \"lifeDomains\": {\"DRUGS\": \"CRIMINOGENIC\", \"ALCOHOL\": \"CRIMINOGENIC\"},"
                + " \"effects\": {\"CRIME\": \"PRESENT\"}, \"domainsNeeded\": [\"STRAF\", \"ZORG\"],"
                + " \"regional\": {\"R1\": \"TRUE\", \"R2\": \"UNKNOWN\", \"R3\": null}}");
        JsonNode config = ZvhJson.readTree("{\"wgsDate\": \"2025-01-01\"}");
        ObjectNode got = KIND.evaluate(facts, KIND.vectorConfig(facts, config), LocalDate.of(2025, 1, 1));
        assertThat(got.get("regime").asText()).isEqualTo("WGS2025");
        assertThat(got.get("outcome").asText()).isEqualTo("UNKNOWN");
        assertThat(got.get("criteria").get("regional").asText()).isEqualTo("UNKNOWN");
        assertThat(asSet(got.get("missing"))).containsExactlyInAnyOrder(ZvhJson.readTree("\"regional.R2\""),
                ZvhJson.readTree("\"regional.R3\""));
        assertThat(got.has("reading")).isFalse();
        assertThat(got.get("config").get("regionalCriteria")).hasSize(3);
        // the same facts outside a vector, without the house's criteria configured: refused, as by the library
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() ->
                KIND.evaluate(facts, config, LocalDate.of(2025, 1, 1)));
        assertThat(e.violations()).extracting(io.github.zvhsdk.model.Violation::field)
                .containsExactly("regional.R1", "regional.R2", "regional.R3");
        assertThat(e.violations()).extracting(io.github.zvhsdk.model.Violation::ruleId).containsOnly("WGS-REGIONAL");
        // a vector without regional values, or whose facts are no object, keeps its config as it is
        JsonNode plain = ZvhJson.readTree("{\"identifiedSubject\": true}");
        assertThat(KIND.vectorConfig(plain, config)).isSameAs(config);
        assertThat(KIND.vectorConfig(ZvhJson.readTree("[]"), config)).isSameAs(config);
        JsonNode notAnObject = ZvhJson.readTree("[1]");
        assertThat(KIND.vectorConfig(facts, notAnObject)).isSameAs(notAnObject);
        assertThat(KIND.vectorConfig(facts, ZvhJson.readTree("null")).get("regionalCriteria")).hasSize(3);
        assertThat(config.has("regionalCriteria")).as("the vector's own config is not changed").isFalse();
    }
}
