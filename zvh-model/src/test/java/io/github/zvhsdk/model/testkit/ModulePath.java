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
 * outside Surefire (which adds its own {@code --add-opens} and would hide a missing {@code opens}), or on the class
 * path. The module's runtime dependencies are listed by the dependency plugin in
 * {@code target/runtime-module-path.txt}.
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
        List<String> cmd = List.of(java(), "--module-path", String.join(File.pathSeparator, runtime()),
                "--add-modules", module, "-cp", testClasses(), mainClass);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The outcome of one run, with standard output and standard error kept apart. */
    public record Streams(int exitCode, String stdout, String stderr) {}

    /** How the module under test and its runtime dependencies are put on the new JVM's paths. */
    public enum Layout {
        /** on a real module path, the module under test resolved as a named module (the main class on the class path) */
        MODULE_PATH,
        /** everything on the class path, as a vendor without module-info runs it */
        CLASS_PATH
    }

    /**
     * Runs a main class in a fresh JVM that holds nothing but the module under test and its runtime dependencies, and
     * captures standard output and standard error apart: what a vendor's process would show. The JVM's own option
     * variables ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}) are removed from its
     * environment, as the launcher's "Picked up ..." notice on standard error is not the library's.
     *
     * @param module the module under test, e.g. {@code io.github.zvhsdk.rules}
     * @param layout module path or class path
     * @param jvmOptions options for the JVM, e.g. {@code -Djava.util.logging.config.file=...}
     * @param mainClass a class in {@code target/test-classes}
     * @param args the main class's arguments
     * @return the exit code and what the JVM wrote on each stream
     * @throws IOException when the JVM cannot be started
     * @throws InterruptedException when interrupted
     */
    public static Streams runApart(String module, Layout layout, List<String> jvmOptions, String mainClass,
            String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvmOptions);
        if (layout == Layout.MODULE_PATH) {
            cmd.addAll(List.of("--module-path", String.join(File.pathSeparator, runtime()), "--add-modules", module,
                    "-cp", testClasses()));
        } else {
            List<String> classPath = new ArrayList<>(runtime());
            classPath.add(testClasses());
            cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classPath)));
        }
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("zvh-stdout", ".txt");
        Path err = Files.createTempFile("zvh-stderr", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Streams(-1, "", "timed out");
            }
            return new Streams(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testClasses() {
        return Path.of("target", "test-classes").toAbsolutePath().toString();
    }

    /** @return target/classes and the module's runtime dependencies, as the dependency plugin listed them */
    private static List<String> runtime() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        String listed = Files.readString(Path.of("target", "runtime-module-path.txt"), StandardCharsets.UTF_8).trim();
        if (!listed.isEmpty()) {
            entries.addAll(List.of(listed.split(File.pathSeparator)));
        }
        return entries;
    }
}
