package io.github.zvhsdk.examples.cli;

import io.github.zvhsdk.model.Bsn;
import io.github.zvhsdk.model.InvalidInputException;
import io.github.zvhsdk.model.Violation;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
        subcommands = {DemoCommand.class, ConformanceCommand.class, EvaluateCommand.class, BatchCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
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
        System.exit(execute(args, System.out, System.err));
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
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, ignored) -> {
            // picocli's own message echoes the offending argument: withhold any number that could be a BSN
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            e.println(Bsn.withheld(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
                c.usage(e);
            }
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            boolean debugOn = parsed.hasMatchedOption("--debug");
            PrintWriter e = line.getErr();
            if (ex instanceof InvalidInputException ie) {
                e.println("zvh: " + ie.subject() + ": " + ie.violations().stream().map(Violation::toString)
                        .collect(Collectors.joining("; ")));
                if (debugOn) {
                    ex.printStackTrace(e);
                }
                return BAD_INPUT;
            }
            if (ex instanceof UserError ue) {
                e.println("zvh: " + ue.getMessage());
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A usage or input problem that is not an {@link InvalidInputException}: a missing file, say. Its message withholds
     * any run of 8 or more digits (a file or kind named after a BSN).
     */
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
