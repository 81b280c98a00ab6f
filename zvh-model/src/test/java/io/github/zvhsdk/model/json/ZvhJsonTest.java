package io.github.zvhsdk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PhaseRecord;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ZvhJson: strict reading with errors that name the path, the token and the allowed values")
class ZvhJsonTest {

    private static Violation only(String json, Class<?> type) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.read(json, type));
        assertThat(e).as("refused: %s", json).isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    @DisplayName("an unknown property is an error naming it and the known ones")
    void unknownProperty() {
        Violation v = only("{\"id\":\"p\",\"nickname\":\"x\"}", Person.class);
        assertThat(v.ruleId()).isEqualTo("JSON-UNKNOWN-PROPERTY");
        assertThat(v.field()).isEqualTo("$.nickname");
        assertThat(v.message()).contains("nickname").contains("dateOfBirth");
    }

    @Test
    @DisplayName("an unknown enum token names the path, the token and every allowed value")
    void unknownEnum() {
        Violation v = only("{\"DRUGS\":\"SEVERE\"}", LifeDomainAssessment.class);
        assertThat(v.ruleId()).isEqualTo("JSON-ENUM");
        assertThat(v.field()).isEqualTo("$.DRUGS");
        assertThat(v.message()).contains("\"SEVERE\"").contains("NO_PROBLEM, PROBLEM, CRIMINOGENIC, UNKNOWN");
        Violation key = only("{\"DRUGZ\":\"PROBLEM\"}", LifeDomainAssessment.class);
        assertThat(key.message()).contains("DRUGZ");
    }

    @Test
    @DisplayName("a malformed date names the path and the expected form")
    void malformedDate() {
        Violation v = only("{\"id\":\"p\",\"dateOfBirth\":\"2001-02-30\"}", Person.class);
        assertThat(v.field()).isEqualTo("$.dateOfBirth");
        assertThat(v.message()).contains("2001-02-30").contains("ISO-8601 date");
    }

    @Test
    @DisplayName("a three-valued fact given as a JSON boolean is refused; null reads as UNKNOWN")
    void triStrict() {
        Violation v = only("true", Tri.class);
        assertThat(v.ruleId()).isEqualTo("JSON-TYPE");
        assertThat(v.message()).contains("\"TRUE\", \"FALSE\", \"UNKNOWN\"").contains("JSON boolean");
        assertThat(only("\"true\"", Tri.class).ruleId()).isEqualTo("JSON-ENUM");
        assertThat(ZvhJson.read("\"FALSE\"", Tri.class)).isEqualTo(Tri.FALSE);
        assertThat(ZvhJson.read("{\"DRUGS\":null}", LifeDomainAssessment.class).status(io.github.zvhsdk.model.LifeDomain.DRUGS))
                .isEqualTo(LifeDomainStatus.UNKNOWN);
        assertThat(ZvhJson.read("null", Prospect.class)).isEqualTo(Prospect.UNKNOWN);
    }

    @Test
    @DisplayName("numbers for enums, strings for integers, floats for integers and booleans for strings are refused")
    void noCoercion() {
        assertThat(only("1", LifeDomainStatus.class).field()).isEqualTo("$");
        assertThat(only("{\"phase\":\"3\",\"since\":\"2025-01-01\"}", PhaseRecord.class).field()).isEqualTo("$.phase");
        assertThat(only("{\"phase\":3.5,\"since\":\"2025-01-01\"}", PhaseRecord.class).field()).isEqualTo("$.phase");
        assertThat(only("{\"id\":true}", Person.class).field()).isEqualTo("$.id");
    }

    @Test
    @DisplayName("a value that refuses itself keeps every violation, under its JSON path")
    void nestedViolations() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> ZvhJson.read("{\"phase\":7}", PhaseRecord.class));
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("$.since", "$.phase");
    }

    @Test
    @DisplayName("malformed JSON, duplicate keys and trailing tokens are refused without echoing the input")
    void malformed() {
        Violation v = only("{\"id\": \"p\", " + Canary.BSN, Person.class);
        assertThat(v.ruleId()).isEqualTo("JSON-SYNTAX");
        assertThat(v.message()).contains("line 1").doesNotContain(Canary.BSN);
        assertThat(only("{\"id\":\"p\",\"id\":\"q\"}", Person.class)).isNotNull();
        assertThat(only("{\"id\":\"p\"} {}", Person.class)).isNotNull();
        assertThat(only("{\"id\":\"p\",\"dateOfBirth\":\"" + Canary.BSN + "\"}", Person.class).message())
                .doesNotContain(Canary.BSN);
    }

    @Test
    @DisplayName("limits for untrusted input: nesting depth, string length")
    void limits() {
        String deep = "[".repeat(ZvhJson.MAX_NESTING_DEPTH + 5) + "]".repeat(ZvhJson.MAX_NESTING_DEPTH + 5);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.readTree(deep)).violations().get(0).ruleId())
                .isEqualTo("JSON-LIMIT");
        String longString = "\"" + "a".repeat(ZvhJson.MAX_STRING_LENGTH + 1) + "\"";
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.read(longString, String.class))
                .violations().get(0).ruleId()).isEqualTo("JSON-LIMIT");
    }
}
