package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.examples.bench.CamundaIntake.Feel;
import io.github.zvhsdk.examples.bench.IntakeInputs.Case;
import io.github.zvhsdk.examples.bench.IntakeInputs.Space;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.Intake;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agreement of the SDK and Camunda's default (FEEL Scala) engine on <em>every</em> case of the exhaustive intake
 * space, the 14 values of {@link IntakeAgreement} each. {@code IntakeAgreementTest} checks this engine on a seeded
 * sample only, because at 8–12 ms an evaluation the whole space takes about half an hour on two cores; this program
 * is the whole-space check, run by hand (BENCHMARKS.md records its last run):
 *
 * <pre>{@code
 * java -cp zvh-examples/target/benchmarks.jar io.github.zvhsdk.examples.bench.ScalaFeelAgreement [THREADS]
 * }</pre>
 *
 * <p>Each thread has its own engine and listener (the listener is not thread-safe); thread {@code t} takes the cases
 * whose index in the space is {@code t} modulo the thread count. Progress goes to standard error. Exit code 0 when
 * every case agrees, 1 with the first disagreements printed otherwise.
 */
public final class ScalaFeelAgreement {
    private ScalaFeelAgreement() {}

    /**
     * @param args the number of threads (default: the available processors)
     * @throws Exception when a worker fails
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        List<Space> spaces = IntakeInputs.spaces();
        int total = IntakeInputs.size();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Result>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            results.add(pool.submit(() -> check(spaces, first, threads, done, total, start)));
        }
        List<String> disagreements = new ArrayList<>();
        Map<Tri, Integer> outcomes = new EnumMap<>(Tri.class);
        int checked = 0;
        for (Future<Result> f : results) {
            Result r = f.get();
            disagreements.addAll(r.disagreements());
            r.outcomes().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            checked += r.checked();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Camunda default (Scala) FEEL vs the SDK: %d of %d cases checked (14 values each) on %d "
                + "threads in %.0f s; outcomes %s; %d disagreements%n", checked, total, threads, seconds, outcomes,
                disagreements.size());
        disagreements.stream().limit(20).forEach(System.out::println);
        System.exit(disagreements.isEmpty() && checked == total ? 0 : 1);
    }

    private record Result(int checked, List<String> disagreements, Map<Tri, Integer> outcomes) {}

    private static Result check(List<Space> spaces, int first, int stride, AtomicInteger done, int total, long start) {
        CamundaIntake scala = CamundaIntake.load(Feel.SCALA, true);
        List<String> disagreements = new ArrayList<>();
        Map<Tri, Integer> outcomes = new EnumMap<>(Tri.class);
        int checked = 0;
        for (Space s : spaces) {
            for (int i = first; i < s.size(); i += stride) {
                Case c = s.get(i);
                disagreements.addAll(IntakeAgreement.compare(s.name() + "#" + i, c, IntakeAgreement.alternate(i),
                        scala, false));
                outcomes.merge(Intake.assess(c.facts(), c.asOf()).outcome(), 1, Integer::sum);
                checked++;
                int n = done.incrementAndGet();
                if (n % 10_000 == 0) {
                    System.err.printf("%d / %d cases, %.0f s%n", n, total, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        return new Result(checked, disagreements, outcomes);
    }
}
