package io.github.zvhsdk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zvhsdk.model.Case;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.LifeDomainStatus;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PhaseRecord;
import io.github.zvhsdk.model.Prospect;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    @DisplayName("JSON-TYPE: a wrong type where a set, list or map belongs names the JSON type, not a Java class")
    void jsonTypeNamesJsonContainers() {
        for (Class<?> c : List.of(java.util.Set.class, java.util.List.class, java.util.HashSet.class)) {
            Violation v = only("\"STRAF\"", c);
            assertThat(v.ruleId()).isEqualTo("JSON-TYPE");
            assertThat(v.message()).endsWith("expected JSON array");
        }
        Violation m = only("[\"DRUGS\"]", LifeDomainAssessment.class);
        assertThat(m.ruleId()).isEqualTo("JSON-TYPE");
        assertThat(m.message()).endsWith("expected JSON object").doesNotContain("Map");
    }

    @Test
    @DisplayName("a malformed date names the path and the expected form")
    void malformedDate() {
        Violation v = only("{\"id\":\"p\",\"dateOfBirth\":\"2001-02-30\"}", Person.class);
        assertThat(v.field()).isEqualTo("$.dateOfBirth");
        assertThat(v.message()).contains("2001-02-30").contains("ISO-8601 date");
    }

    @Test
    @DisplayName("JSON-ENUM: an enum token with surrounding whitespace does not exist (Jackson would trim it), as a value or a map key")
    void enumTokensExact() {
        for (String token : List.of("\"PROBLEM \"", "\" PROBLEM\"", "\"\\tPROBLEM\"", "\"PROBLEM\\n\"")) {
            Violation v = only(token, LifeDomainStatus.class);
            assertThat(v.ruleId()).as(token).isEqualTo("JSON-ENUM");
            assertThat(v.message()).as(token).contains("NO_PROBLEM, PROBLEM, CRIMINOGENIC, UNKNOWN");
        }
        Violation value = only("{\"DRUGS\":\"PROBLEM \"}", LifeDomainAssessment.class);
        assertThat(value.ruleId()).isEqualTo("JSON-ENUM");
        assertThat(value.field()).isEqualTo("$.DRUGS");
        Violation key = only("{\"DRUGS \":\"PROBLEM\"}", LifeDomainAssessment.class);
        assertThat(key.ruleId()).isEqualTo("JSON-ENUM");
        assertThat(key.message()).contains("DRUGS ");
        assertThat(only("[\"PARENT \"]", io.github.zvhsdk.model.Relation[].class).ruleId()).isEqualTo("JSON-ENUM");
        // the exact tokens still read, and null still reads as UNKNOWN
        assertThat(ZvhJson.read("\"PROBLEM\"", LifeDomainStatus.class)).isEqualTo(LifeDomainStatus.PROBLEM);
        assertThat(ZvhJson.read("{\"DRUGS\":\"PROBLEM\"}", LifeDomainAssessment.class)
                .status(io.github.zvhsdk.model.LifeDomain.DRUGS)).isEqualTo(LifeDomainStatus.PROBLEM);
        assertThat(ZvhJson.read("null", Prospect.class)).isEqualTo(Prospect.UNKNOWN);
    }

    @Test
    @DisplayName("JSON-FORMAT: a date is exactly yyyy-MM-dd: no date-time (its time dropped), no whitespace, no array")
    void datesExact() {
        for (String d : List.of("2001-02-03T10:00", "2001-02-03T00:00:00Z", "2001-02-03 ", " 2001-02-03", "2001-2-3",
                "+2001-02-03", "20010203", "2001-02-30")) {
            Violation v = only("{\"id\":\"p\",\"dateOfBirth\":\"" + d + "\"}", Person.class);
            assertThat(v.ruleId()).as(d).isEqualTo("JSON-FORMAT");
            assertThat(v.field()).as(d).isEqualTo("$.dateOfBirth");
            assertThat(v.message()).as(d).contains("ISO-8601 date (yyyy-MM-dd)");
        }
        Violation array = only("{\"id\":\"p\",\"dateOfBirth\":[2001,2,3]}", Person.class);
        assertThat(array.ruleId()).isEqualTo("JSON-TYPE");
        assertThat(array.field()).isEqualTo("$.dateOfBirth");
        assertThat(only("{\"id\":\"p\",\"dateOfBirth\":20010203}", Person.class).ruleId()).isEqualTo("JSON-TYPE");
        assertThat(ZvhJson.read("{\"id\":\"p\",\"dateOfBirth\":\"2000-02-29\"}", Person.class).dateOfBirth())
                .contains(java.time.LocalDate.of(2000, 2, 29));
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

    /** Every limit of untrusted input, each exceeded by one, through both entry points for JSON text. */
    static Stream<Arguments> overLimit() {
        int depth = ZvhJson.MAX_NESTING_DEPTH + 1;
        return Stream.of(
                Arguments.of("maxNestingDepth in arrays", "[".repeat(depth) + "]".repeat(depth), "nesting deeper than 64"),
                Arguments.of("maxNestingDepth in objects", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                        "nesting deeper than 64"),
                Arguments.of("maxNestingDepth mixed", "{\"a\":[".repeat(depth / 2 + 1) + "]}".repeat(depth / 2 + 1),
                        "nesting deeper than 64"),
                Arguments.of("maxStringLength", "[\"" + "a".repeat(ZvhJson.MAX_STRING_LENGTH + 1) + "\"]",
                        "string longer than 100,000 characters"),
                Arguments.of("maxNameLength", "{\"" + "a".repeat(ZvhJson.MAX_NAME_LENGTH + 1) + "\":1}",
                        "property name longer than 1,000 characters"),
                Arguments.of("maxNumberLength (integer)", "[1" + "0".repeat(ZvhJson.MAX_NUMBER_LENGTH) + "]",
                        "number longer than 100 characters"),
                Arguments.of("maxNumberLength (fraction)", "[0." + "1".repeat(ZvhJson.MAX_NUMBER_LENGTH + 1) + "]",
                        "number longer than 100 characters"),
                Arguments.of("maxDocumentLength", "[" + " ".repeat((int) ZvhJson.MAX_DOCUMENT_LENGTH) + "]",
                        "document longer than 10,000,000 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overLimit")
    @DisplayName("JSON-LIMIT: each limit for untrusted input refuses, through read(String, Class) and readTree")
    void limits(String limit, String json, String message) {
        for (Class<?> type : List.<Class<?>>of(Object.class, JsonNode.class)) {
            Violation v = only(json, type);
            assertThat(v.ruleId()).as(limit).isEqualTo("JSON-LIMIT");
            assertThat(v.message()).as(limit).contains(message);
        }
        InvalidInputException tree = catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.readTree(json));
        assertThat(tree).as(limit).isNotNull();
        assertThat(tree.violations().get(0).ruleId()).isEqualTo("JSON-LIMIT");
        assertThat(tree.violations().get(0).message()).contains(message);
    }

    @Test
    @DisplayName("JSON-LIMIT: just inside every limit is accepted")
    void insideLimits() {
        int depth = ZvhJson.MAX_NESTING_DEPTH;
        assertThat(ZvhJson.readTree("[".repeat(depth) + "]".repeat(depth))).isNotNull();
        assertThat(ZvhJson.readTree("{\"a\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1))).isNotNull();
        assertThat(ZvhJson.read("\"" + "a".repeat(ZvhJson.MAX_STRING_LENGTH) + "\"", String.class))
                .hasSize(ZvhJson.MAX_STRING_LENGTH);
        assertThat(ZvhJson.readTree("{\"" + "a".repeat(ZvhJson.MAX_NAME_LENGTH) + "\":1}").size()).isEqualTo(1);
        assertThat(ZvhJson.readTree("[1" + "0".repeat(ZvhJson.MAX_NUMBER_LENGTH - 1) + "]").size()).isEqualTo(1);
        assertThat(ZvhJson.readTree(" ".repeat((int) ZvhJson.MAX_DOCUMENT_LENGTH - 2) + "[]").size()).isZero();
    }

    @Test
    @DisplayName("no polymorphic default typing: the mapper has no default typer, and type ids are never read")
    void noDefaultTyping() {
        ObjectMapper copy = ZvhJson.mapperCopy();
        for (Class<?> c : List.<Class<?>>of(Object.class, Person.class, java.io.Serializable.class)) {
            assertThat(copy.getDeserializationConfig().getDefaultTyper(copy.constructType(c))).as("%s", c).isNull();
            assertThat(copy.getSerializationConfig().getDefaultTyper(copy.constructType(c))).as("%s", c).isNull();
        }
        // a type id on a model value is an unknown property, refused
        Violation v = only("{\"@class\":\"java.util.HashMap\",\"id\":\"p\"}", Person.class);
        assertThat(v.ruleId()).isEqualTo("JSON-UNKNOWN-PROPERTY");
        assertThat(v.field()).isEqualTo("$.@class");
        assertThat(only("{\"id\":\"p\",\"@type\":\"x\"}", Person.class).ruleId()).isEqualTo("JSON-UNKNOWN-PROPERTY");
        // the classic gadget payloads read as plain data, never as an instance of the named class
        Object array = ZvhJson.read("[\"java.net.URL\",\"http://example.org\"]", Object.class);
        assertThat(array).isInstanceOf(List.class);
        Object object = ZvhJson.read("{\"@class\":\"java.net.URL\",\"value\":\"http://example.org\"}", Object.class);
        assertThat(object).isInstanceOf(java.util.Map.class);
        assertThat(ZvhJson.write(object)).doesNotContain("java.net.URL\",\"http");
    }

    @Test
    @DisplayName("an unknown property fails on every model value read from JSON (FAIL_ON_UNKNOWN_PROPERTIES)")
    void unknownPropertiesFail() {
        assertThat(ZvhJson.mapperCopy().getDeserializationConfig()
                .isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(only("{\"phase\":1,\"since\":\"2025-01-01\",\"x\":1}", PhaseRecord.class).field()).isEqualTo("$.x");
    }

    @Test
    @DisplayName("MODEL-REQUIRED: a null element in a list or set names the element's JSON path, at any depth")
    void nullElement() {
        String c = "{\"id\":\"c\",\"kind\":\"PERSOONSGERICHT\",\"status\":\"REGISTERED\",\"registeredOn\":\"2025-01-01\",";
        Violation themes = only(c + "\"subjects\":[{\"id\":\"p\"}],\"themes\":[\"VERWARD_GEDRAG_HOOG_RISICO\",null]}",
                Case.class);
        assertThat(themes.field()).isEqualTo("$.themes[1]");
        assertThat(themes.ruleId()).isEqualTo("MODEL-REQUIRED");
        assertThat(only(c + "\"subjects\":[null]}", Case.class).field()).isEqualTo("$.subjects[0]");
        assertThat(only(c + "\"subjects\":[{\"id\":\"p\"}],\"system\":[{\"person\":{\"id\":\"q\"},"
                + "\"relation\":\"PARENT\",\"measures\":[null]}]}", Case.class).field()).isEqualTo("$.system[0].measures[0]");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.read(
                ZvhJson.readTree(c + "\"subjects\":[{\"id\":\"p\"}],\"themes\":[null]}"), Case.class, "$.facts"));
        assertThat(e.violations()).extracting(Violation::field).containsExactly("$.facts.themes[0]");
    }

    @Test
    @DisplayName("JSON null or an empty document is refused, never returned as a Java null")
    void nullDocument() {
        assertThat(only("null", Person.class).ruleId()).isEqualTo("JSON-TYPE");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ZvhJson.read(ZvhJson.readTree("null"), Person.class, "$.facts")).violations().get(0).field())
                .isEqualTo("$.facts");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> ZvhJson.read(com.fasterxml.jackson.databind.node.MissingNode.getInstance(), Person.class, "$.facts")))
                .isNotNull();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ZvhJson.readTree("  ")).violations().get(0)
                .ruleId()).isEqualTo("JSON-SYNTAX");
        assertThat(ZvhJson.read("null", Prospect.class)).isEqualTo(Prospect.UNKNOWN);
    }
}
