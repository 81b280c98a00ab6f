package io.github.zvhsdk.examples.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.examples.cli.Zvh;
import io.github.zvhsdk.examples.conformance.DecisionKind;
import io.github.zvhsdk.examples.conformance.DecisionKinds;
import io.github.zvhsdk.model.json.ZvhJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The intake decision through JSON, over the seeded synthetic intake caseload ({@code zvh generate intake --seed 8}),
 * decided on 2025-06-01 with the reference configuration:
 * <ul>
 *   <li>{@code oneCase}: JSON text → decision → JSON text for one case, as {@code zvh evaluate intake} does it
 *       (parse the tree, the intake kind's {@code evaluate}, write the decision), cycling over 1,024 cases;</li>
 *   <li>{@code oneCaseText}: the same through the kind's text path, {@code evaluate(String, config, asOf, generator)}
 *       (what {@code zvh batch} does per line), into a reused UTF-8 buffer;</li>
 *   <li>{@code batch}: {@code zvh batch intake FILE --as-of 2025-06-01} in process over a file of 20,000 lines, output
 *       discarded; the score is in cases per second (one operation = one line), on one thread.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
    static final int ONE_CASE_POOL = 1024;
    static final int BATCH_LINES = 20_000;
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private final DecisionKind intake = DecisionKinds.byName("intake").orElseThrow();
    private final JsonNode noConfig = JsonNodeFactory.instance.objectNode();
    private final ObjectWriter writer = ZvhJson.mapperCopy().writer();
    private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
    private JsonGenerator generator;
    private String[] texts;
    private Path caseload;
    private String[] batchArgs;
    private int next;

    /** Generates the cases and the caseload file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        CaseloadGenerator g = CaseloadGenerator.of("intake", 8L);
        texts = new String[ONE_CASE_POOL];
        for (int i = 0; i < ONE_CASE_POOL; i++) {
            texts[i] = g.next().toString();
        }
        caseload = Files.createTempFile("zvh-bench-intake", ".ndjson");
        try (Writer w = Files.newBufferedWriter(caseload, StandardCharsets.UTF_8)) {
            CaseloadGenerator b = CaseloadGenerator.of("intake", 8L);
            for (int i = 0; i < BATCH_LINES; i++) {
                w.write(b.next().toString());
                w.write('\n');
            }
        }
        generator = ZvhJson.mapperCopy().getFactory().createGenerator(buffer, JsonEncoding.UTF8);
        batchArgs = new String[] {"batch", "intake", caseload.toString(), "--as-of", AS_OF.toString()};
    }

    /** Removes the caseload file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        generator.close();
        Files.deleteIfExists(caseload);
    }

    /** @return the decision as JSON text */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String oneCase() {
        String text = texts[next];
        next = (next + 1) & (ONE_CASE_POOL - 1);
        try {
            return writer.writeValueAsString(intake.evaluate(ZvhJson.readTree(text), noConfig, AS_OF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the length of the decision's JSON
     * @throws IOException never (the buffer is in memory)
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int oneCaseText() throws IOException {
        String text = texts[next];
        next = (next + 1) & (ONE_CASE_POOL - 1);
        buffer.reset();
        intake.evaluate(text, noConfig, AS_OF, generator);
        generator.flush();
        return buffer.size();
    }

    /** @return the batch's exit code */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH_LINES)
    public int batch() {
        return Zvh.execute(batchArgs, discard, discard);
    }
}
