package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent audit of the rule families against the spec: hidden-vector-style cases in the format of
 * conformance/FORMAT.md, written from the spec text only (intake.md, escalation.md, regie.md, sharing.md,
 * casework.md), run through the same {@link ConformanceRunner} the jar's {@code conformance} command uses.
 *
 * <p>The cases live in {@code src/test/resources/io/github/zvhsdk/examples/conformance/audit/<kind>.json}, one JSON
 * array of vectors per kind; each carries a {@code note} saying which sentence of the spec it checks. They are
 * deliberately not in the shared vectors folder or its project copy.
 *
 * <p>Besides running every case, the test checks that the cases reach what they claim to cover: every rule id of a
 * family refuses (or decides) in some case and does not in another, every refused-input class occurs per kind.
 */
@DisplayName("audit: hidden-vector-style cases derived from the spec text, per kind")
class AuditVectorsTest {
    private static final List<String> KINDS = List.of("intake", "escalation", "regie", "sharing", "transition", "plan");
    private static final ConformanceRunner RUNNER = ConformanceRunner.standard();

    private static List<JsonNode> vectors(String kind) {
        String name = "audit/" + kind + ".json";
        try (InputStream in = AuditVectorsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            JsonNode all = ZvhJson.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(all.isArray()).as(name + " is a JSON array of vectors").isTrue();
            List<JsonNode> out = new ArrayList<>();
            all.forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> decided(String kind) {
        return vectors(kind).stream().filter(v -> !v.get("expect").has("error")).toList();
    }

    @TestFactory
    @DisplayName("every audit case passes through the conformance runner")
    Stream<DynamicTest> everyCasePasses() {
        Set<String> ids = new HashSet<>();
        return KINDS.stream().flatMap(k -> vectors(k).stream()).map(v -> {
            String id = v.get("id").asText();
            assertThat(ids.add(id)).as("unique id " + id).isTrue();
            assertThat(v.hasNonNull("note")).as(id + " says what it checks").isTrue();
            return DynamicTest.dynamicTest(id + ": " + v.get("note").asText(), () -> {
                VectorOutcome o = RUNNER.run(id, v);
                assertThat(o.passed()).as(o.line()).isTrue();
            });
        });
    }

    @Test
    @DisplayName("the case count per kind, and every kind has cases of each refused-input class of FORMAT.md")
    void refusedInputClassesPerKind() {
        Map<String, Integer> count = new TreeMap<>();
        for (String kind : KINDS) {
            List<JsonNode> errors = vectors(kind).stream().filter(v -> v.get("expect").has("error")).toList();
            count.put(kind, vectors(kind).size());
            assertThat(errors).as(kind + ": an asOf before 2013-01-01")
                    .anyMatch(v -> v.get("asOf").asText().compareTo("2013-01-01") < 0);
            String notes = String.join("\n", errors.stream().map(v -> v.get("note").asText()).toList()).toLowerCase();
            // escalation.md: "None is required: every absent fact is unknown"
            List<String> classes = kind.equals("escalation") ? List.of("unknown", "json boolean", "token")
                    : List.of("required", "unknown", "json boolean", "token");
            for (String cls : classes) {
                assertThat(notes).as(kind + ": a refused case about '" + cls + "'").contains(cls);
            }
        }
        assertThat(count.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(250);
    }

    @Test
    @DisplayName("intake: every criterion is TRUE in some case and FALSE in another, under its own regime")
    void intakeCriteriaBothWays() {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (JsonNode v : decided("intake")) {
            JsonNode c = v.get("expect").path("criteria");
            c.properties().forEach(e -> seen.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue().asText()));
        }
        for (String criterion : List.of("A", "B", "C", "D", "a", "b", "c", "d", "regional")) {
            assertThat(seen.get(criterion)).as(criterion).contains("TRUE", "FALSE", "UNKNOWN");
        }
        // identifiedSubject is required and definite: WGS-SUBJECT is never UNKNOWN
        assertThat(seen.get("subject")).containsExactlyInAnyOrder("TRUE", "FALSE");
    }

    @Test
    @DisplayName("escalation: every phase is a lowest and a highest, every venue and direction occurs")
    void escalationRanges() {
        Set<String> seen = new HashSet<>();
        for (JsonNode v : decided("escalation")) {
            JsonNode e = v.get("expect");
            seen.add("lowest" + e.path("lowest").asText());
            seen.add("highest" + e.path("highest").asText());
            seen.add("venue" + e.path("venue").asText());
            seen.add("direction" + e.path("direction").asText());
            seen.add("advisory" + e.path("advisoryRole").asText());
        }
        for (int p = 1; p <= 4; p++) {
            assertThat(seen).contains("lowest" + p, "highest" + p);
        }
        assertThat(seen).contains("venueLOCAL", "venueZVH", "venueUNKNOWN", "directionUP", "directionDOWN",
                "directionSTAY", "directionUNKNOWN", "advisoryZVH", "advisorynull");
        // rev. 2: every reason for the house occurs, the new facts are named as missing, house themes are configured
        Set<String> reasons = new HashSet<>();
        Set<String> missing = new HashSet<>();
        boolean configured = false;
        for (JsonNode v : decided("escalation")) {
            v.get("expect").path("venueReasons").forEach(r -> reasons.add(r.asText()));
            v.get("expect").path("missing").forEach(m -> missing.add(m.asText().replaceFirst("\\..*", "")));
            configured |= v.path("config").has("houseThemes");
        }
        assertThat(reasons).containsExactlyInAnyOrder("COOPERATION_STAGNATING", "ACUTE_SAFETY_THREAT",
                "VOLUNTARY_HELP_FAILING", "HOUSE_THEME", "STAYS_AT_HOUSE");
        assertThat(missing).contains("themes", "voluntaryHelpFailing", "admissible", "cooperationStagnating", "lifeDomains");
        assertThat(configured).isTrue();
    }

    @Test
    @DisplayName("regie: every casusregie rule decides some case, every procesregie value occurs")
    void regieRules() {
        Set<String> seen = new HashSet<>();
        for (JsonNode v : decided("regie")) {
            seen.add(v.get("expect").path("casusRule").asText());
            seen.add(v.get("expect").path("procesregie").asText());
        }
        assertThat(seen).contains("CASUS-FORCED-YOUTH", "CASUS-FORCED-ADULT", "CASUS-VERWARD", "CASUS-RADICALISERING",
                "CASUS-EX-JUSTITIABELE", "CASUS-HUISELIJK-GEWELD", "CASUS-ZWAARTEPUNT", "CASUS-AREA", "REGIE-SYSTEM",
                "NONE", "GEMEENTE", "ZVH");
    }

    @Test
    @DisplayName("sharing, transition, plan: every rule id refuses in some case, and some case allows")
    void refusingRulesBothWays() {
        assertRefusals("sharing", "refusedBy", List.of("SHARE-AGGREGATE-ONLY", "SHARE-REGIME", "SHARE-PARTICIPANTS",
                "SHARE-GUEST", "SHARE-COVENANT", "SHARE-TRANSITION", "SHARE-STATUS", "SHARE-RECIPIENT", "SHARE-CATEGORY",
                "SHARE-SECRECY", "SHARE-CONSENT-CAPACITY", "SHARE-SPECIAL-CATEGORY", "SHARE-JUSTICE-ORIGIN", "SHARE-BSN",
                "SHARE-THIRD-PARTY", "SHARE-NECESSITY"));
        assertRefusals("transition", "refusedBy", List.of("CASE-TRANSITION", "CASE-REFERRER", "CASE-ADMIT-CRITERIA",
                "CASE-DECLINE-ADVICE", "CASE-CLOSE-REASON"));
        assertRefusals("plan", "violations", List.of("PLAN-REGISSEUR", "PLAN-COVERAGE", "PLAN-OWNER", "PLAN-PARTIES",
                "PLAN-MONITORING", "PLAN-DUE", "PLAN-TARGET"));
        Set<String> conditions = new HashSet<>();
        decided("sharing").forEach(v -> v.get("expect").path("conditions").forEach(c -> conditions.add(c.asText())));
        assertThat(conditions).contains("RECORD_SECRECY_BASIS", "NECESSARY_EXTRACT_ONLY", "SPECIAL_CATEGORY_SAFEGUARDS",
                "RECORD_WEIGHTY_PUBLIC_INTEREST", "GUEST_NO_SYSTEM_ACCESS", "IDENTIFICATION_ONLY");
    }

    private static void assertRefusals(String kind, String key, List<String> ruleIds) {
        Set<String> refused = new HashSet<>();
        boolean someAllow = false;
        for (JsonNode v : decided(kind)) {
            JsonNode list = v.get("expect").path(key);
            list.forEach(r -> refused.add(r.asText()));
            someAllow |= list.isArray() && list.isEmpty();
        }
        assertThat(refused).as(kind).containsAll(ruleIds);
        assertThat(someAllow).as(kind + ": some case where no rule refuses").isTrue();
    }

    @Test
    @DisplayName("transition, plan (rev. 2): CASE-TOPX and CASE-HANDOVER refuse and allow, every dataAction and its absence, PLAN-TARGET both ways per case kind")
    void revision2Cases() {
        Set<String> refused = new HashSet<>();
        Set<String> allowedEvents = new HashSet<>();
        Set<String> actions = new HashSet<>();
        for (JsonNode v : decided("transition")) {
            JsonNode e = v.get("expect");
            e.path("refusedBy").forEach(r -> refused.add(r.asText()));
            if (e.path("allowed").asBoolean()) {
                allowedEvents.add(v.get("facts").path("event").asText());
            }
            if (e.has("dataAction")) {
                actions.add(e.get("dataAction").asText());
            }
        }
        assertThat(refused).contains("CASE-TOPX", "CASE-HANDOVER");
        assertThat(allowedEvents).contains("PLACE_ON_TOP_X", "HAND_OVER");
        assertThat(actions).containsExactlyInAnyOrder("DELETE", "SHIELD", "STOP", "null");
        assertThat(vectors("transition")).as("a configured WGS date moves CASE-TOPX and dataAction, not CASE-HANDOVER")
                .anyMatch(v -> v.path("config").has("wgsDate") && v.get("facts").path("event").asText().equals("HAND_OVER"))
                .anyMatch(v -> v.path("config").has("wgsDate") && v.get("facts").path("event").asText().equals("PLACE_ON_TOP_X"));
        Map<String, Set<Boolean>> target = new TreeMap<>();
        for (JsonNode v : decided("plan")) {
            boolean household = false;
            for (JsonNode i : v.get("facts").path("plan").path("interventions")) {
                household |= i.path("target").asText().startsWith("household[");
            }
            if (household) {
                boolean violated = false;
                for (JsonNode r : v.get("expect").path("violations")) {
                    violated |= r.asText().equals("PLAN-TARGET");
                }
                target.computeIfAbsent(v.get("facts").get("caseKind").asText(), k -> new HashSet<>()).add(violated);
            }
        }
        assertThat(target.get("PERSOONSGERICHT")).containsExactlyInAnyOrder(true, false);
        assertThat(target.get("SYSTEEMGERICHT")).containsExactlyInAnyOrder(true, false);
        assertThat(target.get("GEBIEDSGERICHT")).containsExactly(true);
        assertThat(target.get("THEMAGEBONDEN")).containsExactly(true);
        assertThat(vectors("plan")).anyMatch(v -> v.get("expect").has("error")
                && v.get("facts").path("casusregie").toString().contains("ZVH"));
    }
}
