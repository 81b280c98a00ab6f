package io.github.zvhsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

