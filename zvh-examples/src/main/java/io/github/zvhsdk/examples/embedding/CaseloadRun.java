package io.github.zvhsdk.examples.embedding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import io.github.zvhsdk.rules.intake.IntakeFacts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A caseload through the intake decision: a seeded synthetic caseload (as {@code zvh generate intake}) is read from JSON
 * as a vendor's system would, decided, and the outcomes counted, together with the facts most often missing (the
 * ones worth collecting first).
 */
public final class CaseloadRun {
    private CaseloadRun() {}

    /**
     * The counts of a run.
     *
     * @param outcomes the number of decisions per outcome ({@code TRUE}, {@code FALSE}, {@code UNKNOWN}) and of
     *     refused inputs ({@code REFUSED}), sorted by name
     * @param missing how often each fact was missing from an {@code UNKNOWN} decision, sorted by name
     */
    public record Counts(Map<String, Long> outcomes, Map<String, Long> missing) {}

    /**
     * @param args the number of cases (default 10000) and the seed (default 1)
     */
    public static void main(String[] args) {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Counts c = run(count, seed, LocalDate.of(2025, 6, 1));
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%d cases in %.2f s%n", count, seconds);
        c.outcomes().forEach((k, v) -> out.printf("  %-8s %,d%n", k, v));
        out.println("facts most often missing:");
        c.missing().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(5)
                .forEach(e -> out.printf("  %-32s %,d%n", e.getKey(), e.getValue()));
    }

    /**
     * @param count how many cases; ≥ 0
     * @param seed the caseload's seed
     * @param asOf the reference date; never null
     * @return the counts
     */
    public static Counts run(long count, long seed, LocalDate asOf) {
        CaseloadGenerator generator = CaseloadGenerator.of("intake", seed);
        IntakeConfig config = IntakeConfig.defaults();
        Map<String, Long> outcomes = new TreeMap<>();
        Map<String, Long> missing = new TreeMap<>();
        Stream.generate(generator::next).limit(count).forEach((ObjectNode facts) -> {
            try {
                IntakeDecision d = Intake.assess(ZvhJson.read(facts, IntakeFacts.class, "$.facts"), config, asOf);
                outcomes.merge(d.outcome().name(), 1L, Long::sum);
                d.missing().forEach(m -> missing.merge(m, 1L, Long::sum));
            } catch (InvalidInputException e) {
                outcomes.merge("REFUSED", 1L, Long::sum);
            }
        });
        return new Counts(outcomes, missing);
    }
}
