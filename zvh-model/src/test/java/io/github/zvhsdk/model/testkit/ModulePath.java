package io.github.zvhsdk.model.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with the module under test and its runtime dependencies on a real module path,
 * outside Surefire (which adds its own {@code --add-opens} and would hide a missing {@code opens}). The module's
 * runtime dependencies are listed by the dependency plugin in {@code target/runtime-module-path.txt}.
 */
public final class ModulePath {
    private ModulePath() {}

    /** The outcome of one run. */
    public record Run(int exitCode, String output) {}

    /**
     * @param module the module to add, e.g. {@code io.github.zvhsdk.model}
     * @param mainClass a class in {@code target/test-classes}, run from the class path (the unnamed module)
     * @return the exit code and the combined output
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted
     */
    public static Run run(String module, String mainClass) throws IOException, InterruptedException {
        Path deps = Path.of("target", "runtime-module-path.txt");
        List<String> entries = new ArrayList<>();
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        String listed = Files.readString(deps, StandardCharsets.UTF_8).trim();
        if (!listed.isEmpty()) {
            entries.addAll(List.of(listed.split(File.pathSeparator)));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--module-path", String.join(File.pathSeparator, entries),
                "--add-modules", module, "-cp", Path.of("target", "test-classes").toAbsolutePath().toString(), mainClass);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
