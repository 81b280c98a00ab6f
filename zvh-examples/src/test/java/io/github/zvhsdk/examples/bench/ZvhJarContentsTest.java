package io.github.zvhsdk.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packaged jars: zvh.jar holds the CLI and the SDK but nothing of the benchmarks, JMH or Camunda; benchmarks.jar
 * holds the benchmarks, the DMN model and the peer. Runs in the {@code package} phase after both shade executions
 * (the {@code jar-contents} surefire execution in the pom), not with the unit tests, which run before packaging.
 */
@DisplayName("zvh.jar carries no benchmark, JMH or Camunda class; benchmarks.jar carries them")
class ZvhJarContentsTest {
    static final Path TARGET = Path.of("target");

    static List<String> entries(String jar) throws IOException {
        Path p = TARGET.resolve(jar);
        assertThat(p).as("built by the shade execution before this test").exists();
        try (JarFile j = new JarFile(p.toFile())) {
            return j.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void zvhJarHasNoPeer() throws IOException {
        List<String> zvh = entries("zvh.jar");
        assertThat(zvh).contains("io/github/zvhsdk/examples/cli/Zvh.class", "io/github/zvhsdk/rules/intake/Intake.class");
        assertThat(zvh).noneMatch(e -> e.startsWith("org/camunda/") || e.startsWith("camunda/")
                || e.startsWith("org/openjdk/jmh/") || e.startsWith("scala/") || e.startsWith("org/apache/commons/math3/")
                || e.startsWith("joptsimple/") || e.startsWith("io/github/zvhsdk/examples/bench/")
                || e.startsWith("bench/") || e.equals("META-INF/BenchmarkList"));
    }

    @Test
    void benchmarksJarHasThem() throws IOException {
        List<String> bench = entries("benchmarks.jar");
        assertThat(bench).contains("org/openjdk/jmh/Main.class", "META-INF/BenchmarkList", "bench/intake.dmn",
                "io/github/zvhsdk/examples/bench/CamundaIntake.class",
                "org/camunda/bpm/dmn/engine/impl/DefaultDmnEngineConfiguration.class");
        assertThat(Files.size(TARGET.resolve("benchmarks.jar"))).isGreaterThan(Files.size(TARGET.resolve("zvh.jar")));
    }
}
