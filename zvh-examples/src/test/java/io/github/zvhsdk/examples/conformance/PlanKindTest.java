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

@DisplayName("Conformance: every plan vector")
class PlanKindTest {
    private static final PlanKind KIND = new PlanKind();

    static Stream<Arguments> vectors() {
        List<JsonNode> all = CaseworkVectors.of("plan");
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
    @DisplayName("registered as 'plan'; accepts FORMAT's config keys, refuses others; carries findings, rules, explanations")
    void kind_isRegisteredAndExplains() {
        assertThat(DecisionKinds.byName("plan")).containsInstanceOf(PlanKind.class);
        JsonNode facts = ZvhJson.readTree("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\"],"
                + "\"lifeDomains\":{\"DRUGS\":\"PROBLEM\"},\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}");
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{\"complexityReading\":\"D\"}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config.complexityReading");
        assertThatThrownBy(() -> KIND.evaluate(facts, ZvhJson.readTree("{\"householdSize\":2}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.config.householdSize");
        assertThat(KIND.evaluate(facts, ZvhJson.readTree("{\"complexityReading\":\"D_REPLACES_C\"}"), asOf)
                .get("valid").asBoolean()).isFalse();
        JsonNode out = KIND.evaluate(facts, ZvhJson.readTree("{}"), asOf);
        assertThat(out.get("valid").asBoolean()).isFalse();
        assertThat(out.get("uncovered").toString()).isEqualTo("[\"DRUGS\"]");
        assertThat(out.get("findings").toString()).contains("PLAN-COVERAGE", "drug use", "druggebruik");
        assertThat(out.get("rules")).hasSize(7);
        assertThat(out.path("explanation").path("en").asText()).contains("not complete");
        assertThat(out.path("explanation").path("nl").asText()).contains("niet compleet");
        JsonNode threeHolders = ZvhJson.readTree("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GEMEENTE\",\"GGZ\",\"GGD\"],"
                + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}");
        assertThatThrownBy(() -> KIND.evaluate(threeHolders, ZvhJson.readTree("{}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.facts.casusregie");
        // rev. 2: a casusregie naming the house is refused input, under its rule id and the JSON path (PLN-009)
        JsonNode house = ZvhJson.readTree("{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"ZVH\"],"
                + "\"plan\":{\"date\":\"2025-06-01\",\"interventions\":[]}}");
        assertThatThrownBy(() -> KIND.evaluate(house, ZvhJson.readTree("{}"), asOf))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.facts.casusregie")
                .hasMessageContaining("PLAN-CASUSREGIE-ZVH");
    }
}
