package io.github.zvhsdk.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

@DisplayName("the bundled conformance vectors: identical to ../shared, and every one passes")
class BundledVectorsTest {
    private static final Path BUNDLED = Path.of("src", "main", "resources", "conformance");
    private static final Path SHARED = Path.of("..", "..", "shared", "conformance");

    @Test
    @DisplayName("the project's copy is byte-identical to ../shared/conformance when ../shared is present")
    void identicalToShared() throws IOException {
        Map<String, byte[]> copy = files(BUNDLED);
        assertThat(copy).containsKey("FORMAT.md");
        assertThat(copy.keySet().stream().filter(k -> k.startsWith("vectors/"))).hasSizeGreaterThanOrEqualTo(70);
        if (!Files.isDirectory(SHARED)) {
            return; // a user without ../shared runs the bundled copy; CI always has ../shared beside the clone
        }
        Map<String, byte[]> shared = files(SHARED);
        assertThat(copy.keySet()).as("files in the project's copy vs ../shared").isEqualTo(shared.keySet());
        for (String k : shared.keySet()) {
            assertThat(copy.get(k)).as("content of %s (copy ../shared/conformance in again; never edit a vector)", k)
                    .isEqualTo(shared.get(k));
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @TestFactory
    @DisplayName("every bundled vector passes")
    Stream<DynamicTest> everyVectorPasses() {
        ConformanceRunner runner = ConformanceRunner.standard();
        List<Path> vectors = ConformanceRunner.bundledVectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(70);
        return vectors.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            VectorOutcome o = runner.runFile(p);
            assertThat(o.passed()).as(o.line()).isTrue();
        }));
    }
}
