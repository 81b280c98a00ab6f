package io.github.zvhsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.model.testkit.Canary;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the zvh command line, in-process: output and exit codes")
class ZvhCliTest {
    record Result(int code, String out, String err) {}

    static Result zvh(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Zvh.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with standard input replaced (the CLI reads '-' or an absent FILE from System.in). */
    static synchronized Result zvhWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return zvh(args);
        } finally {
            System.setIn(saved);
        }
    }

    static final String INTAKE = "{\"identifiedSubject\":true,\"subjectProblems\":\"TRUE\",\"lifeDomains\":{\"DRUGS\":"
            + "\"CRIMINOGENIC\",\"HOUSING\":\"CRIMINOGENIC\"},\"effects\":{\"CRIME\":\"PRESENT\"},\"domainsNeeded\":"
            + "[\"STRAF\",\"ZORG\"],\"singleChainSufficient\":\"FALSE\",\"voluntaryFrameworkSufficient\":\"FALSE\","
            + "\"systemInteraction\":\"PRESENT\",\"areaSafetyProblem\":\"FALSE\"}";

    static Path write(Path dir, String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static void assertOneLineError(Result r, String... contains) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("zvh: ").contains(contains).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    @DisplayName("evaluate: the decision as JSON with the expect keys, or its explanation as text in nl and en; exit 0")
    void evaluate(@TempDir Path dir) throws Exception {
        Path f = write(dir, "case.json", INTAKE);
        Result json = zvh("evaluate", "intake", f.toString(), "--as-of", "2025-06-01");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode d = ZvhJson.readTree(json.out());
        assertThat(d.path("regime").asText()).isEqualTo("WGS2025");
        assertThat(d.path("outcome").asText()).isEqualTo("TRUE");
        assertThat(d.path("criteria").path("b").asText()).isEqualTo("TRUE");
        assertThat(d.path("missing").isArray()).isTrue();
        Result lk = zvh("evaluate", "intake", f.toString(), "--as-of", "2024-06-01", "--format", "text", "--lang", "en");
        assertThat(lk.code()).isZero();
        assertThat(lk.out()).startsWith("Tested against").contains("LK2013");
        Result nl = zvhWithStdin(INTAKE, "evaluate", "intake", "-", "--as-of", "2024-06-01", "--format", "text");
        assertThat(nl.code()).isZero();
        assertThat(nl.out()).contains("peildatum 2024-06-01");
    }

    @Test
    @DisplayName("evaluate bad input: malformed JSON, unknown enum token, missing required fact, bad --as-of, missing file, unknown kind")
    void evaluateBadInputs(@TempDir Path dir) throws Exception {
        assertOneLineError(zvh("evaluate", "intake", write(dir, "broken.json", "{\"identifiedSubject\": true,").toString(),
                "--as-of", "2025-06-01"), "broken.json", "malformed JSON", "JSON-SYNTAX");
        assertOneLineError(zvh("evaluate", "intake", write(dir, "enum.json",
                "{\"identifiedSubject\": true, \"subjectProblems\": \"MAYBE\"}").toString(), "--as-of", "2025-06-01"),
                "enum.json", "$.facts.subjectProblems", "\"MAYBE\"", "TRUE, FALSE, UNKNOWN", "JSON-ENUM");
        assertOneLineError(zvh("evaluate", "intake", write(dir, "bool.json",
                "{\"identifiedSubject\": true, \"subjectProblems\": true}").toString(), "--as-of", "2025-06-01"),
                "bool.json", "$.facts.subjectProblems");
        assertOneLineError(zvh("evaluate", "intake", write(dir, "required.json", "{\"subjectProblems\": \"TRUE\"}").toString(),
                "--as-of", "2025-06-01"), "required.json", "identifiedSubject");
        Path ok = write(dir, "ok.json", INTAKE);
        assertOneLineError(zvh("evaluate", "intake", ok.toString(), "--as-of", "2025-13-01"), "--as-of", "2025-13-01",
                "not a date");
        assertOneLineError(zvh("evaluate", "intake", ok.toString(), "--as-of", "2012-12-31"), "FRAMEWORK-DATE");
        assertOneLineError(zvh("evaluate", "intake", dir.resolve("absent.json").toString(), "--as-of", "2025-06-01"),
                "absent.json", "no such file");
        assertOneLineError(zvh("evaluate", "horoscope", ok.toString(), "--as-of", "2025-06-01"), "unknown decision kind");
        assertOneLineError(zvh("evaluate", "intake", ok.toString(), "--as-of", "2025-06-01", "--config",
                write(dir, "cfg.json", "{\"colour\": \"blue\"}").toString()), "cfg.json", "$.config.colour");
        assertOneLineError(zvh("evaluate", "intake", ok.toString()), "--as-of");
    }

    @Test
    @DisplayName("batch: a bad line in the middle gives an error object with its line number, the run goes on, exit 2, summary on stderr")
    void batchWithBadLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "caseload.ndjson", INTAKE + "\n{\"identifiedSubject\": \"yes\"}\n\n" + INTAKE + "\n");
        Result r = zvh("batch", "intake", f.toString(), "--as-of", "2025-06-01");
        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(ZvhJson.readTree(lines.get(0)).path("outcome").asText()).isEqualTo("TRUE");
        JsonNode error = ZvhJson.readTree(lines.get(1));
        assertThat(error.path("line").asLong()).isEqualTo(2);
        assertThat(error.path("error").path("violations").get(0).path("field").asText()).isEqualTo("$.facts.identifiedSubject");
        assertThat(ZvhJson.readTree(lines.get(2)).path("outcome").asText()).isEqualTo("TRUE");
        assertThat(r.err()).startsWith("zvh batch: 4 lines, 2 decided, 1 refused, 1 blank,").contains("lines/s");
        Result clean = zvhWithStdin(INTAKE + "\n" + INTAKE + "\n", "batch", "intake", "--as-of", "2025-06-01");
        assertThat(clean.code()).isZero();
        assertThat(clean.out().lines()).hasSize(2);
        assertOneLineError(zvh("batch", "intake", dir.resolve("absent.ndjson").toString(), "--as-of", "2025-06-01"),
                "absent.ndjson");
    }

    /** The facts of {@link #INTAKE} with the given {@code regional} object. */
    static String intakeWithRegional(String regional) {
        return INTAKE.substring(0, INTAKE.length() - 1) + ",\"regional\":" + regional + "}";
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2024-06-01", "2025-06-01"})
    @DisplayName("regional: a value for a criterion the configuration lacks is refused by the command line as by the"
            + " library (WGS-REGIONAL, intake.md), under both regimes; --config names the house's criteria")
    void regionalAgreesWithTheLibrary(String date, @TempDir Path dir) throws Exception {
        LocalDate asOf = LocalDate.parse(date);
        String facts = intakeWithRegional("{\"R1\":\"TRUE\"}");
        // the library, with its reference configuration (no regional criteria): refused, naming the fact and the rule
        IntakeFacts parsed = ZvhJson.read(facts, IntakeFacts.class);
        InvalidInputException library = catchThrowableOfType(InvalidInputException.class,
                () -> Intake.assess(parsed, asOf));
        assertThat(library.violations()).extracting(Violation::field, Violation::ruleId)
                .containsExactly(tuple("regional.R1", "WGS-REGIONAL"));
        // the command line, without --config: the same refusal, one line, exit 2
        Path f = write(dir, "regional.json", facts);
        assertOneLineError(zvh("evaluate", "intake", f.toString(), "--as-of", date), "regional.json", "regional.R1",
                "WGS-REGIONAL");
        Result batch = zvh("batch", "intake", write(dir, "regional.ndjson", facts + "\n").toString(), "--as-of", date);
        assertThat(batch.code()).isEqualTo(2);
        JsonNode refused = ZvhJson.readTree(batch.out().lines().findFirst().orElseThrow()).path("error");
        assertThat(refused.path("violations").get(0).path("field").asText()).isEqualTo("regional.R1");
        assertThat(refused.path("violations").get(0).path("ruleId").asText()).isEqualTo("WGS-REGIONAL");
        // with the house's criteria configured, both decide alike: R2 configured without a value is UNKNOWN, missing
        Path config = write(dir, "house.json", "{\"regionalCriteria\": [\"R1\", \"R2\"], \"name\": \"house\","
                + " \"version\": \"7\"}");
        Result cli = zvh("evaluate", "intake", f.toString(), "--as-of", date, "--config", config.toString());
        assertThat(cli.code()).as(cli.err()).isZero();
        IntakeDecision expected = Intake.assess(parsed, IntakeConfig.builder().addRegionalCriteria("R1", "R2")
                .name("house").version("7").build(), asOf);
        JsonNode got = ZvhJson.readTree(cli.out());
        assertThat(got.path("outcome").asText()).isEqualTo(expected.outcome().name());
        assertThat(got.path("config").path("identity").asText()).isEqualTo("house@7");
        List<String> missing = new ArrayList<>();
        got.path("missing").forEach(m -> missing.add(m.asText()));
        assertThat(missing).isEqualTo(expected.missing());
        if (asOf.isAfter(LocalDate.of(2025, 3, 1))) {
            assertThat(expected.outcome()).isEqualTo(Tri.UNKNOWN);
            assertThat(expected.missing()).containsExactly("regional.R2");
        }
        // a conformance vector configures its regional criteria through the keys of facts.regional (intake.md)
        Files.writeString(dir.resolve("R-1.json"), "{\"id\":\"R-1\",\"decision\":\"intake\",\"asOf\":\"" + date
                + "\",\"facts\":" + facts + ",\"expect\":{\"error\":false}}");
        Files.writeString(dir.resolve("R-2.json"), "{\"id\":\"R-2\",\"decision\":\"intake\",\"asOf\":\"" + date
                + "\",\"config\":{\"regionalCriteria\":[\"R1\"]},\"facts\":" + facts + ",\"expect\":{\"error\":true}}");
        Result vectors = zvh("conformance", dir.resolve("R-1.json").toString(), dir.resolve("R-2.json").toString());
        assertThat(vectors.out().lines()).containsExactly("PASS R-1", "PASS R-2", "2 passed, 0 failed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"intake", "escalation", "regie", "sharing", "transition", "plan"})
    @DisplayName("generate: the same seed gives the same caseload, another seed another; batch decides every line")
    void generateDeterministic(String kind) {
        Result a = zvh("generate", kind, "--count", "50", "--seed", "7");
        Result b = zvh("generate", kind, "--count", "50", "--seed", "7");
        Result c = zvh("generate", kind, "--count", "50", "--seed", "8");
        assertThat(a.code()).isZero();
        assertThat(a.out().lines()).hasSize(50);
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
        Result batch = zvhWithStdin(a.out(), "batch", kind, "--as-of", "2025-06-01");
        assertThat(batch.err()).contains("50 lines, 50 decided, 0 refused");
        assertThat(batch.code()).isZero();
        assertOneLineError(zvh("generate", kind, "--count", "-1"), "--count");
    }

    @Test
    @DisplayName("generate --as-of: no case date after it, so batch on that date decides every line; renewals and "
            + "SHARE-RETENTION appear years after the WGS date; a date before 2013 or not a date is bad usage")
    void generateAsOf() {
        Result a = zvh("generate", "sharing", "--count", "400", "--seed", "3", "--as-of", "2031-06-01");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("\"renewals\":[").isNotEqualTo(zvh("generate", "sharing", "--count", "400", "--seed", "3").out());
        Result batch = zvhWithStdin(a.out(), "batch", "sharing", "--as-of", "2031-06-01");
        assertThat(batch.err()).contains("400 lines, 400 decided, 0 refused");
        assertThat(batch.out()).contains("\"SHARE-RETENTION\"", "\"retentionEnd\"", "\"renewalsNotApplied\":[{");
        assertThat(zvh("generate", "sharing", "--count", "1", "--as-of", "2025-06-01").out())
                .isEqualTo(zvh("generate", "sharing", "--count", "1").out());
        assertOneLineError(zvh("generate", "sharing", "--count", "1", "--as-of", "2012-12-31"), "--as-of");
        assertOneLineError(zvh("generate", "sharing", "--count", "1", "--as-of", "soon"), "soon");
    }

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"nl", "en"})
    @DisplayName("demo: every case and every step shows a decision with its explanation; nothing missing, no BSN")
    void demo(String lang) {
        Result r = zvh("demo", "--lang", lang);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String why = lang.equals("nl") ? "     Waarom: " : "     Why: ";
        String[] steps = r.out().split("▸");
        assertThat(steps.length - 1).isGreaterThanOrEqualTo(20);
        for (String step : Arrays.copyOfRange(steps, 1, steps.length)) {
            assertThat(step).as(step).contains(why).doesNotContain("Invoer geweigerd").doesNotContain("Input refused");
        }
        for (int i = 1; i <= 8; i++) {
            assertThat(r.out()).contains("\n" + i + ". ");
        }
        assertThat(r.out()).doesNotContain("(nog niet in deze versie)").doesNotContain("(not in this build yet)")
                .doesNotContain(Canary.BSN).doesNotContainPattern("[0-9]{9}");
        assertOneLineError(zvh("demo", "--lang", "fr"), "--lang");
    }

    @Test
    @DisplayName("conformance: the bundled vectors all pass (exit 0); a failing set exits 1 (see conformanceFailure)")
    void conformanceBundled() {
        Result r = zvh("conformance");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("\\n[0-9]+ passed, 0 failed\\n$").doesNotContain("FAIL ");
    }

    @Test
    @DisplayName("schema: facts by default, --part decision, config KIND; bad kinds and kinds without config exit 2")
    void schema() {
        Result facts = zvh("schema", "sharing");
        assertThat(facts.code()).isZero();
        JsonNode s = ZvhJson.readTree(facts.out());
        assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.path("properties").has("case")).isTrue();
        assertThat(s.path("additionalProperties").asBoolean(true)).isFalse();
        JsonNode decision = ZvhJson.readTree(zvh("schema", "intake", "--part", "decision").out());
        assertThat(decision.path("title").asText()).contains("IntakeDecision");
        JsonNode config = ZvhJson.readTree(zvh("schema", "config", "regie").out());
        assertThat(config.path("title").asText()).contains("RegieConfig");
        assertOneLineError(zvh("schema", "horoscope"), "unknown decision kind");
        assertOneLineError(zvh("schema", "config", "plan"), "plan has no config");
        assertOneLineError(zvh("schema", "config"), "needs a kind");
        assertOneLineError(zvh("schema", "intake", "--part", "outcome"), "--part");
        assertThat(zvh("schema", "--help").out()).contains("zvh schema config intake").contains("--part decision");
    }

    static Stream<Arguments> leakyFacts() {
        String bsn = Canary.BSN;
        return Stream.of(
                Arguments.of("intake", "{\"identifiedSubject\":true,\"note\":\"" + bsn + "\"}"),
                Arguments.of("intake", "{\"identifiedSubject\":true,\"x" + bsn + "\":1}"),
                Arguments.of("intake", "{\"identifiedSubject\":true,\"subjectProblems\":\"" + bsn + "\"}"),
                Arguments.of("intake", "{\"identifiedSubject\":true,\"regional\":{\"R" + bsn + "\":\"TRUE\"}}"),
                Arguments.of("intake", "{\"identifiedSubject\":" + bsn + "}"),
                Arguments.of("intake", "{\"identifiedSubject\":true,\"lifeDomains\":{\"" + bsn + "\":\"PROBLEM\"}}"),
                Arguments.of("escalation", "{\"currentPhase\":" + bsn + "}"),
                Arguments.of("regie", "{\"phase\":2,\"venue\":\"LOCAL\",\"caseKind\":\"" + bsn + "\"}"),
                Arguments.of("sharing", "{\"provider\":{\"type\":\"POLITIE\",\"bsn\":\"" + bsn + "\"}}"),
                Arguments.of("transition", "{\"status\":\"REGISTERED\",\"event\":\"" + bsn + "\"}"),
                Arguments.of("plan", "{\"caseKind\":\"PERSOONSGERICHT\",\"casusregie\":[\"GGZ\"],\"plan\":{\"interventions\":"
                        + "[{\"owner\":\"GGZ\",\"target\":\"household[" + bsn + "]\"}]}}"),
                Arguments.of("intake", "{\"identifiedSubject\":true, \"" + bsn + "\""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("leakyFacts")
    @DisplayName("leak check: no output of evaluate (json and text), batch or --debug contains a BSN that the facts contain")
    void noBsnInAnyOutput(String kind, String facts, @TempDir Path dir) throws Exception {
        Path f = write(dir, "facts.json", facts);
        Path nd = write(dir, "facts.ndjson", INTAKE + "\n" + facts + "\n");
        List<Result> runs = new ArrayList<>();
        runs.add(zvh("evaluate", kind, f.toString(), "--as-of", "2025-06-01"));
        runs.add(zvh("evaluate", kind, f.toString(), "--as-of", "2025-06-01", "--format", "text", "--lang", "en"));
        runs.add(zvh("evaluate", kind, f.toString(), "--as-of", "2025-06-01", "--debug"));
        runs.add(zvh("batch", kind, nd.toString(), "--as-of", "2025-06-01"));
        runs.add(zvhWithStdin(facts, "batch", kind, "--as-of", "2025-06-01", "--progress"));
        for (Result r : runs) {
            assertThat(r.out()).doesNotContain(Canary.BSN);
            assertThat(r.err()).doesNotContain(Canary.BSN);
            assertThat(r.code()).as(r.err()).isIn(0, 2);
        }
    }

    @Test
    @DisplayName("--help explains the commands and exits 0; conformance --help explains the format")
    void help() {
        Result r = zvh("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("conformance").contains("evaluate").contains("Exit codes");
        assertThat(zvh("conformance", "--help").out()).contains("PASS <id>").contains("passed, N failed");
    }

    @Test
    @DisplayName("unknown command or option: exit 2 with a usage message")
    void badUsage() {
        assertThat(zvh("astrology").code()).isEqualTo(2);
        assertThat(zvh("conformance", "--frobnicate").code()).isEqualTo(2);
    }

    @Test
    @DisplayName("conformance over a folder with a broken file: a FAIL line naming the problem, the summary, exit 1")
    void conformanceFailure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("X-1.json"), "{\"id\":\"X-1\",\"decision\":\"intake\"");
        Files.writeString(dir.resolve("X-2.json"), "{\"id\":\"X-2\",\"decision\":\"horoscope\",\"asOf\":\"2025-01-01\","
                + "\"facts\":{},\"expect\":{}}");
        Result r = zvh("conformance", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "FAIL X-1.json: unreadable vector: $: malformed JSON at line 1, column 32 [JSON-SYNTAX]",
                "FAIL X-2: decision \"horoscope\" is not one of intake, escalation, regie, sharing, transition, plan",
                "0 passed, 2 failed");
    }

    @Test
    @DisplayName("conformance: a bad date, an unknown enum token, a missing required fact: FAIL lines naming the problem; the run goes on")
    void conformanceBadInputVectors(@TempDir Path dir) throws Exception {
        String ok = "{\"identifiedSubject\":true,\"subjectProblems\":\"TRUE\"}";
        Files.writeString(dir.resolve("A-1.json"), "{\"id\":\"A-1\",\"decision\":\"intake\",\"asOf\":\"2025-02-30\","
                + "\"facts\":" + ok + ",\"expect\":{\"regime\":\"WGS2025\"}}");
        Files.writeString(dir.resolve("A-2.json"), "{\"id\":\"A-2\",\"decision\":\"intake\",\"asOf\":\"2025-06-01\","
                + "\"facts\":{\"identifiedSubject\":true,\"lifeDomains\":{\"DRUGS\":\"SEVERE\"}},\"expect\":{\"regime\":\"WGS2025\"}}");
        Files.writeString(dir.resolve("A-3.json"), "{\"id\":\"A-3\",\"decision\":\"intake\",\"asOf\":\"2025-06-01\","
                + "\"facts\":{\"subjectProblems\":\"TRUE\"},\"expect\":{\"regime\":\"WGS2025\"}}");
        Files.writeString(dir.resolve("A-4.json"), "{\"id\":\"A-4\",\"decision\":\"intake\",\"asOf\":\"2025-06-01\","
                + "\"facts\":" + ok + ",\"expect\":{\"regime\":\"WGS2025\"}}");
        Files.writeString(dir.resolve("A-5.json"), "{\"id\":\"A-5\",\"decision\":\"intake\",\"asOf\":\"2012-12-31\","
                + "\"facts\":" + ok + ",\"expect\":{\"error\":true}}");
        Result r = zvh("conformance", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("FAIL A-1: input refused: $.asOf").contains("2025-02-30");
        assertThat(lines.get(1)).startsWith("FAIL A-2: input refused: $.facts.lifeDomains.DRUGS").contains("SEVERE")
                .contains("NO_PROBLEM, PROBLEM, CRIMINOGENIC, UNKNOWN");
        assertThat(lines.get(2)).startsWith("FAIL A-3: input refused:").contains("identifiedSubject");
        assertThat(lines.get(3)).isEqualTo("PASS A-4");
        assertThat(lines.get(4)).isEqualTo("PASS A-5");
        assertThat(lines.get(5)).isEqualTo("2 passed, 3 failed");
    }

    @Test
    @DisplayName("evaluate: an unknown kind or a missing file is bad input (exit 2, one line on stderr, no stack trace)")
    void evaluateBadInput(@TempDir Path dir) {
        Result unknown = zvh("evaluate", "astrology", "--as-of", "2025-06-01", dir.resolve("x.json").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("zvh: unknown decision kind \"astrology\"").doesNotContain("\tat ");
        assertThat(zvh("evaluate", "intake").code()).isEqualTo(2); // --as-of is required: no clock
    }

    @Test
    @DisplayName("an argument, a file name or a vector that holds a number that could be a BSN is never echoed (MODEL-BSN)")
    void withholdsBsnLikeArguments(@TempDir Path dir) throws Exception {
        String bsn = io.github.zvhsdk.model.testkit.Canary.BSN;
        for (Result r : new Result[] {
                zvh("evaluate", bsn, "--as-of", "2025-06-01", "x.json"),
                zvh("evaluate", "intake", "--as-of", bsn, "x.json"),
                zvh("evaluate", "intake", "--as-of", "2025-06-01", "--" + bsn),
                zvh("batch", "intake", "--as-of", "2025-06-01", dir.resolve(bsn + ".ndjson").toString())}) {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out() + r.err()).doesNotContain(bsn).contains("<number withheld>");
        }
        Files.writeString(dir.resolve(bsn + ".json"), "{\"id\":\"" + bsn + "\",");
        Result c = zvh("conformance", dir.toString());
        assertThat(c.out()).doesNotContain(bsn).contains("FAIL <number withheld>.json");
    }
}

