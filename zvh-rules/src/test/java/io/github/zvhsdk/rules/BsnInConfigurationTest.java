package io.github.zvhsdk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.testkit.Canary;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.plan.Target;
import io.github.zvhsdk.rules.regie.RegieConfig;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("MODEL-BSN: no configuration identity, repeated in every decision, may hold a number that could be a BSN")
class BsnInConfigurationTest {

    static Stream<Arguments> identities() {
        return Stream.of(
                Arguments.of(IntakeConfig.class, ZvhJson.write(IntakeConfig.defaults()),
                        (Consumer<ObjectNode>) o -> o.putArray("regionalCriteria").add("R-" + Canary.BSN), "$.regionalCriteria"),
                Arguments.of(IntakeConfig.class, ZvhJson.write(IntakeConfig.defaults()),
                        (Consumer<ObjectNode>) o -> o.put("name", Canary.BSN), "$.name"),
                Arguments.of(IntakeConfig.class, ZvhJson.write(IntakeConfig.defaults()),
                        (Consumer<ObjectNode>) o -> o.put("version", "v" + Canary.BSN), "$.version"),
                Arguments.of(EscalationConfig.class, ZvhJson.write(EscalationConfig.defaults()),
                        (Consumer<ObjectNode>) o -> ((ObjectNode) o.get("responsibilities")).put("id", Canary.BSN),
                        "$.responsibilities.id"),
                Arguments.of(RegieConfig.class, ZvhJson.write(RegieConfig.defaults()),
                        (Consumer<ObjectNode>) o -> ((ObjectNode) o.get("casusPolicy")).put("id", Canary.BSN),
                        "$.casusPolicy.id"),
                Arguments.of(RegieConfig.class, ZvhJson.write(RegieConfig.defaults()),
                        (Consumer<ObjectNode>) o -> ((ObjectNode) o.get("casusPolicy").get("rules").get(0)).put("id", Canary.BSN),
                        "$.casusPolicy.rules[0].id"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("identities")
    @DisplayName("a BSN in a configuration identity is refused, naming the field, without echoing it")
    void refused(Class<?> type, String json, Consumer<ObjectNode> change, String field) {
        ObjectNode node = (ObjectNode) ZvhJson.readTree(json);
        change.accept(node);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.read(node, type, "$"));
        assertThat(e).isNotNull();
        assertThat(e.violations()).extracting(Violation::field).contains(field);
        assertThat(e.getMessage()).doesNotContain(Canary.BSN);
    }

    @Test
    @DisplayName("PLAN-TARGET-FORM: a plan target is never read from a JSON number (it bypassed the seven-digit bound)")
    void targetFromNumber() {
        for (String n : new String[] {"0", "-1", Canary.BSN}) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.read(n, Target.class));
            assertThat(e).as(n).isNotNull();
            assertThat(e.getMessage()).doesNotContain(Canary.BSN);
        }
        assertThat(ZvhJson.read("\"household[3]\"", Target.class)).isEqualTo(Target.household(3));
    }
}
