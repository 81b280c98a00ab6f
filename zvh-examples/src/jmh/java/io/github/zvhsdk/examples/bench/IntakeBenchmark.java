package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.examples.bench.CamundaIntake.Feel;
import io.github.zvhsdk.examples.bench.IntakeInputs.Case;
import io.github.zvhsdk.examples.bench.IntakeInputs.Space;
import io.github.zvhsdk.model.rule.Tri;
import io.github.zvhsdk.rules.intake.ComplexityReading;
import io.github.zvhsdk.rules.intake.Intake;
import io.github.zvhsdk.rules.intake.IntakeConfig;
import io.github.zvhsdk.rules.intake.IntakeDecision;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.variable.VariableMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One intake decision four ways, over the same 4,096 cases drawn (seeded) from the exhaustive intake space
 * ({@link IntakeInputs}), cycled one per invocation:
 * <ul>
 *   <li>{@code sdk}: {@link Intake#assess}, the full explained decision (criteria, missing facts, citations);</li>
 *   <li>{@code baseline}: {@link BaselineIntake}, a hand-written if-chain that returns only the outcome (the floor);</li>
 *   <li>{@code camundaScalaFeel} / {@code camundaLegacyFeel}: the DMN model {@code bench/intake.dmn} in Camunda DMN
 *       7.24 with its default FEEL and with {@code enableFeelLegacyBehavior(true)}; the variables are built in setup,
 *       so only the engine is timed.</li>
 * </ul>
 * The agreement test (IntakeAgreementTest) checks that all four give the same outcome on every input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IntakeBenchmark {
    static final int CASES = 4096;
    static final long SEED = 8L;

    private Case[] cases;
    private IntakeConfig[] configs;
    private VariableMap[] variables;
    private CamundaIntake scala;
    private CamundaIntake legacy;
    private int next;

    /** Draws the cases and builds both engines. */
    @Setup
    public void setUp() {
        List<Space> spaces = IntakeInputs.spaces();
        int total = IntakeInputs.size();
        SplittableRandom random = new SplittableRandom(SEED);
        cases = new Case[CASES];
        configs = new IntakeConfig[CASES];
        variables = new VariableMap[CASES];
        IntakeConfig standalone = IntakeConfig.defaults();
        IntakeConfig replaces = IntakeConfig.builder().complexityReading(ComplexityReading.D_REPLACES_C).build();
        for (int i = 0; i < CASES; i++) {
            Case c = IntakeInputs.get(spaces, random.nextInt(total)).value();
            cases[i] = c;
            configs[i] = c.reading() == ComplexityReading.STANDALONE_D ? standalone : replaces;
            variables[i] = CamundaIntake.variables(c.facts(), c.reading(), c.asOf());
        }
        scala = CamundaIntake.load(Feel.SCALA);
        legacy = CamundaIntake.load(Feel.LEGACY);
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1) & (CASES - 1);
        return i;
    }

    /** @return the SDK's full decision */
    @Benchmark
    public IntakeDecision sdk() {
        int i = nextIndex();
        Case c = cases[i];
        return Intake.assess(c.facts(), configs[i], c.asOf());
    }

    /** @return the baseline's outcome */
    @Benchmark
    public Tri baseline() {
        Case c = cases[nextIndex()];
        return BaselineIntake.outcome(c.facts(), c.reading(), c.asOf());
    }

    /** @return Camunda's outcome, default (Scala) FEEL */
    @Benchmark
    public Tri camundaScalaFeel() {
        return scala.decide(variables[nextIndex()]);
    }

    /** @return Camunda's outcome, legacy FEEL */
    @Benchmark
    public Tri camundaLegacyFeel() {
        return legacy.decide(variables[nextIndex()]);
    }
}
