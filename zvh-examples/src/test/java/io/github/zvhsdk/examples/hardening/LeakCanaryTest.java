package io.github.zvhsdk.examples.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.cli.Zvh;
import io.github.zvhsdk.examples.conformance.ConformanceRunner;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.Case;
import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.CaseKind;
import io.github.zvhsdk.model.CaseStatus;
import io.github.zvhsdk.model.HouseId;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.LifeDomainAssessment;
import io.github.zvhsdk.model.Measure;
import io.github.zvhsdk.model.MunicipalityCode;
import io.github.zvhsdk.model.Person;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.Relation;
import io.github.zvhsdk.model.SafetyRegionCode;
import io.github.zvhsdk.model.SystemMember;
import io.github.zvhsdk.model.Validity;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.contact.AccessRequestReceipt;
import io.github.zvhsdk.privacy.contact.ContactPoint;
import io.github.zvhsdk.privacy.log.ProcessingLog;
import io.github.zvhsdk.privacy.log.ProcessingRecord;
import io.github.zvhsdk.privacy.minimisation.Minimisation;
import io.github.zvhsdk.privacy.minimisation.TaggedField;
import io.github.zvhsdk.privacy.minimisation.TaggedRecord;
import io.github.zvhsdk.privacy.retention.Renewal;
import io.github.zvhsdk.privacy.retention.RenewalGround;
import io.github.zvhsdk.privacy.sharing.CaseFacts;
import io.github.zvhsdk.privacy.sharing.DataCategory;
import io.github.zvhsdk.privacy.sharing.ImmutableSharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.regie.RegieConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leak canaries: a canary BSN (9 digits, and a valid 8-digit form that the SDK left-pads), a BSN that fails the elfproef
 * (a mistyped BSN is still one) and a canary name are pushed through every public path of the SDK and the {@code zvh}
 * command line; none of the digits may ever come out. The name may come out only where the caller put it in a field
 * that is echoed by design (a pseudonymous id) or as the offending token of a refusal (COMMON: a message echoes the
 * offending token and nothing more); never in a decision, a {@code toString}, a log record or a receipt.
 *
 * <p>Every test counts the paths it checked and asserts that count, so that a path removed by accident fails the test.
 */
@DisplayName("leak canaries: no BSN digits, and no name, ever leave the SDK or the CLI")
class LeakCanaryTest {
    /** The canary BSN (passes the elfproef). */
    static final String BSN9 = Canary.BSN;
    /** A valid BSN in its 8-digit form: read as 023456784. */
    static final String BSN8 = "23456784";
    /** A mistyped BSN (fails the elfproef). */
    static final String TYPO = "123456783";
    /** The canary name. */
    static final String NAME = "Jansen-Canary";
    static final List<String> DIGITS = List.of(BSN9, BSN8, TYPO);
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Collects checked paths and leaks, so that one run names every leak. */
    static final class Probe {
        final Set<String> paths = new LinkedHashSet<>();
        final List<String> leaks = new ArrayList<>();

        /** Output that must hold neither canary digits nor the canary name. */
        void clean(String path, Object output) {
            check(path, output, false);
        }

        /** A refusal's text: the name may appear as the offending token, the digits never. */
        void refusal(String path, Object output) {
            check(path, output, true);
        }

        private void check(String path, Object output, boolean nameAllowed) {
            check(path, output, nameAllowed, DIGITS);
        }

        private void check(String path, Object output, boolean nameAllowed, List<String> digits) {
            if (!paths.add(path)) {
                throw new IllegalStateException("path checked twice: " + path);
            }
            String s = String.valueOf(output);
            for (String d : digits) {
                if (s.contains(d)) {
                    leaks.add(path + ": " + d + " in " + abbreviate(s, d));
                }
            }
            if (!nameAllowed && s.contains(NAME)) {
                leaks.add(path + ": " + NAME + " in " + abbreviate(s, NAME));
            }
        }

        /** Runs an action that must be refused (or else yield clean output), checking the refusal's every form. */
        void refused(String path, Supplier<?> action) {
            refused(path, action, false);
        }

        /**
         * @param nameIsOwn the name, when accepted, is the caller's own name for something it configured (a policy, a
         *     criterion), which decisions repeat by design
         */
        void refused(String path, Supplier<?> action, boolean nameIsOwn) {
            try {
                Object v = action.get();
                check(path + " (accepted)", v, nameIsOwn);
            } catch (InvalidInputException e) {
                StringBuilder b = new StringBuilder(e.getMessage()).append('\n').append(e);
                for (Violation v : e.violations()) {
                    b.append('\n').append(v).append(v.field()).append(v.message());
                }
                refusal(path, b);
            }
        }

        /**
         * An identifier field (PersonId, CaseId, a record id): a valid BSN is refused, but a mistyped one or a name is
         * the caller's own key, echoed by design (model.md refuses a BSN as a key; an id is otherwise opaque).
         */
        void ownKey(String path, Supplier<?> action) {
            try {
                check(path + " (accepted)", action.get(), true, List.of(BSN9, BSN8));
            } catch (InvalidInputException e) {
                refused(path, () -> {
                    throw e;
                });
            }
        }

        void assertNoLeaks(int expectedPaths) {
            assertThat(leaks).as("leaks").isEmpty();
            assertThat(paths).as("paths checked").hasSize(expectedPaths);
        }
    }

    static String abbreviate(String s, String around) {
        int i = s.indexOf(around);
        return s.substring(Math.max(0, i - 120), Math.min(s.length(), i + around.length() + 40)).replace('\n', ' ');
    }

    // --- model values and their toString --------------------------------------------------------------------------

    @Test
    @DisplayName("toString of every value that can hold a BSN, a date of birth or personal values shows none of them")
    void modelToString() {
        Probe p = new Probe();
        Person nine = Person.builder().id(PersonId.of("p-1")).bsn(Bsn.parse(BSN9)).dateOfBirth(LocalDate.of(2001, 2, 3))
                .residence(MunicipalityCode.of("GM0363")).build();
        Person eight = Person.builder().id(PersonId.of("p-2")).bsn(Bsn.parse(BSN8)).build();
        p.clean("Bsn(9).toString", Bsn.parse(BSN9));
        p.clean("Bsn(8).toString", Bsn.parse(BSN8));
        assertThat(Bsn.parse(BSN8).digits()).isEqualTo("0" + BSN8);
        p.clean("Person(9).toString", nine);
        p.clean("Person(8).toString", eight);
        SystemMember member = SystemMember.builder().person(eight).relation(Relation.PARENT)
                .addMeasures(Measure.values()[0]).build();
        p.clean("SystemMember.toString", member);
        Case c = Case.builder().id(CaseId.of("c-1")).kind(CaseKind.SYSTEEMGERICHT).addSubjects(nine).addSystem(member)
                .status(CaseStatus.REGISTERED).registeredOn(AS_OF).lifeDomains(LifeDomainAssessment.unknown()).build();
        p.clean("Case.toString", c);
        p.clean("Case.moveTo.toString", c.moveTo(CaseStatus.SCREENING, AS_OF));
        p.refused("Case.moveTo refused", () -> c.moveTo(CaseStatus.CLOSED, AS_OF.minusDays(1)));
        // the JSON form carries the BSN by design (it round-trips); reading it back never prints it
        p.clean("Person JSON read back.toString", ZvhJson.read(ZvhJson.write(nine), Person.class));
        p.clean("Case JSON read back.toString", ZvhJson.read(ZvhJson.write(c), Case.class));
        TaggedRecord<String> record = new TaggedRecord<>(List.of(
                new TaggedField<>("bsn", DataCategory.values()[0], BSN9),
                new TaggedField<>("name", DataCategory.values()[0], NAME),
                new TaggedField<>("bsn8", DataCategory.values()[DataCategory.values().length - 1], BSN8)));
        p.clean("TaggedField.toString", record.fields().get(0));
        p.clean("TaggedRecord.toString", record);
        p.assertNoLeaks(12);
    }

    // --- identifiers and value checks -------------------------------------------------------------------------------

    @Test
    @DisplayName("a BSN in an identifier field is refused, and the refusal never echoes it")
    void identifiers() {
        Probe p = new Probe();
        for (String c : List.of(BSN9, BSN8, TYPO)) {
            p.refused("Bsn.parse(" + c.length() + (c.equals(TYPO) ? " typo" : "") + ")", () -> Bsn.parse(c));
            p.refused("Bsn.parse(" + c + "x)", () -> Bsn.parse(c + "x"));
            p.ownKey("PersonId.of " + c, () -> PersonId.of(c));
            p.ownKey("CaseId.of " + c, () -> CaseId.of(c));
            p.ownKey("HouseId.of " + c, () -> HouseId.of(c));
            p.refused("MunicipalityCode.of " + c, () -> MunicipalityCode.of(c));
            p.refused("SafetyRegionCode.of " + c, () -> ZvhJson.read("\"" + c + "\"", SafetyRegionCode.class));
            p.refused("Validity.parse " + c, () -> Validity.parse(c));
            p.refused("Validity.parse " + c + "/..", () -> Validity.parse(c + "/.."));
        }
        p.refused("Bsn.parse name", () -> Bsn.parse(NAME));
        p.assertNoLeaks(28);
    }

    /** JSON documents that put a canary in a wrong place of a model value. */
    static Map<String, Map.Entry<Class<?>, String>> misplacedModelJson() {
        Map<String, Map.Entry<Class<?>, String>> m = new LinkedHashMap<>();
        for (String c : DIGITS) {
            m.put("Person.id=" + c, Map.entry(Person.class, "{\"id\":\"" + c + "\"}"));
            m.put("Person.bsn=" + c + "9", Map.entry(Person.class, "{\"id\":\"p\",\"bsn\":\"" + c + "9\"}"));
            m.put("Person.bsn number " + c, Map.entry(Person.class, "{\"id\":\"p\",\"bsn\":" + c + "}"));
            m.put("Person.dateOfBirth=" + c, Map.entry(Person.class, "{\"id\":\"p\",\"dateOfBirth\":\"" + c + "\"}"));
            m.put("Person.dateOfBirth number " + c, Map.entry(Person.class, "{\"id\":\"p\",\"dateOfBirth\":" + c + "}"));
            m.put("Person.residence=" + c, Map.entry(Person.class, "{\"id\":\"p\",\"residence\":\"" + c + "\"}"));
            m.put("Person unknown property " + c, Map.entry(Person.class, "{\"id\":\"p\",\"" + c + "\":\"x\"}"));
            m.put("Person unknown property value " + c, Map.entry(Person.class, "{\"id\":\"p\",\"bsnn\":\"" + c + "\"}"));
            m.put("Person syntax " + c, Map.entry(Person.class, "{\"id\":\"p\"," + c));
            m.put("Person trailing " + c, Map.entry(Person.class, "{\"id\":\"p\"} " + c));
            m.put("Person duplicate " + c, Map.entry(Person.class, "{\"id\":\"p\",\"" + c + "\":1,\"" + c + "\":1}"));
            m.put("LifeDomains key " + c, Map.entry(LifeDomainAssessment.class, "{\"" + c + "\":\"PROBLEM\"}"));
            m.put("LifeDomains value " + c, Map.entry(LifeDomainAssessment.class, "{\"DRUGS\":\"" + c + "\"}"));
            m.put("LifeDomains number " + c, Map.entry(LifeDomainAssessment.class, "{\"DRUGS\":" + c + "}"));
            m.put("Case.kind=" + c, Map.entry(Case.class, "{\"id\":\"c\",\"kind\":\"" + c + "\",\"status\":\"REGISTERED\","
                    + "\"registeredOn\":\"2025-01-01\",\"subjects\":[{\"id\":\"p\"}]}"));
            m.put("Case.registeredOn=" + c, Map.entry(Case.class, "{\"id\":\"c\",\"kind\":\"PERSOONSGERICHT\","
                    + "\"status\":\"REGISTERED\",\"registeredOn\":\"" + c + "\",\"subjects\":[{\"id\":\"p\"}]}"));
            m.put("Case.themes[0]=" + c, Map.entry(Case.class, "{\"id\":\"c\",\"kind\":\"PERSOONSGERICHT\",\"status\":"
                    + "\"REGISTERED\",\"registeredOn\":\"2025-01-01\",\"subjects\":[{\"id\":\"p\"}],\"themes\":[\"" + c + "\"]}"));
            m.put("Case.subjects[0].bsn=" + c + "1", Map.entry(Case.class, "{\"id\":\"c\",\"kind\":\"PERSOONSGERICHT\","
                    + "\"status\":\"REGISTERED\",\"registeredOn\":\"2025-01-01\",\"subjects\":[{\"id\":\"p\",\"bsn\":\""
                    + c + "1\"}]}"));
            m.put("Case.phaseHistory[0].phase=" + c, Map.entry(Case.class, "{\"id\":\"c\",\"kind\":\"PERSOONSGERICHT\","
                    + "\"status\":\"REGISTERED\",\"registeredOn\":\"2025-01-01\",\"subjects\":[{\"id\":\"p\"}],"
                    + "\"phaseHistory\":[{\"phase\":" + c + ",\"since\":\"2025-01-01\"}]}"));
        }
        m.put("Person.bsn=name", Map.entry(Person.class, "{\"id\":\"p\",\"bsn\":\"" + NAME + "\"}"));
        return m;
    }

    @Test
    @DisplayName("JSON errors for a BSN in a date, an enum, a number, a key, an unknown property or broken JSON never echo it")
    void jsonErrors() {
        Probe p = new Probe();
        misplacedModelJson().forEach((label, e) -> {
            if (label.startsWith("Person.id=")) {
                p.ownKey("ZvhJson.read " + label, () -> ZvhJson.read(e.getValue(), e.getKey()));
            } else {
                p.refused("ZvhJson.read " + label, () -> ZvhJson.read(e.getValue(), e.getKey()));
            }
        });
        for (String c : DIGITS) {
            p.refused("ZvhJson.readTree syntax " + c, () -> ZvhJson.readTree("{\"a\":" + c + "x}"));
            p.refused("ZvhJson.readTree duplicate key " + c, () -> ZvhJson.readTree("{\"" + c + "\":1,\"" + c + "\":2}"));
            p.refused("ZvhJson.read(tree) unknown property " + c, () -> ZvhJson.read(
                    F.objectNode().put("id", "p").put(c, "x"), Person.class, "$.facts"));
        }
        p.assertNoLeaks(misplacedModelJson().size() + 9);
        assertThat(misplacedModelJson()).hasSize(58);
    }

    // --- the six decisions, with every fact of every vector replaced by a canary ---------------------------------

    /** A facts (or config) document with one canary put somewhere. */
    record Mutant(String label, JsonNode node) {}

    /**
     * Every single-canary mutation of a document: each value replaced by each canary (as a string, as a JSON number,
     * the name), each object given a canary key, each array given a canary element.
     */
    static List<Mutant> mutants(JsonNode root) {
        List<Mutant> out = new ArrayList<>();
        walk(root, "", out, root);
        return out;
    }

    private static void walk(JsonNode node, String pointer, List<Mutant> out, JsonNode root) {
        if (!pointer.isEmpty()) {
            for (JsonNode replacement : List.<JsonNode>of(F.textNode(BSN9), F.textNode(BSN8), F.numberNode(123456782L),
                    F.textNode(TYPO), F.textNode(NAME))) {
                out.add(new Mutant(pointer + "=" + replacement, replaced(root, pointer, replacement)));
            }
        }
        if (node.isObject()) {
            for (String key : List.of(BSN9, BSN8, NAME)) {
                JsonNode copy = root.deepCopy();
                ((ObjectNode) at(copy, pointer)).put(key, "TRUE");
                out.add(new Mutant(pointer + "/+" + key, copy));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), pointer + "/" + e.getKey(), out, root);
            }
        } else if (node.isArray()) {
            JsonNode copy = root.deepCopy();
            ((ArrayNode) at(copy, pointer)).add(BSN9);
            out.add(new Mutant(pointer + "/+" + BSN9, copy));
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, out, root);
            }
        }
    }

    private static JsonNode at(JsonNode root, String pointer) {
        return pointer.isEmpty() ? root : root.at(pointer);
    }

    private static JsonNode replaced(JsonNode root, String pointer, JsonNode replacement) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = at(copy, pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, replacement);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        }
        return copy;
    }

    static List<JsonNode> vectors() {
        List<JsonNode> vs = new ArrayList<>();
        for (Path file : ConformanceRunner.bundledVectors()) {
            try {
                vs.add(ZvhJson.readTree(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return vs;
    }

    static DecisionKind kind(String name) {
        return DecisionKinds.byName(name).orElseThrow();
    }

    /** Evaluates facts and checks the decision's JSON (explanations included) or the refusal. */
    static void decide(Probe p, String label, DecisionKind kind, JsonNode facts, JsonNode config, LocalDate asOf) {
        p.refused(label, () -> kind.evaluate(facts, config, asOf), OWN_NAMES.matcher(label).find());
    }

    /** {@link #decide} for a conformance vector's facts and config, as the runner evaluates them. */
    static void decideVector(Probe p, String label, DecisionKind kind, JsonNode facts, JsonNode config, LocalDate asOf) {
        p.refused(label, () -> kind.evaluate(facts, kind.vectorConfig(facts, config), asOf),
                OWN_NAMES.matcher(label).find());
    }

    @Test
    @DisplayName("every fact of every conformance vector replaced by a canary: decisions, explanations and refusals are clean")
    void decisionsFromMutatedFacts() {
        Probe p = new Probe();
        int vectors = 0;
        for (JsonNode v : vectors()) {
            vectors++;
            DecisionKind k = kind(v.get("decision").asText());
            LocalDate asOf = LocalDate.parse(v.get("asOf").asText());
            JsonNode config = v.path("config");
            decideVector(p, v.get("id").asText() + " as is", k, v.get("facts"), config, asOf);
            for (Mutant m : mutants(v.get("facts"))) {
                decideVector(p, v.get("id").asText() + " facts" + m.label(), k, m.node(), config, asOf);
            }
        }
        assertThat(vectors).isEqualTo(121);
        p.assertNoLeaks(EXPECTED_FACT_PATHS);
    }

    /**
     * A function of the bundled vectors only: 121 since the revision 2 sync (44 new vectors, whose rev. 2 facts such as
     * {@code origin.holder}, {@code recipient.guest} and {@code consent.givenBy} are mutated like every other fact).
     */
    static final int EXPECTED_FACT_PATHS = 11125;

    /** Where a name is the caller's own name for a thing it configures, repeated in decisions by design. */
    static final java.util.regex.Pattern OWN_NAMES = java.util.regex.Pattern.compile(
            "/regional/\\+|regional criterion id|config/id=|/casusPolicy/id=|/rules/\\d+/id=|/citations/\\d+/section="
                    + "|/responsibilities/id=|/name=|/version=|/regionalCriteria/|/section=|/note=");

    /** Each kind's configuration in full (the reference), to mutate. */
    static Map<String, JsonNode> configs() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("intake", ZvhJson.readTree("{\"complexityReading\":\"STANDALONE_D\",\"wgsDate\":\"2025-03-01\"}"));
        // rev. 2: houseThemes given (the reference leaves it out), so that its paths are checked too
        m.put("escalation", ZvhJson.readTree(ZvhJson.write(EscalationConfig.builder().from(EscalationConfig.defaults())
                .houseThemes(EscalationConfig.defaults().houseThemesOn(LocalDate.of(2025, 6, 1))).build())));
        m.put("regie", ZvhJson.readTree(ZvhJson.write(RegieConfig.defaults())));
        m.put("sharing", ZvhJson.readTree(ZvhJson.write(HouseConfig.reference())));
        m.put("transition", ZvhJson.readTree(ZvhJson.write(TransitionConfig.defaults())));
        m.put("plan", F.objectNode());
        return m;
    }

    @Test
    @DisplayName("every key of every kind's configuration replaced by a canary: decisions and refusals are clean")
    void decisionsFromMutatedConfig() {
        Probe p = new Probe();
        Map<String, JsonNode> firstFacts = new LinkedHashMap<>();
        Map<String, LocalDate> asOfs = new LinkedHashMap<>();
        for (JsonNode v : vectors()) {
            if (!v.has("config") && v.path("expect").path("error").isMissingNode()) {
                firstFacts.putIfAbsent(v.get("decision").asText(), v.get("facts"));
                asOfs.putIfAbsent(v.get("decision").asText(), LocalDate.parse(v.get("asOf").asText()));
            }
        }
        configs().forEach((name, config) -> {
            DecisionKind k = kind(name);
            decide(p, name + " config as is", k, firstFacts.get(name), config, asOfs.get(name));
            for (Mutant m : mutants(config)) {
                decide(p, name + " config" + m.label(), k, firstFacts.get(name), m.node(), asOfs.get(name));
            }
        });
        // each configuration type read directly, in full (the kinds accept only part of some of them)
        Map<Class<?>, JsonNode> types = new LinkedHashMap<>();
        types.put(IntakeConfig.class, ZvhJson.readTree(ZvhJson.write(IntakeConfig.builder().addRegionalCriteria("R-1").build())));
        types.put(EscalationConfig.class, configs().get("escalation"));
        types.put(RegieConfig.class, configs().get("regie"));
        types.put(HouseConfig.class, configs().get("sharing"));
        types.put(TransitionConfig.class, configs().get("transition"));
        types.forEach((type, config) -> {
            for (Mutant m : mutants(config)) {
                p.refused(type.getSimpleName() + " config" + m.label(), () -> {
                    Object c = ZvhJson.read(m.node(), type, "$.config");
                    return c + "\n" + ZvhJson.write(c);
                }, OWN_NAMES.matcher(type.getSimpleName() + " config" + m.label()).find());
            }
        });
        // regional criteria: in a vector the facts' keys are the house's configured criteria
        ObjectNode regional = firstFacts.get("intake").deepCopy();
        for (String c : List.of(BSN9, BSN8, TYPO, NAME)) {
            regional.putObject("regional").put(c, "TRUE");
            decideVector(p, "intake regional criterion id " + c, kind("intake"), regional, F.objectNode(),
                    LocalDate.of(2025, 6, 1));
            p.refused("IntakeConfig.regionalCriteria " + c, () -> IntakeConfig.builder().addRegionalCriteria(c).build(),
                    true);
        }
        p.assertNoLeaks(EXPECTED_CONFIG_PATHS);
    }

    /**
     * 4,663 before revision 2; its configuration keys add the rest: regie's wzdCareHolder, transition's wgsDate,
     * escalation's houseThemes, the house's participants of art. 2.27 with their roles, and SOCIAAL_WIJKTEAM's entry
     * (with its provenance) in the reference secrecy table.
     */
    static final int EXPECTED_CONFIG_PATHS = 6586;

    // --- privacy: log, minimisation, contact point ---------------------------------------------------------------

    static SharingFacts allowedSharing() {
        for (JsonNode v : vectors()) {
            if (v.get("decision").asText().equals("sharing") && !v.has("config")
                    && v.path("expect").path("outcome").asText().startsWith("ALLOW")) {
                return ZvhJson.read(v.get("facts"), SharingFacts.class, "$.facts");
            }
        }
        throw new AssertionError("no allowed sharing vector");
    }

    @Test
    @DisplayName("processing log records, minimisation output and contact point receipts never hold a canary")
    void privacyOutputs() {
        Probe p = new Probe();
        SharingDecision allowed = SharingCheck.check(allowedSharing(), AS_OF);
        assertThat(allowed.isAllowed()).isTrue();
        p.clean("SharingDecision.toString", allowed);
        p.clean("SharingDecision JSON", ZvhJson.write(allowed));
        p.clean("SharingDecision.explain nl", allowed.explain(Locale.forLanguageTag("nl")));
        p.clean("SharingDecision.explain en", allowed.explain(Locale.ENGLISH));
        ProcessingRecord record = ProcessingLog.recordFor(allowed, "r-1", Instant.parse("2025-06-01T10:00:00Z"),
                CaseId.of("c-1"), PersonId.of("p-1")).orElseThrow();
        p.clean("ProcessingRecord.toString", record);
        p.clean("ProcessingRecord JSON", ZvhJson.write(record));
        p.clean("ProcessingRecord.logboekFields", record.logboekFields());
        for (String c : DIGITS) {
            p.ownKey("ProcessingLog.recordFor recordId " + c, () -> ProcessingLog.recordFor(allowed, c,
                    Instant.parse("2025-06-01T10:00:00Z"), CaseId.of("c-1"), PersonId.of("p-1")));
            String json = ZvhJson.write(record);
            p.ownKey("ProcessingRecord JSON dataSubject " + c, () -> ZvhJson.read(
                    json.replace("\"dataSubject\":\"p-1\"", "\"dataSubject\":\"" + c + "\""), ProcessingRecord.class));
            p.ownKey("ProcessingRecord JSON caseRef " + c, () -> ZvhJson.read(
                    json.replace("\"caseRef\":\"c-1\"", "\"caseRef\":\"" + c + "\""), ProcessingRecord.class));
            p.refused("ProcessingRecord JSON configId " + c, () -> ZvhJson.read(
                    json.replace("\"configId\":\"" + record.configId() + "\"", "\"configId\":\"" + c + "\""),
                    ProcessingRecord.class));
            p.refused("ProcessingRecord JSON moment " + c, () -> ZvhJson.read(
                    json.replace("\"moment\":\"2025-06-01T10:00:00Z\"", "\"moment\":\"" + c + "\""), ProcessingRecord.class));
        }
        TaggedRecord<String> data = new TaggedRecord<>(List.of(
                new TaggedField<>("bsn", allowed.facts().category(), BSN9),
                new TaggedField<>("naam", allowed.facts().category(), NAME),
                new TaggedField<>("other", otherCategory(allowed.facts().category()), BSN8)));
        TaggedRecord<String> minimised = Minimisation.minimise(data, allowed);
        assertThat(minimised.fields()).hasSize(2);
        p.clean("Minimisation.minimise.toString", minimised);
        p.clean("Minimisation.minimise.fields.toString", minimised.fields());
        p.clean("Minimisation.minimise.categories", minimised.categories());
        HouseConfig reference = HouseConfig.reference();
        AccessRequestReceipt receipt = ContactPoint.receive(AS_OF, reference);
        p.clean("AccessRequestReceipt.toString", receipt);
        p.clean("AccessRequestReceipt JSON", ZvhJson.write(receipt));
        for (String c : List.of(BSN9, BSN8, TYPO, NAME)) {
            String json = ZvhJson.write(reference).replace("\"id\":\"" + reference.id() + "\"", "\"id\":\"" + c + "\"");
            p.refused("ContactPoint.receive with config id " + c, () -> ContactPoint.receive(AS_OF,
                    ZvhJson.read(json, HouseConfig.class)), true);
            p.refused("SharingCheck.check with config id " + c, () -> SharingCheck.check(allowedSharing(),
                    ZvhJson.read(json, HouseConfig.class), AS_OF), true);
        }
        p.refused("ContactPoint.receive before the WGS date", () -> ContactPoint.receive(LocalDate.of(2024, 1, 1), reference));
        // rev. 2: the joint controllers named by organisation (a municipal wijkteam made public), and refused when unsettled
        for (String c : List.of(BSN9, BSN8, TYPO, NAME)) {
            String json = ZvhJson.write(reference).replace("\"participants\":[", "\"participants\":[{\"type\":\"SOCIAAL_WIJKTEAM\","
                    + "\"organisation\":\"" + c + "\",\"role\":\"PUBLIC\",\"validity\":\"2025-03-01/..\",\"provenance\":"
                    + "{\"source\":\"SRC-WGS\",\"interpretation\":true}},");
            p.refused("ContactPoint.receive with a public participant named " + c, () -> ContactPoint.receive(AS_OF,
                    ZvhJson.read(json, HouseConfig.class)), true);
            p.refused("ContactPoint.receive with an unsettled participant named " + c, () -> ContactPoint.receive(AS_OF,
                    ZvhJson.read(json.replace(",\"role\":\"PUBLIC\"", ""), HouseConfig.class)), true);
        }
        // rev. 2: retention, its renewals not applied and their reasons, in the decision, its JSON and explanations
        SharingFacts base = allowedSharing();
        SharingFacts retained = ImmutableSharingFacts.copyOf(base).withCaseFacts(CaseFacts.builder().from(base.caseFacts())
                .firstProcessedOn(LocalDate.of(2025, 3, 1))
                .addRenewal(Renewal.of(LocalDate.of(2025, 5, 1), RenewalGround.RELAPSE_RISK, Tri.UNKNOWN)).build());
        SharingDecision withRetention = SharingCheck.check(retained, AS_OF);
        assertThat(withRetention.renewalsNotApplied()).hasSize(1);
        p.clean("SharingDecision with retention JSON", ZvhJson.write(withRetention));
        p.clean("SharingDecision with retention explain nl", withRetention.explain(Locale.forLanguageTag("nl")));
        p.clean("SharingDecision with retention explain en", withRetention.explain(Locale.ENGLISH));
        p.refused("SharingCheck.check with retention dates after asOf", () -> SharingCheck.check(retained, LocalDate.of(2025, 3, 2)));
        p.assertNoLeaks(EXPECTED_PRIVACY_PATHS);
    }

    static final int EXPECTED_PRIVACY_PATHS = 48;

    static DataCategory otherCategory(DataCategory c) {
        for (DataCategory d : DataCategory.values()) {
            if (d != c) {
                return d;
            }
        }
        throw new AssertionError();
    }

    // --- the command line ---------------------------------------------------------------------------------------

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + "\n" + err;
        }
    }

    static Run zvh(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Zvh.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("zvh evaluate, batch and conformance with canary-laden facts, configs, file names and arguments")
    void commandLine(@TempDir Path dir) throws IOException {
        Probe p = new Probe();
        Map<String, List<Mutant>> byKind = new LinkedHashMap<>();
        Map<String, JsonNode> vectorOf = new LinkedHashMap<>();
        for (JsonNode v : vectors()) {
            String kind = v.get("decision").asText();
            if (!v.has("config") && vectorOf.putIfAbsent(kind, v) == null) {
                byKind.put(kind, mutants(v.get("facts")));
            }
        }
        assertThat(byKind).hasSize(6);
        for (Map.Entry<String, List<Mutant>> e : byKind.entrySet()) {
            String kind = e.getKey();
            String asOf = vectorOf.get(kind).get("asOf").asText();
            StringBuilder ndjson = new StringBuilder();
            for (Mutant m : e.getValue()) {
                ndjson.append(m.node()).append('\n');
            }
            ndjson.append("{\"broken\": ").append(BSN9).append('\n').append(BSN9).append('\n').append(NAME).append('\n');
            Path lines = Files.writeString(dir.resolve(kind + ".ndjson"), ndjson);
            Run batch = zvh("batch", kind, "--as-of", asOf, lines.toString());
            assertThat(batch.out().lines()).hasSize(e.getValue().size() + 3);
            p.refusal("batch " + kind, batch);
            Path one = Files.writeString(dir.resolve(kind + "-one.json"), e.getValue().get(0).node().toString());
            p.refusal("evaluate " + kind + " json", zvh("evaluate", kind, "--as-of", asOf, one.toString()));
            p.refusal("evaluate " + kind + " text", zvh("evaluate", kind, "--as-of", asOf, "--format", "text", one.toString()));
            Path good = Files.writeString(dir.resolve(kind + "-good.json"), vectorOf.get(kind).get("facts").toString());
            for (String lang : List.of("nl", "en")) {
                p.clean("evaluate " + kind + " good text " + lang,
                        zvh("evaluate", kind, "--as-of", asOf, "--format", "text", "--lang", lang, good.toString()));
            }
            p.clean("evaluate " + kind + " good json", zvh("evaluate", kind, "--as-of", asOf, good.toString()));
            Path badConfig = Files.writeString(dir.resolve(kind + "-config.json"), "{\"" + BSN9 + "\":\"" + BSN8 + "\"}");
            p.refusal("evaluate " + kind + " config", zvh("evaluate", kind, "--as-of", asOf, "--config", badConfig.toString(),
                    good.toString()));
            p.refusal("batch " + kind + " config", zvh("batch", kind, "--as-of", asOf, "--config", badConfig.toString(),
                    lines.toString()));
        }
        Path named = Files.writeString(dir.resolve("dossier-" + BSN9 + ".json"), "{}");
        p.refusal("evaluate file named after a BSN", zvh("evaluate", "intake", "--as-of", "2025-06-01", named.toString()));
        p.refusal("evaluate missing file named after a BSN", zvh("evaluate", "intake", "--as-of", "2025-06-01",
                dir.resolve(BSN8 + ".json").toString()));
        p.refusal("batch missing file named after a BSN", zvh("batch", "intake", "--as-of", "2025-06-01",
                dir.resolve(BSN8 + ".ndjson").toString()));
        p.refusal("evaluate kind " + BSN9, zvh("evaluate", BSN9, "--as-of", "2025-06-01", named.toString()));
        p.refusal("batch kind " + BSN9, zvh("batch", BSN9, "--as-of", "2025-06-01", named.toString()));
        p.refusal("evaluate as-of " + BSN9, zvh("evaluate", "intake", "--as-of", BSN9, named.toString()));
        p.refusal("evaluate unknown option " + BSN9, zvh("evaluate", "intake", "--" + BSN9, named.toString()));
        // conformance: vectors carrying canaries in their facts, their expectations and their ids
        Path vectors = Files.createDirectory(dir.resolve("vectors"));
        int n = 0;
        for (Map.Entry<String, List<Mutant>> e : byKind.entrySet()) {
            JsonNode base = vectorOf.get(e.getKey());
            for (Mutant m : e.getValue()) {
                ObjectNode v = base.deepCopy();
                v.put("id", "X-" + (++n));
                v.set("facts", m.node());
                Files.writeString(vectors.resolve("X-" + n + ".json"), v.toString());
            }
            ObjectNode expectLeak = base.deepCopy();
            expectLeak.put("id", "Y-" + e.getKey());
            Iterator<String> keys = base.get("expect").fieldNames();
            ((ObjectNode) expectLeak.get("expect")).put(keys.next(), BSN9);
            Files.writeString(vectors.resolve("Y-" + e.getKey() + ".json"), expectLeak.toString());
        }
        Files.writeString(vectors.resolve("Z-broken-" + BSN8 + ".json"), "{\"id\":\"" + BSN9 + "\"," + BSN9);
        Run conformance = zvh("conformance", vectors.toString());
        assertThat(conformance.out().lines()).hasSize(n + 6 + 1 + 1);
        p.refusal("conformance", conformance);
        p.clean("demo", zvh("demo"));
        p.assertNoLeaks(EXPECTED_CLI_PATHS);
    }

    static final int EXPECTED_CLI_PATHS = 57;
}
