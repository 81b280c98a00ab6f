package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Conformance: every transition vector")
class TransitionKindTest {
    private static final TransitionKind KIND = new TransitionKind();

    static Stream<Arguments> vectors() {
        List<JsonNode> all = CaseworkVectors.of("transition");
        assertThat(all).isNotEmpty();
        return all.stream().map(v -> Arguments.of(v.get("id").asText(), v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    @DisplayName("the vector passes")
    void vector_passes(String id, JsonNode vector) {
        CaseworkVectors.check(KIND, vector);
    }

    @Test
    @DisplayName("registered as 'transition'; accepts FORMAT's config keys, refuses others; carries rules, citations, explanations")
    void kind_isRegisteredAndExplains() {
        assertThat(DecisionKinds.byName("transition")).containsInstanceOf(TransitionKind.class);
        JsonNode facts = ZvhJson.readTree("{\"status\":\"REGISTERED\",\"event\":\"START_SCREENING\"}");
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{\"retention\":\"P1Y\"}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config.retention");
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{\"wgsDate\":\"2025-02-30\"}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config.wgsDate");
        assertThat(KIND.evaluate(facts, ZvhJson.readTree("{\"wgsDate\":\"2025-03-01\",\"complexityReading\":\"D_REPLACES_C\"}"),
                asOf).get("allowed").asBoolean()).isFalse();
        JsonNode out = KIND.evaluate(facts, ZvhJson.readTree("{}"), asOf);
        assertThat(out.get("allowed").asBoolean()).isFalse();
        assertThat(out.get("rules")).hasSize(2);
        assertThat(out.get("citations").toString()).contains("SRC-LK2013");
        assertThat(out.path("explanation").path("en").asText()).contains("refused");
        assertThat(out.path("explanation").path("nl").asText()).contains("geweigerd");
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{}"), LocalDate.of(2012, 12, 31)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("rev. 2: config.wgsDate is read (CASE-TOPX, dataAction) and recorded; null is the default; other keys are refused")
    void wgsDate_isRead() {
        JsonNode decline = ZvhJson.readTree("{\"status\":\"SCREENING\",\"event\":\"DECLINE\",\"adviceToReferrer\":\"TRUE\"}");
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        JsonNode byDefault = KIND.evaluate(decline, ZvhJson.readTree("{}"), asOf);
        assertThat(byDefault.path("dataAction").asText()).isEqualTo("DELETE");
        assertThat(byDefault.path("wgsDate").asText()).isEqualTo("2025-03-01");
        assertThat(KIND.evaluate(decline, ZvhJson.readTree("{\"wgsDate\":null}"), asOf)).isEqualTo(byDefault);
        JsonNode late = KIND.evaluate(decline, ZvhJson.readTree("{\"wgsDate\":\"2025-09-01\",\"complexityReading\":null}"), asOf);
        assertThat(late.path("allowed").asBoolean()).isTrue();
        assertThat(late.has("dataAction")).isFalse();
        assertThat(late.path("wgsDate").asText()).isEqualTo("2025-09-01");
        JsonNode topX = ZvhJson.readTree("{\"status\":\"REGISTERED\",\"event\":\"PLACE_ON_TOP_X\",\"intakeOutcome\":\"TRUE\","
                + "\"intakeRegime\":\"WGS2025\",\"topX\":{\"criteriaMet\":\"TRUE\",\"criteriaPublished\":\"TRUE\"}}");
        assertThat(KIND.evaluate(topX, ZvhJson.readTree("{}"), asOf).path("admittedUnder").asText()).isEqualTo("WGS2025");
        assertThat(KIND.evaluate(topX, ZvhJson.readTree("{\"wgsDate\":\"2025-09-01\"}"), asOf).path("refusedBy").toString())
                .isEqualTo("[\"CASE-TOPX\"]");
        assertThatThrownBy(() -> KIND.evaluate(decline, ZvhJson.readTree("{\"wgsDate\":\"2025-03-01\",\"handOverDate\":\"2025-01-01\"}"),
                asOf)).isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config.handOverDate");
        assertThatThrownBy(() -> KIND.evaluate(decline, ZvhJson.readTree("[]"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config");
    }
}
