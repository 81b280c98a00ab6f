package io.github.zvhsdk.examples.cli;

import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zvh} command line: the conformance runner, evaluation of facts, and the walkthrough.
 *
 * <p>Exit codes: 0 success; 1 a failed check (a conformance vector failed); 2 bad usage or bad input; 3 an internal
 * error (a bug: please report it). Errors go to standard error as one line; a stack trace only with {@code --debug}.
 * No BSN ever appears in any output.
 */
@Command(name = "zvh", mixinStandardHelpOptions = true, versionProvider = Zvh.Version.class,
        description = {"The national framework for Zorg- en Veiligheidshuizen, as explainable decisions.", ""},
        subcommands = {DemoCommand.class, ConformanceCommand.class, EvaluateCommand.class, BatchCommand.class, GenerateCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 a failed check, 2 bad usage or bad input, 3 internal error."})
public final class Zvh implements Runnable {
    /** Exit code: a check failed. */
    public static final int FAILED_CHECK = 1;
    /** Exit code: bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code: an internal error. */
    public static final int INTERNAL_ERROR = 3;

    /** Keeps Hibernate Validator's start-up INFO line out of the command's output (a strong reference: JUL forgets). */
    private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        // standard output through a large buffer (System.out flushes every 8 KB write); flushed before exiting
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        int code = execute(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in-process, for tests and embedding.
     *
     * @param args the arguments; never null
     * @param out standard output; never null
     * @param err standard error; never null
     * @return the exit code
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        HV_LOGGER.setLevel(Level.WARNING);
        Logger.getLogger("org.jboss.logging").setLevel(Level.WARNING);
        CommandLine cl = new CommandLine(new Zvh());
        cl.setOut(new StreamWriter(out));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.registerConverter(LocalDate.class, Zvh::date);
        cl.setParameterExceptionHandler((ex, arguments) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            e.println("zvh: " + safe(firstLine(ex.getMessage())) + " (" + command + " --help shows the usage)");
            e.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            boolean debugOn = parsed.hasMatchedOption("--debug");
            PrintWriter e = line.getErr();
            if (ex instanceof InvalidInputException ie) {
                e.println("zvh: " + describe(ie));
                if (debugOn) {
                    ex.printStackTrace(e);
                }
                return BAD_INPUT;
            }
            if (ex instanceof UserError ue) {
                e.println("zvh: " + safe(ue.getMessage()));
                if (debugOn) {
                    ex.printStackTrace(e);
                }
                return BAD_INPUT;
            }
            e.println("zvh: internal error: " + ex.getClass().getSimpleName()
                    + (debugOn ? "" : " (run again with --debug for details)"));
            if (debugOn) {
                ex.printStackTrace(e);
            }
            return INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    /**
     * Standard output as picocli's writer, keeping the byte stream under it for commands that write UTF-8 bytes
     * themselves ({@code zvh batch}: no second encoding pass per line).
     */
    static final class StreamWriter extends PrintWriter {
        private final PrintStream stream;

        StreamWriter(PrintStream stream) {
            super(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
            this.stream = stream;
        }

        /** @return the byte stream, after writing out what this writer still buffers */
        PrintStream stream() {
            flush();
            return stream;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @param e a refusal; never null
     * @return its one-line description: the subject, then every violation (JSON path, problem, rule id)
     */
    static String describe(InvalidInputException e) {
        return safe(e.subject() + ": " + e.violations().stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }

    /**
     * @param text a message; may be null
     * @return the message with every run of 8 or more digits withheld, so that no BSN reaches any output
     */
    static String safe(@Nullable String text) {
        return Bsn.withheld(String.valueOf(text));
    }

    private static String firstLine(@Nullable String s) {
        String t = String.valueOf(s);
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A usage or input problem that is not an {@link InvalidInputException}: a missing file, say. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(Bsn.withheld(message));
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Zvh.class.getPackage().getImplementationVersion();
            return new String[] {"zvh " + (v == null ? "(development build)" : v)};
        }
    }
}
