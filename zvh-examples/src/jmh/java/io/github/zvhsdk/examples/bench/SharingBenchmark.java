package io.github.zvhsdk.examples.bench;

import io.github.zvhsdk.examples.caseload.CaseloadGenerator;
import io.github.zvhsdk.model.CaseId;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.PersonId;
import io.github.zvhsdk.model.json.ZvhJson;
import io.github.zvhsdk.privacy.config.HouseConfig;
import io.github.zvhsdk.privacy.log.ProcessingLog;
import io.github.zvhsdk.privacy.log.ProcessingRecord;
import io.github.zvhsdk.privacy.sharing.SharingCheck;
import io.github.zvhsdk.privacy.sharing.SharingDecision;
import io.github.zvhsdk.privacy.sharing.SharingFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The purpose-bound sharing check per decision ({@link SharingCheck#check}), without and with building the
 * processing-log record ({@link ProcessingLog#recordFor}), over requests from the seeded synthetic sharing caseload
 * ({@code zvh generate sharing --seed 8}), decided on 2025-06-01 with the reference profile: {@code mixed} takes the
 * first 1,024 as generated (mostly DENY: a record is built only for an allowed sharing of personal data);
 * {@code allowed} keeps only the first 16 that are allowed and concern personal data (about 1 in 7,700 generated
 * requests is since revision 2 of sharing.md, against 1 in 4,700 before), so that every invocation of the logging variant builds a record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SharingBenchmark {
    static final int MIXED = 1024;
    static final int ALLOWED = 16;
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    static final Instant MOMENT = Instant.parse("2025-06-01T10:00:00Z");
    static final CaseId CASE = CaseId.of("C-2025-0042");
    static final PersonId SUBJECT = PersonId.of("P-7f3a");

    /** Which requests: {@code mixed} or {@code allowed}. */
    @Param({"mixed", "allowed"})
    public String requests;

    private final HouseConfig config = HouseConfig.reference();
    private SharingFacts[] facts;
    private int mask;
    private int next;

    /** Generates the requests. */
    @Setup
    public void setUp() {
        CaseloadGenerator g = CaseloadGenerator.of("sharing", 8L);
        int size = requests.equals("mixed") ? MIXED : ALLOWED;
        List<SharingFacts> kept = new ArrayList<>();
        for (int drawn = 0; kept.size() < size; drawn++) {
            if (drawn > 10_000_000) {
                throw new IllegalStateException("the generator gave only " + kept.size() + " " + requests + " requests");
            }
            SharingFacts f;
            try {
                f = ZvhJson.read(g.next(), SharingFacts.class, "$.facts");
            } catch (InvalidInputException e) {
                continue; // the generator also makes refused input, for zvh batch; not a decision
            }
            SharingDecision d = SharingCheck.check(f, config, AS_OF);
            if (requests.equals("mixed") || (d.isAllowed() && d.concernsPersonalData())) {
                kept.add(f);
            }
        }
        facts = kept.toArray(SharingFacts[]::new);
        mask = size - 1;
    }

    private SharingFacts nextFacts() {
        int i = next;
        next = (i + 1) & mask;
        return facts[i];
    }

    /** @return the decision */
    @Benchmark
    public SharingDecision check() {
        return SharingCheck.check(nextFacts(), config, AS_OF);
    }

    /** @return the processing-log record of the decision, if the sharing is logged */
    @Benchmark
    public Optional<ProcessingRecord> checkAndLog() {
        SharingDecision d = SharingCheck.check(nextFacts(), config, AS_OF);
        return ProcessingLog.recordFor(d, "log-1", MOMENT, CASE, SUBJECT);
    }
}
