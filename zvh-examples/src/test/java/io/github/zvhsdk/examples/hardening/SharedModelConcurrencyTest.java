package io.github.zvhsdk.examples.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.examples.conformance.ConformanceRunner;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import io.github.zvhsdk.privacy.sharing.SharingOutcome;
import io.github.zvhsdk.rules.casework.Lifecycle;
import io.github.zvhsdk.rules.casework.TransitionConfig;
import io.github.zvhsdk.rules.casework.TransitionDecision;
import io.github.zvhsdk.rules.casework.TransitionFacts;
import io.github.zvhsdk.rules.escalation.Escalation;
import io.github.zvhsdk.rules.escalation.EscalationConfig;
import io.github.zvhsdk.rules.escalation.EscalationDecision;
import io.github.zvhsdk.rules.escalation.EscalationFacts;
import io.github.zvhsdk.rules.escalation.EscalationVenue;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import io.github.zvhsdk.rules.plan.PlanCheck;
import io.github.zvhsdk.rules.plan.PlanDecision;
import io.github.zvhsdk.rules.plan.PlanFacts;
import io.github.zvhsdk.rules.regie.Procesregie;
import io.github.zvhsdk.rules.regie.Regie;
import io.github.zvhsdk.rules.regie.RegieConfig;
import io.github.zvhsdk.rules.regie.RegieDecision;
import io.github.zvhsdk.rules.regie.RegieFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One decision object model shared across threads gives the same results as sequential evaluation (issue 9).
 *
 * <p>A seeded caseload of every decision kind (the caseload generator, plus the facts and dates of the bundled
 * conformance vectors, which reach outcomes the generator rarely draws, such as sharing allowed with conditions, and
 * refused input) is decided once on this thread; then {@value #THREADS} threads, released
 * together by a start gate, decide the same cases, each in its own shuffled order, against the very same facts,
 * configuration and house objects. Every decision must equal the sequential one: the decision value, its JSON and its
 * explanation in Dutch and English. A refusal must be the same refusal. The same is asked of the shared
 * {@link DecisionKind} instances that {@code zvh batch} and the conformance runner use (one of them caches the
 * configuration it last built). No timing is asserted.
 */
class SharedModelConcurrencyTest {
    private static final int THREADS = 16;
    private static final int CASES_PER_KIND = 100;
    private static final long SEED = 20_261_204L;
    private static final Locale NL = Locale.forLanguageTag("nl");
    /**
     * Before and after the WGS took effect (2025-03-01), so that both regimes are decided; and from 2025-07-01, when the
     * reference house themes of escalation lose radicalisation (rev. 2).
     */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 7, 1));

    // the shared configuration and house objects: built once, read by every thread
    private static final IntakeConfig INTAKE = IntakeConfig.defaults();
    private static final EscalationConfig ESCALATION = EscalationConfig.defaults();
    private static final RegieConfig REGIE = RegieConfig.defaults();
    private static final HouseConfig HOUSE = HouseConfig.reference();
    private static final TransitionConfig TRANSITION = TransitionConfig.defaults();

    /**
     * One case: its kind, its facts as JSON and as the typed (shared) facts value, or the refusal of reading them, and
     * its date.
     */
    private record Input(String kind, JsonNode json, Object facts, LocalDate asOf) {}

    /**
     * What one evaluation gave: the decision (null when refused), the outcome it is counted under, its JSON and its
     * explanations, or the refusal.
     */
    private record Result(String kind, String outcome, Object decision, String json, String nl, String en) {}

    private static List<Input> caseload;

    @BeforeAll
    static void generate() throws IOException {
        List<Input> cases = new ArrayList<>();
        Random dates = new Random(SEED);
        for (String kind : CaseloadGenerator.KINDS) {
            CaseloadGenerator g = CaseloadGenerator.of(kind, SEED);
            for (int i = 0; i < CASES_PER_KIND; i++) {
                cases.add(input(kind, g.next(), DATES.get(dates.nextInt(DATES.size()))));
            }
        }
        // the vectors' own configuration is left out: every case is decided with the one shared configuration
        for (Path p : ConformanceRunner.bundledVectors()) {
            JsonNode v = ZvhJson.readTree(Files.readString(p, StandardCharsets.UTF_8));
            String kind = v.path("decision").asText();
            if (CaseloadGenerator.KINDS.contains(kind) && v.path("facts").isObject() && isDate(v.path("asOf").asText())) {
                cases.add(input(kind, v.get("facts"), LocalDate.parse(v.path("asOf").asText())));
            }
        }
        caseload = List.copyOf(cases);
    }

    private static Input input(String kind, JsonNode json, LocalDate asOf) {
        Object facts;
        try {
            facts = ZvhJson.read(json, factsType(kind), "$.facts");
        } catch (InvalidInputException e) {
            facts = e;
        }
        return new Input(kind, json, facts, asOf);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Class<?> factsType(String kind) {
        return switch (kind) {
            case "intake" -> IntakeFacts.class;
            case "escalation" -> EscalationFacts.class;
            case "regie" -> RegieFacts.class;
            case "sharing" -> SharingFacts.class;
            case "transition" -> TransitionFacts.class;
            case "plan" -> PlanFacts.class;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Decides a case through the library API, with the shared configuration objects. */
    private static Result decide(Input in) {
        if (in.facts() instanceof InvalidInputException e) {
            return refused(in, e);
        }
        try {
            return switch (in.kind()) {
                case "intake" -> {
                    IntakeDecision d = Intake.assess((IntakeFacts) in.facts(), INTAKE, in.asOf());
                    yield result(in, d.outcome().name(), d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                case "escalation" -> {
                    EscalationDecision d = Escalation.assess((EscalationFacts) in.facts(), ESCALATION, in.asOf());
                    yield result(in, d.venue().name(), d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                case "regie" -> {
                    RegieDecision d = Regie.decide((RegieFacts) in.facts(), REGIE, in.asOf());
                    yield result(in, d.procesregie().name(), d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                case "sharing" -> {
                    SharingDecision d = SharingCheck.check((SharingFacts) in.facts(), HOUSE, in.asOf());
                    yield result(in, d.outcome().name(), d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                case "transition" -> {
                    TransitionDecision d = Lifecycle.transition((TransitionFacts) in.facts(), TRANSITION, in.asOf());
                    // rev. 2: an allowed step is counted under what it means for the data, where it means something
                    String outcome = d.allowed() ? "ALLOWED" + d.dataAction().map(a -> ":" + a).orElse("") : "REFUSED";
                    yield result(in, outcome, d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                case "plan" -> {
                    PlanDecision d = PlanCheck.check((PlanFacts) in.facts(), in.asOf());
                    yield result(in, d.valid() ? "VALID" : "INVALID", d, d.explain(NL), d.explain(Locale.ENGLISH));
                }
                default -> throw new IllegalArgumentException(in.kind());
            };
        } catch (InvalidInputException e) {
            return refused(in, e);
        }
    }

    private static Result result(Input in, String outcome, Object decision, String nl, String en) {
        return new Result(in.kind(), outcome, decision, ZvhJson.write(decision), nl, en);
    }

    private static Result refused(Input in, InvalidInputException e) {
        return new Result(in.kind(), "INPUT_REFUSED", "", e.subject() + " " + e.violations(), "", "");
    }

    /** Evaluates every case on this thread, in caseload order. */
    private static List<Result> sequential(Function<Input, Result> evaluate) {
        return caseload.stream().map(evaluate).toList();
    }

    /**
     * Evaluates every case on each of {@value #THREADS} threads, each in its own shuffled order, all released at once.
     *
     * @return per thread, the results in caseload order
     */
    private static List<List<Result>> concurrent(Function<Input, Result> evaluate) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Result>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long shuffleSeed = SEED + t;
                Callable<List<Result>> task = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < caseload.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(shuffleSeed));
                    Result[] results = new Result[caseload.size()];
                    ready.countDown();
                    start.await();
                    for (int i : order) {
                        results[i] = evaluate.apply(caseload.get(i));
                    }
                    return Arrays.asList(results);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(5, TimeUnit.MINUTES)).as("all threads at the start gate").isTrue();
            start.countDown();
            List<List<Result>> perThread = new ArrayList<>();
            for (Future<List<Result>> f : futures) {
                perThread.add(f.get(10, TimeUnit.MINUTES)); // a guard against a hang, not a timing assertion
            }
            return perThread;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSameAsSequential(List<Result> expected, List<List<Result>> perThread) {
        for (int t = 0; t < perThread.size(); t++) {
            List<Result> got = perThread.get(t);
            assertThat(got).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                Result e = expected.get(i);
                Result g = got.get(i);
                String where = "thread " + t + ", case " + i + " (" + e.kind() + ")";
                assertThat(g.decision()).as(where + ": decision").isEqualTo(e.decision());
                assertThat(g.json()).as(where + ": JSON").isEqualTo(e.json());
                assertThat(g.nl()).as(where + ": Dutch explanation").isEqualTo(e.nl());
                assertThat(g.en()).as(where + ": English explanation").isEqualTo(e.en());
                assertThat(g).as(where).isEqualTo(e);
            }
        }
    }

    /** @return per kind, the outcomes that occurred */
    private static Map<String, Set<String>> outcomes(List<Result> results) {
        return results.stream().collect(Collectors.groupingBy(Result::kind, TreeMap::new,
                Collectors.mapping(Result::outcome, Collectors.toCollection(TreeSet::new))));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCaseloadCoversEveryKindAndEveryOutcome() {
        Map<String, Set<String>> seen = outcomes(sequential(SharedModelConcurrencyTest::decide));
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(CaseloadGenerator.KINDS);
        assertThat(seen.get("intake")).containsAll(names(Tri.values()));
        assertThat(seen.get("escalation")).containsAll(names(EscalationVenue.values()));
        assertThat(seen.get("regie")).containsAll(names(Procesregie.values()));
        assertThat(seen.get("sharing")).containsAll(names(SharingOutcome.values()));
        assertThat(seen.get("transition")).contains("ALLOWED", "REFUSED", "ALLOWED:DELETE", "ALLOWED:SHIELD", "ALLOWED:STOP");
        assertThat(seen.get("plan")).contains("VALID", "INVALID");
        assertThat(seen.values().stream().flatMap(Set::stream)).as("some input is refused").contains("INPUT_REFUSED");
        assertThat(caseload.stream().map(Input::asOf).distinct()).containsAll(DATES);
    }

    @Test
    void sharedFactsAndConfigurationDecideAlikeOnManyThreads() throws Exception {
        List<Result> expected = sequential(SharedModelConcurrencyTest::decide);
        assertSameAsSequential(expected, concurrent(SharedModelConcurrencyTest::decide));
    }

    @Test
    void sharedDecisionKindsDecideAlikeOnManyThreads() throws Exception {
        Map<String, DecisionKind> kinds = DecisionKinds.all().stream()
                .collect(Collectors.toMap(DecisionKind::name, Function.identity()));
        assertThat(kinds.keySet()).containsAll(CaseloadGenerator.KINDS);
        ObjectNode noConfig = JsonNodeFactory.instance.objectNode();
        Function<Input, Result> evaluate = in -> {
            try {
                ObjectNode out = kinds.get(in.kind()).evaluate(in.json(), noConfig, in.asOf());
                return new Result(in.kind(), "DECIDED", "", out.toString(), "", "");
            } catch (InvalidInputException e) {
                return refused(in, e);
            }
        };
        List<Result> expected = sequential(evaluate);
        assertThat(expected).extracting(Result::outcome).contains("DECIDED");
        assertSameAsSequential(expected, concurrent(evaluate));
    }
}
