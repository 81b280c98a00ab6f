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
import java.nio.file.Paths;
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

@DisplayName("Every sharing vector (SHR-*) passes through SharingKind")
class SharingKindTest {
    private static final Path VECTORS = Paths.get("src/main/resources/conformance/vectors");
    private final SharingKind kind = new SharingKind();

    static Stream<Path> vectors() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(VECTORS)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(all::add);
        }
        List<Path> sharing = new ArrayList<>();
        for (Path p : all) {
            JsonNode v = ZvhJson.readTree(Files.readString(p, StandardCharsets.UTF_8));
            if ("sharing".equals(v.path("decision").asText())) {
                sharing.add(p);
            }
        }
        return sharing.stream();
    }

    @Test
    @DisplayName("the vectors are there, and the kind is registered")
    void vectorsExist() throws IOException {
        assertThat(vectors().count()).isGreaterThanOrEqualTo(26);
        assertThat(DecisionKinds.byName("sharing")).containsInstanceOf(SharingKind.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    @DisplayName("vector")
    void vector(Path file) throws IOException {
        JsonNode v = ZvhJson.readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode config = v.has("config") ? v.get("config") : JsonNodeFactory.instance.objectNode();
        LocalDate asOf = LocalDate.parse(v.get("asOf").asText());
        JsonNode expect = v.get("expect");
        if (expect.path("error").asBoolean(false)) {
            assertThatThrownBy(() -> kind.evaluate(v.get("facts"), config, asOf)).isInstanceOf(InvalidInputException.class);
            return;
        }
        ObjectNode got = kind.evaluate(v.get("facts"), config, asOf);
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode want = e.getValue();
            JsonNode actual = got.get(e.getKey());
            if (want.isNull()) {
                assertThat(actual == null || actual.isNull() || (actual.isContainerNode() && actual.isEmpty()))
                        .as(e.getKey()).isTrue();
            } else if (want.isArray()) {
                assertThat(actual).as(e.getKey()).isNotNull();
                assertThat(asSet(actual)).as(v.get("id").asText() + " " + e.getKey()).isEqualTo(asSet(want));
            } else {
                assertThat(actual).as(v.get("id").asText() + " " + e.getKey()).isEqualTo(want);
            }
        }
        assertThat(got.has("trace")).isTrue();
        assertThat(got.path("explanation").path("en").asText()).isNotBlank();
        assertThat(got.path("explanation").path("nl").asText()).isNotBlank();
    }

    private static Set<JsonNode> asSet(JsonNode array) {
        Set<JsonNode> s = new HashSet<>();
        array.forEach(s::add);
        return s;
    }

    @Test
    @DisplayName("config: wgsDate moves the regime; an unknown key and a bad reading are refused")
    void config() {
        JsonNode facts = ZvhJson.readTree("{\"provider\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"},"
                + "\"recipient\":{\"type\":\"ZVH\"},\"category\":\"CASE_FACTS\",\"purpose\":\"SCREENING\","
                + "\"case\":{\"status\":\"SCREENING\",\"taskCategory\":\"BASISTAAK\"},\"originRegime\":\"AVG\","
                + "\"necessityRecorded\":\"TRUE\",\"dataSubject\":\"SUBJECT\"}");
        LocalDate asOf = LocalDate.of(2025, 2, 1);
        assertThat(kind.evaluate(facts, JsonNodeFactory.instance.objectNode(), asOf).get("regime").asText())
                .isEqualTo("COVENANT");
        assertThat(kind.evaluate(facts, ZvhJson.readTree("{\"wgsDate\":\"2025-01-01\",\"complexityReading\":\"D_REPLACES_C\"}"),
                asOf).get("regime").asText()).isEqualTo("WGS");
        assertThatThrownBy(() -> kind.evaluate(facts, ZvhJson.readTree("{\"wgsdate\":\"2025-01-01\"}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsdate");
        assertThatThrownBy(() -> kind.evaluate(facts, ZvhJson.readTree("{\"complexityReading\":\"X\"}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("complexityReading");
        assertThatThrownBy(() -> kind.evaluate(facts, ZvhJson.readTree("{\"wgsDate\":true}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsDate");
    }

    @Test
    @DisplayName("SHARE-REGIME: config wgsDate given as JSON null takes its default, 2025-03-01, as in every other kind")
    void SHARE_REGIME_configWgsDateNullIsDefault() {
        JsonNode facts = ZvhJson.readTree("{\"provider\":{\"type\":\"POLITIE\",\"participant\":\"TRUE\"},"
                + "\"recipient\":{\"type\":\"ZVH\"},\"category\":\"CASE_FACTS\",\"purpose\":\"SCREENING\","
                + "\"case\":{\"status\":\"SCREENING\",\"taskCategory\":\"BASISTAAK\"}}");
        JsonNode nullDate = ZvhJson.readTree("{\"wgsDate\":null}");
        assertThat(kind.evaluate(facts, nullDate, LocalDate.of(2025, 2, 28)).get("regime").asText()).isEqualTo("COVENANT");
        assertThat(kind.evaluate(facts, nullDate, LocalDate.of(2025, 3, 1)).get("regime").asText()).isEqualTo("WGS");
        assertThat(new IntakeKind().evaluate(ZvhJson.readTree("{\"identifiedSubject\":false}"), nullDate,
                LocalDate.of(2025, 3, 1)).get("regime").asText()).isEqualTo("WGS2025");
        assertThatThrownBy(() -> kind.evaluate(facts, ZvhJson.readTree("{\"wgsdate\":null}"), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wgsdate");
    }
}
