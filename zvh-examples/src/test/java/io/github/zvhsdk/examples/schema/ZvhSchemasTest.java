package io.github.zvhsdk.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.examples.conformance.ConformanceRunner;
import io.github.zvhsdk.examples.schema.ZvhSchemas.Part;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.rules.casework.Lifecycle;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieConfig;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("generated JSON Schemas agree with what the SDK reads and writes")
class ZvhSchemasTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new HashMap<>();
    /** Refusal reasons a schema can express: the JSON shape, not a rule across fields. */
    private static final Set<String> SHAPE_RULES = Set.of("JSON-UNKNOWN-PROPERTY", "JSON-ENUM", "JSON-TYPE", "JSON-FORMAT");

    /**
     * @return whether the schema can express the refusal: a shape rule, or a property that is always required
     *     (MODEL-REQUIRED "is required"; "is required for event CLOSE" is a rule across fields)
     */
    private static boolean shape(Violation v) {
        return SHAPE_RULES.contains(v.ruleId()) || (v.ruleId().equals("MODEL-REQUIRED") && v.message().equals("is required"));
    }

    static Stream<String> kinds() {
        return ZvhSchemas.kinds().stream();
    }

    private static synchronized Schema schema(String kind, Part part) {
        return SCHEMAS.computeIfAbsent(kind + "/" + part,
                k -> REGISTRY.getSchema(ZvhSchemas.schema(kind, part).orElseThrow()));
    }

    static List<Error> errors(String kind, Part part, JsonNode instance) {
        return schema(kind, part).validate(instance, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    /** The SDK's decision for the facts, with the reference configuration. */
    static Object decide(String kind, JsonNode facts, LocalDate asOf) {
        return switch (kind) {
            case "intake" -> Intake.assess(ZvhJson.read(facts, IntakeFacts.class, "$.facts"), asOf);
            case "escalation" -> Escalation.assess(ZvhJson.read(facts, EscalationFacts.class, "$.facts"), asOf);
            case "regie" -> Regie.decide(ZvhJson.read(facts, RegieFacts.class, "$.facts"), asOf);
            case "sharing" -> SharingCheck.check(ZvhJson.read(facts, SharingFacts.class, "$.facts"), asOf);
            case "transition" -> Lifecycle.transition(ZvhJson.read(facts, TransitionFacts.class, "$.facts"), asOf);
            case "plan" -> PlanCheck.check(ZvhJson.read(facts, PlanFacts.class, "$.facts"), asOf);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Class<?> factsType(String kind) {
        return ZvhSchemas.type(kind, Part.FACTS).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("every schema is draft 2020-12, refuses unknown properties, and names no Java accessor")
    void schemaShape(String kind) {
        for (Part part : Part.values()) {
            ZvhSchemas.schema(kind, part).ifPresent(s -> {
                assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
                assertThat(s.path("additionalProperties").asBoolean(true)).as("%s %s", kind, part).isFalse();
                assertThat(s.path("properties").size()).as("%s %s properties", kind, part).isPositive();
                assertThat(s.toString()).doesNotContain("()").doesNotContain("\"check\"");
                s.path("$defs").forEach(d -> {
                    if ("object".equals(d.path("type").asText()) && d.has("properties")) {
                        assertThat(d.path("additionalProperties").asBoolean(true)).as("%s %s: %s", kind, part, d).isFalse();
                    }
                });
            });
        }
    }

    @Test
    @DisplayName("custom JSON shapes: Tri strings only, lifeDomains keyed by LifeDomain, the property named \"case\", enum-keyed maps")
    void customShapes() {
        ObjectNode intake = ZvhSchemas.schema("intake", Part.FACTS).orElseThrow();
        assertThat(intake.at("/$defs/Tri/enum").toString()).isEqualTo("[\"TRUE\",\"FALSE\",\"UNKNOWN\",null]");
        assertThat(intake.at("/$defs/LifeDomainAssessment/properties").has("DRUGS")).isTrue();
        assertThat(intake.at("/$defs/LifeDomainAssessment/additionalProperties").asBoolean(true)).isFalse();
        assertThat(intake.at("/properties/effects/propertyNames/enum").toString()).contains("CRIME");
        assertThat(intake.at("/required").toString()).isEqualTo("[\"identifiedSubject\"]");
        ObjectNode sharing = ZvhSchemas.schema("sharing", Part.FACTS).orElseThrow();
        assertThat(sharing.at("/properties").has("case")).isTrue();
        assertThat(sharing.at("/properties").has("caseFacts")).isFalse();
        // rev. 2: origin.holder, the guest facts, originConsent and the consent object, with givenBy a set of ConsentGiver
        assertThat(sharing.at("/$defs/Origin/properties").has("holder")).isTrue();
        assertThat(sharing.at("/$defs/Recipient/properties/guest/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(sharing.at("/$defs/Recipient/properties/secrecyDeclarationSigned/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(sharing.at("/$defs/Recipient/properties/referrer/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(sharing.at("/properties/originConsent/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(sharing.at("/$defs/Consent/properties/givenBy/items/$ref").asText()).isEqualTo("#/$defs/ConsentGiver");
        assertThat(sharing.at("/$defs/Consent/additionalProperties").asBoolean(true)).isFalse();
        assertThat(errors("sharing", Part.FACTS, ZvhJson.readTree("{\"provider\":{\"type\":\"ZVH\"},\"recipient\":{\"type\":\"GGZ\"},"
                + "\"category\":\"HEALTH\",\"purpose\":\"CASE_CONSULTATION\",\"origin\":{\"holder\":\"GGZ\"},"
                + "\"consent\":{\"ageBand\":\"FROM_16\",\"capable\":\"TRUE\",\"givenBy\":[\"SUBJECT_SELF\"]}}"))).isEmpty();
        assertThat(errors("sharing", Part.FACTS, ZvhJson.readTree("{\"provider\":{\"type\":\"ZVH\"},\"recipient\":{\"type\":\"GGZ\"},"
                + "\"category\":\"HEALTH\",\"purpose\":\"CASE_CONSULTATION\",\"consent\":{\"givenBy\":[\"PARENT\"]}}")))
                .as("an unknown consent giver").isNotEmpty();
        JsonNode bad = ZvhJson.readTree("{\"identifiedSubject\":true,\"subjectProblems\":true}");
        assertThat(errors("intake", Part.FACTS, bad)).as("a Tri as a JSON boolean").isNotEmpty();
        assertThat(errors("intake", Part.FACTS, ZvhJson.readTree("{\"identifiedSubject\":true,\"lifeDomains\":{\"MOON\":\"PROBLEM\"}}")))
                .as("an unknown leefgebied").isNotEmpty();
        assertThat(errors("intake", Part.FACTS, ZvhJson.readTree("{\"identifiedSubject\":true,\"x\":1}"))).isNotEmpty();
        assertThat(errors("intake", Part.FACTS, ZvhJson.readTree("{\"subjectProblems\":\"TRUE\"}"))).as("required").isNotEmpty();
    }

    @Test
    @DisplayName("regie (rev. 2): a household member's relation is one of the six household relations (REGIE-HOUSEHOLD);"
            + " WZD_CARE is a measure; the configuration names the Wzd holder and the decision records it")
    void regieRevision2() {
        String facts = "{\"phase\":3,\"venue\":\"ZVH\",\"caseKind\":\"SYSTEEMGERICHT\",\"household\":[{\"relation\":\"%s\","
                + "\"measures\":[\"WZD_CARE\",\"YOUTH_PROBATION\"]}]}";
        for (Relation r : Relation.values()) {
            JsonNode f = ZvhJson.readTree(facts.formatted(r.name()));
            assertThat(errors("regie", Part.FACTS, f)).as(r.name()).hasSize(r.isHousehold() ? 0 : 1);
            boolean accepted = true;
            try {
                decide("regie", f, LocalDate.of(2025, 6, 1));
            } catch (InvalidInputException e) {
                accepted = false;
            }
            assertThat(accepted).as("the SDK agrees with the schema on " + r).isEqualTo(r.isHousehold());
        }
        assertThat(ZvhSchemas.schema("regie", Part.FACTS).orElseThrow().toString()).contains("REGIE-HOUSEHOLD");
        JsonNode config = ZvhSchemas.schema("regie", Part.CONFIG).orElseThrow();
        assertThat(config.at("/properties").has("wzdCareHolder")).isTrue();
        assertThat(errors("regie", Part.CONFIG, ZvhJson.readTree("{\"wzdCareHolder\":\"GGZ\"}"))).isEmpty();
        assertThat(errors("regie", Part.CONFIG, ZvhJson.readTree("{\"wzdCareHolder\":\"GGZ \"}"))).isNotEmpty();
        assertThat(ZvhSchemas.schema("regie", Part.DECISION).orElseThrow().at("/required").toString())
                .contains("\"wzdCareHolder\"");
    }

    @Test
    @DisplayName("the facts of every bundled demo case are valid against the facts schema, and their decisions against the decision schema")
    void demoCases() throws IOException {
        int steps = 0;
        for (String name : demoFiles()) {
            JsonNode demo;
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/demo/" + name), name)) {
                demo = ZvhJson.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            for (JsonNode step : demo.path("steps")) {
                String kind = step.path("kind").asText();
                JsonNode facts = step.path("facts");
                assertThat(errors(kind, Part.FACTS, facts)).as("%s %s facts", name, kind).isEmpty();
                Object decision = decide(kind, facts, LocalDate.parse(step.path("asOf").asText()));
                assertThat(errors(kind, Part.DECISION, ZvhJson.readTree(ZvhJson.write(decision))))
                        .as("%s %s decision", name, kind).isEmpty();
                steps++;
            }
        }
        assertThat(steps).isGreaterThanOrEqualTo(8);
    }

    private static List<String> demoFiles() throws IOException {
        try (InputStream in = ZvhSchemasTest.class.getResourceAsStream("/demo/index.txt")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    @DisplayName("conformance vectors: facts the SDK accepts pass the schema; facts refused for their JSON shape fail it")
    void conformanceVectors() throws IOException {
        int accepted = 0;
        int refusedShape = 0;
        int refusedShapeAgree = 0;
        int refusedOther = 0;
        int refusedOtherSchemaRefuses = 0;
        int decisions = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path p : ConformanceRunner.bundledVectors()) {
            JsonNode v = ZvhJson.readTree(Files.readString(p, StandardCharsets.UTF_8));
            String kind = v.path("decision").asText();
            String id = v.path("id").asText();
            JsonNode facts = v.path("facts");
            List<Error> schemaErrors = errors(kind, Part.FACTS, facts);
            InvalidInputException refused = null;
            try {
                ZvhJson.read(facts, factsType(kind), "$.facts");
            } catch (InvalidInputException e) {
                refused = e;
            }
            if (refused == null) {
                accepted++;
                if (!schemaErrors.isEmpty()) {
                    disagreements.add(id + ": the SDK accepts, the schema refuses: " + schemaErrors);
                }
                try {
                    Object d = decide(kind, facts, LocalDate.parse(v.path("asOf").asText()));
                    List<Error> de = errors(kind, Part.DECISION, ZvhJson.readTree(ZvhJson.write(d)));
                    if (!de.isEmpty()) {
                        disagreements.add(id + ": decision fails the decision schema: " + de);
                    }
                    decisions++;
                } catch (InvalidInputException e) {
                    // refused for its date or a rule across values; nothing to validate
                }
            } else if (refused.violations().stream().allMatch(ZvhSchemasTest::shape)) {
                refusedShape++;
                if (schemaErrors.isEmpty()) {
                    disagreements.add(id + ": the SDK refuses " + refused.violations() + ", the schema accepts");
                } else {
                    refusedShapeAgree++;
                }
            } else {
                refusedOther++;
                System.out.println("refused by a rule across fields: " + id + " " + refused.violations().stream()
                        .map(Violation::ruleId).toList() + "; schema refuses too: " + !schemaErrors.isEmpty());
                if (!schemaErrors.isEmpty()) {
                    refusedOtherSchemaRefuses++;
                }
            }
        }
        System.out.printf("vectors: %d accepted (all pass the schema: %b), %d decisions valid; refused for shape %d"
                + " (schema agrees %d); refused by a rule across fields %d (schema also refuses %d)%n", accepted,
                disagreements.isEmpty(), decisions, refusedShape, refusedShapeAgree, refusedOther, refusedOtherSchemaRefuses);
        assertThat(disagreements).isEmpty();
        assertThat(accepted).isGreaterThanOrEqualTo(60);
    }

    @Test
    @DisplayName("escalation rev. 2: voluntaryHelpFailing (a Tri), themes (a set of Theme, null unknown), config houseThemes, decision venueReasons and houseThemes")
    void escalationRevisionTwo() {
        for (String ok : List.of("{\"voluntaryHelpFailing\":\"TRUE\",\"themes\":[\"JEUGD\"]}", "{\"themes\":[]}",
                "{\"themes\":null,\"voluntaryHelpFailing\":null}")) {
            assertThat(errors("escalation", Part.FACTS, ZvhJson.readTree(ok))).as(ok).isEmpty();
        }
        for (String bad : List.of("{\"voluntaryHelpFailing\":true}", "{\"themes\":[\"NOPE\"]}", "{\"themes\":\"JEUGD\"}",
                "{\"themes\":[null]}")) {
            assertThat(errors("escalation", Part.FACTS, ZvhJson.readTree(bad))).as(bad).isNotEmpty();
        }
        assertThat(errors("escalation", Part.CONFIG, ZvhJson.readTree("{\"houseThemes\":[\"JEUGD\"]}"))).isEmpty();
        assertThat(errors("escalation", Part.CONFIG, ZvhJson.readTree("{\"houseThemes\":[]}"))).isEmpty();
        assertThat(errors("escalation", Part.CONFIG, ZvhJson.readTree("{\"houseThemes\":[\"NOPE\"]}"))).isNotEmpty();
        assertThat(errors("escalation", Part.CONFIG, ZvhJson.readTree("{\"houseThemes\":\"JEUGD\"}"))).isNotEmpty();
        ObjectNode decision = ZvhSchemas.schema("escalation", Part.DECISION).orElseThrow();
        assertThat(decision.at("/properties").has("venueReasons")).isTrue();
        assertThat(decision.at("/properties").has("houseThemes")).isTrue();
        assertThat(decision.at("/required").toString()).contains("\"venueReasons\"", "\"houseThemes\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    @DisplayName("generated caseloads: every facts line passes the facts schema and every decision the decision schema")
    void generatedCaseload(String kind) {
        CaseloadGenerator g = CaseloadGenerator.of(kind, 7);
        LocalDate asOf = LocalDate.of(2025, 6, 1);
        int decided = 0;
        for (int i = 0; i < 300; i++) {
            ObjectNode facts = g.next();
            try {
                Object d = decide(kind, facts, asOf);
                assertThat(errors(kind, Part.FACTS, facts)).as("line %d: %s", i, facts).isEmpty();
                assertThat(errors(kind, Part.DECISION, ZvhJson.readTree(ZvhJson.write(d)))).as("decision %d", i).isEmpty();
                decided++;
            } catch (InvalidInputException e) {
                // a generator may produce refused lines on purpose; the schema is checked on accepted ones
            }
        }
        assertThat(decided).as("decided lines of %s", kind).isGreaterThan(250);
    }

    @Test
    @DisplayName("casework rev. 2: topX, handOverAccepted, the new events and status, dataAction and wgsDate reach the schemas")
    void caseworkRevision2() {
        ObjectNode facts = ZvhSchemas.schema("transition", Part.FACTS).orElseThrow();
        assertThat(facts.at("/$defs/Event/enum").toString()).contains("\"PLACE_ON_TOP_X\"", "\"HAND_OVER\"");
        assertThat(facts.at("/$defs/CaseStatus/enum").toString()).contains("\"HANDED_OVER\"");
        assertThat(facts.at("/properties/handOverAccepted/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(facts.at("/$defs/TopX/properties").size()).isEqualTo(2);
        assertThat(facts.at("/$defs/TopX/properties/criteriaMet/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(facts.at("/$defs/TopX/properties/criteriaPublished/$ref").asText()).isEqualTo("#/$defs/Tri");
        assertThat(facts.at("/$defs/TopX/additionalProperties").asBoolean(true)).isFalse();
        String placement = "{\"status\":\"SCREENING\",\"event\":\"PLACE_ON_TOP_X\",\"intakeRegime\":\"WGS2025\","
                + "\"topX\":{\"criteriaMet\":\"TRUE\",\"criteriaPublished\":null},\"handOverAccepted\":\"UNKNOWN\"}";
        assertThat(errors("transition", Part.FACTS, ZvhJson.readTree(placement))).isEmpty();
        assertThat(errors("transition", Part.FACTS, ZvhJson.readTree(placement.replace("\"TRUE\"", "true")))).isNotEmpty();
        assertThat(errors("transition", Part.FACTS, ZvhJson.readTree(placement.replace("criteriaPublished", "listed")))).isNotEmpty();
        ObjectNode decision = ZvhSchemas.schema("transition", Part.DECISION).orElseThrow();
        assertThat(decision.at("/$defs/DataAction/enum").toString()).isEqualTo("[\"DELETE\",\"SHIELD\",\"STOP\"]");
        assertThat(decision.at("/required").toString()).contains("\"wgsDate\"").doesNotContain("\"dataAction\"");
    }

    @Test
    @DisplayName("RETENTION (rev. 2): a sharing caseload with renewals passes the facts schema, its decisions (renewals not "
            + "applied, retention regime) the decision schema; a renewal needs on and ground, a reason is a RenewalReason")
    void retentionShapes() {
        LocalDate asOf = LocalDate.of(2031, 6, 1);
        CaseloadGenerator g = CaseloadGenerator.of("sharing", 7, asOf);
        int renewals = 0;
        int notApplied = 0;
        for (int i = 0; i < 2000; i++) {
            ObjectNode facts = g.next();
            Object d = decide("sharing", facts, asOf);
            JsonNode decision = ZvhJson.readTree(ZvhJson.write(d));
            assertThat(errors("sharing", Part.FACTS, facts)).as("line %d: %s", i, facts).isEmpty();
            assertThat(errors("sharing", Part.DECISION, decision)).as("decision %d", i).isEmpty();
            renewals += facts.path("case").path("renewals").size();
            notApplied += decision.path("renewalsNotApplied").size();
        }
        assertThat(renewals).isGreaterThan(notApplied).isGreaterThan(10);
        assertThat(notApplied).isPositive();
        ObjectNode facts = ZvhSchemas.schema("sharing", Part.FACTS).orElseThrow();
        assertThat(facts.at("/$defs/Renewal/required").toString()).isEqualTo("[\"ground\",\"on\"]");
        assertThat(facts.at("/$defs/CaseFacts/properties").has("firstProcessedOn")).isTrue();
        assertThat(facts.at("/$defs/CaseFacts/properties").has("declinedOn")).isTrue();
        JsonNode renewal = ZvhJson.readTree("{\"provider\":{\"type\":\"POLITIE\"},\"recipient\":{\"type\":\"GGZ\"},"
                + "\"category\":\"CASE_FACTS\",\"purpose\":\"CASE_CONSULTATION\",\"case\":{\"renewals\":[{\"originConsent\":\"TRUE\"}]}}");
        assertThat(errors("sharing", Part.FACTS, renewal)).as("a renewal without on and ground").isNotEmpty();
        ObjectNode decisionSchema = ZvhSchemas.schema("sharing", Part.DECISION).orElseThrow();
        assertThat(decisionSchema.at("/$defs/RenewalReason/enum").toString()).contains("AFTER_END", "COVENANT_RETENTION");
        ObjectNode config = ZvhSchemas.schema("sharing", Part.CONFIG).orElseThrow();
        assertThat(config.at("/$defs/Participation/properties").has("role")).isTrue();
        assertThat(config.at("/$defs/Participation/properties").has("conditional")).isTrue();
    }

    @Test
    @DisplayName("the reference configurations are valid against their config schema")
    void referenceConfigs() {
        Map<String, Object> refs = Map.of("intake", IntakeConfig.defaults(), "escalation", EscalationConfig.defaults(),
                "regie", RegieConfig.defaults(), "sharing", HouseConfig.reference(), "transition", TransitionConfig.defaults());
        assertThat(ZvhSchemas.configurableKinds()).containsExactlyInAnyOrderElementsOf(refs.keySet());
        refs.forEach((kind, cfg) -> assertThat(errors(kind, Part.CONFIG, ZvhJson.readTree(ZvhJson.write(cfg))))
                .as(kind).isEmpty());
        assertThat(ZvhSchemas.schema("plan", Part.CONFIG)).isEmpty();
        // rev. 2: the transition decision reads the WGS date (CASE-TOPX, dataAction); JSON null is its default
        ObjectNode transition = ZvhSchemas.schema("transition", Part.CONFIG).orElseThrow();
        assertThat(transition.at("/properties").size()).isEqualTo(1);
        assertThat(transition.at("/properties/wgsDate").toString()).contains("date");
        assertThat(errors("transition", Part.CONFIG, ZvhJson.readTree("{\"wgsDate\":\"2025-01-01\"}"))).isEmpty();
        assertThat(errors("transition", Part.CONFIG, ZvhJson.readTree("{\"wgsDate\":null}"))).isEmpty();
        assertThat(errors("transition", Part.CONFIG, ZvhJson.readTree("{\"policy\":\"x\"}"))).isNotEmpty();
        assertThat(ZvhSchemas.schema("nope", Part.FACTS)).isEmpty();
    }
}
