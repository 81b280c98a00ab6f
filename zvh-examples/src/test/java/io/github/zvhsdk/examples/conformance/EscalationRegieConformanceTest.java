package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

@DisplayName("Every escalation and regie conformance vector passes through its kind")
class EscalationRegieConformanceTest {
    private static final Path VECTORS = Path.of("src/main/resources/conformance/vectors");
    private static final Map<String, DecisionKind> KINDS = Map.of("escalation", new EscalationKind(),
            "regie", new RegieKind());

    static Stream<Path> vectors() throws IOException {
        try (Stream<Path> files = Files.list(VECTORS)) {
            return files.filter(p -> p.getFileName().toString().matches("(ESC|REG)-.*\\.json")).sorted().toList()
                    .stream();
        }
    }

    @Test
    @DisplayName("the vectors of both kinds are there")
    void vectorsPresent() throws IOException {
        List<Path> all = vectors().toList();
        assertThat(all).anyMatch(p -> p.getFileName().toString().startsWith("ESC-"));
        assertThat(all).anyMatch(p -> p.getFileName().toString().startsWith("REG-"));
    }

    @Test
    @DisplayName("both kinds are registered under their names")
    void registered() {
        assertThat(DecisionKinds.byName("escalation")).get().isInstanceOf(EscalationKind.class);
        assertThat(DecisionKinds.byName("regie")).get().isInstanceOf(RegieKind.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    @DisplayName("vector")
    void vector(Path file) throws IOException {
        JsonNode v = ZvhJson.readTree(Files.readString(file, StandardCharsets.UTF_8));
        DecisionKind kind = KINDS.get(v.get("decision").asText());
        assertThat(kind).as("kind of %s", file).isNotNull();
        JsonNode config = v.has("config") ? v.get("config") : JsonNodeFactory.instance.objectNode();
        LocalDate asOf = LocalDate.parse(v.get("asOf").asText());
        JsonNode expect = v.get("expect");
        if (expect.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> kind.evaluate(v.get("facts"), config, asOf))
                    .isInstanceOf(InvalidInputException.class);
            return;
        }
        ObjectNode got = kind.evaluate(v.get("facts"), config, asOf);
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode want = e.getValue();
            JsonNode actual = got.get(e.getKey());
            if (want.isNull()) {
                assertThat(actual == null || actual.isNull() || (actual.isContainerNode() && actual.isEmpty()))
                        .as("%s: %s expected absent, got %s", v.get("id"), e.getKey(), actual).isTrue();
            } else if (want.isArray()) {
                assertThat(actual).as("%s: %s", v.get("id"), e.getKey()).isNotNull();
                assertThat(asSet(actual)).as("%s: %s", v.get("id"), e.getKey()).isEqualTo(asSet(want));
            } else {
                assertThat(actual).as("%s: %s", v.get("id"), e.getKey()).isEqualTo(want);
            }
        }
        assertThat(got.path("explanation").path("nl").asText()).isNotBlank();
        assertThat(got.path("explanation").path("en").asText()).isNotBlank();
    }

    @Test
    @DisplayName("an unknown config key is refused by both kinds; FORMAT's vector keys are accepted")
    void unknownConfigKey() {
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("complexityRating", "STANDALONE_D");
        ObjectNode vectorKeys = JsonNodeFactory.instance.objectNode().put("complexityReading", "STANDALONE_D")
                .put("wgsDate", "2025-03-01");
        ObjectNode escFacts = JsonNodeFactory.instance.objectNode();
        ObjectNode regFacts = JsonNodeFactory.instance.objectNode().put("phase", 3).put("venue", "ZVH")
                .put("caseKind", "PERSOONSGERICHT");
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        assertThatThrownBy(() -> new EscalationKind().evaluate(escFacts, config, asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("complexityRating");
        assertThatThrownBy(() -> new RegieKind().evaluate(regFacts, config, asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("complexityRating");
        assertThat(new EscalationKind().evaluate(escFacts, vectorKeys, asOf).get("lowest").asInt()).isEqualTo(1);
        assertThat(new RegieKind().evaluate(regFacts, vectorKeys, asOf).get("procesregie").asText()).isEqualTo("ZVH");
    }

    @Test
    @DisplayName("escalation reads the keys of its own configuration from a vector's config: a replaced AVE-ROLES template")
    void escalationReadsItsOwnConfig() {
        ObjectNode config = (ObjectNode) ZvhJson.readTree(ZvhJson.write(
                io.github.zvhsdk.rules.escalation.EscalationConfig.defaults()));
        ((ObjectNode) config.get("responsibilities")).put("id", "REGION-X");
        config.put("complexityReading", "D_REPLACES_C");
        ObjectNode got = new EscalationKind().evaluate(JsonNodeFactory.instance.objectNode(), config,
                LocalDate.of(2025, 6, 1));
        assertThat(got.get("responsibilitiesTemplate").asText()).isEqualTo("REGION-X");
        ((ObjectNode) config.get("responsibilities")).put("bogus", 1);
        assertThatThrownBy(() -> new EscalationKind().evaluate(JsonNodeFactory.instance.objectNode(), config,
                LocalDate.of(2025, 6, 1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("bogus");
    }

    @Test
    @DisplayName("rev. 2: the runner checks escalation's missing key (FORMAT.md): the right set passes, a smaller or a larger one fails naming it")
    void runnerChecksEscalationMissing() throws IOException {
        ConformanceRunner runner = ConformanceRunner.standard();
        ObjectNode v = (ObjectNode) ZvhJson.readTree(Files.readString(VECTORS.resolve("ESC-013.json"), StandardCharsets.UTF_8));
        assertThat(v.get("expect").get("missing").toString()).isEqualTo("[\"themes\"]");
        assertThat(runner.run("ESC-013", v).passed()).isTrue();
        for (String wrong : List.of("[]", "[\"themes\",\"voluntaryHelpFailing\"]", "[\"voluntaryHelpFailing\"]")) {
            ObjectNode w = v.deepCopy();
            ((ObjectNode) w.get("expect")).set("missing", ZvhJson.readTree(wrong));
            VectorOutcome o = runner.run("ESC-013", w);
            assertThat(o.passed()).as(wrong).isFalse();
            assertThat(o.line()).contains("missing expected").contains("got [\"themes\"]");
        }
        // missing: null asks for nothing missing, which ESC-014 has and ESC-013 has not
        ObjectNode none = v.deepCopy();
        ((ObjectNode) none.get("expect")).putNull("missing");
        assertThat(runner.run("ESC-013", none).passed()).isFalse();
    }

    @Test
    @DisplayName("rev. 2: escalation reads houseThemes from a vector's config (FORMAT.md), strictly; it applies on every date")
    void escalationReadsHouseThemes() {
        ObjectNode facts = (ObjectNode) ZvhJson.readTree("{\"signal\":\"PROBLEM\",\"lifeDomains\":{\"HOUSING\":\"PROBLEM\","
                + "\"DRUGS\":\"CRIMINOGENIC\"},\"domainsInvolved\":[\"GEMEENTE\",\"ZORG\"],\"cooperationStagnating\":\"FALSE\","
                + "\"acuteSafetyThreat\":\"FALSE\",\"admissible\":\"TRUE\",\"voluntaryHelpFailing\":\"FALSE\","
                + "\"themes\":[\"JEUGD\"]}");
        for (LocalDate asOf : List.of(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))) {
            ObjectNode config = (ObjectNode) ZvhJson.readTree("{\"houseThemes\":[\"JEUGD\"],\"wgsDate\":\"2025-03-01\"}");
            ObjectNode got = new EscalationKind().evaluate(facts, config, asOf);
            assertThat(got.get("venue").asText()).isEqualTo("ZVH");
            assertThat(got.get("houseThemes").toString()).isEqualTo("[\"JEUGD\"]");
            assertThat(got.get("venueReasons").toString()).isEqualTo("[\"HOUSE_THEME\"]");
            assertThat(new EscalationKind().evaluate(facts, JsonNodeFactory.instance.objectNode(), asOf).get("venue")
                    .asText()).isEqualTo("LOCAL");
        }
        for (String bad : List.of("{\"houseThemes\":[\"YOUTH\"]}", "{\"houseThemes\":\"JEUGD\"}",
                "{\"houseThemes\":[null]}", "{\"houseThemes\":{\"JEUGD\":true}}")) {
            assertThatThrownBy(() -> new EscalationKind().evaluate(facts, ZvhJson.readTree(bad), LocalDate.of(2025, 6, 1)))
                    .as(bad).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .allSatisfy(x -> assertThat(x.field()).startsWith("$.config.houseThemes")));
        }
        // regie does not read it: the key belongs to escalation's configuration
        ObjectNode regFacts = JsonNodeFactory.instance.objectNode().put("phase", 3).put("venue", "ZVH")
                .put("caseKind", "PERSOONSGERICHT");
        assertThatThrownBy(() -> new RegieKind().evaluate(regFacts, ZvhJson.readTree("{\"houseThemes\":[]}"),
                LocalDate.of(2025, 6, 1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("houseThemes");
    }

    @Test
    @DisplayName("an asOf before 2013 is refused by both kinds")
    void beforeFramework() {
        ObjectNode empty = JsonNodeFactory.instance.objectNode();
        ObjectNode regFacts = JsonNodeFactory.instance.objectNode().put("phase", 3).put("venue", "ZVH")
                .put("caseKind", "PERSOONSGERICHT");
        LocalDate asOf = LocalDate.of(2012, 12, 31);
        assertThatThrownBy(() -> new EscalationKind().evaluate(empty, empty, asOf))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RegieKind().evaluate(regFacts, empty, asOf))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> s = new HashSet<>();
        array.forEach(s::add);
        return s;
    }
}
