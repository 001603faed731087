package org.inertia.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.inertia.cli.options.UserInputException;
import org.inertia.cli.options.WholeNumbers;
import org.inertia.cli.output.Hints;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.OutputFileException;
import org.inertia.cli.output.SafeText;
import org.inertia.cli.output.StandardStreams;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.scenario.io.DidYouMean;
import org.inertia.sim.scenario.io.ScenarioException;
import org.inertia.sim.scenario.io.ScenarioProblem;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code inertia} command: its subcommands, version, and the one place where outcomes become
 * exit codes. 0: success; 1: an unexpected failure (a defect); 2: the user's input was wrong (a
 * usage mistake, an invalid scenario file, an output path that cannot be written), or the
 * environment refused an output (a full disk, a read-only folder: {@link OutputFileException}).
 */
@Command(
        name = "inertia",
        mixinStandardHelpOptions = true,
        versionProvider = InertiaVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Simulates muscle deconditioning during bed rest, bracing or inactivity, and recovery"
                    + " under exercise. Scenarios are YAML files; see scenarios/ for examples."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug; rerun with --debug and report it)",
            "2:invalid input: usage, a scenario file, or an output path; or an output the system"
                    + " would not let us write (a full disk, a read-only folder)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  inertia run scenarios/bed-rest-7d-then-walking.yaml --chart walking.png",
            "  inertia compare scenarios/bed-rest-7d-*.yaml --chart rehab.svg --csv rehab.csv",
            "  inertia validate my-scenario.yaml",
            "  inertia list presets"
        })
public final class Inertia implements StandardStreams.Holder {

    /** Where the file name {@code -} reads and writes. */
    private final StandardStreams standardStreams;

    private Inertia(StandardStreams standardStreams) {
        this.standardStreams = standardStreams;
    }

    @Override
    public StandardStreams standardStreams() {
        return standardStreams;
    }

    /**
     * The subcommands, in the order the help lists them (then {@value #COMPLETION}). Added in
     * code rather than in the {@code @Command} annotation, so that a run of one of them need not
     * build the others ({@link #subcommandsFor}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            CompareCommand.class,
            ValidateCommand.class,
            ListCommand.class,
            EvidenceCommand.class,
            FitCommand.class,
            SweepCommand.class,
            SensitivityCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            SchemaCommand.class,
            ManCommand.class,
            CommandLine.HelpCommand.class);

    /** Subcommands that read the whole command tree (the help and the manual pages). */
    private static final List<Class<?>> WHOLE_TREE = List.of(ManCommand.class, CommandLine.HelpCommand.class);

    /** Name of the completion subcommand (picocli's {@link AutoComplete.GenerateCompletion}). */
    static final String COMPLETION = "completion";

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an internal error, print the stack trace.")
    @SuppressWarnings("unused") // read from the parse result, which also sees it on subcommands
    private boolean debug;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Before any AWT class loads: charts are rendered off-screen, on servers too.
        System.setProperty("java.awt.headless", "true");
        Charset charset = terminalCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        Optional<String> lost = unreadableArgument(args, System.getProperty("sun.jnu.encoding", "UTF-8"));
        if (lost.isPresent()) {
            err.println(lost.get());
            err.flush();
            System.exit(ExitCode.USAGE);
        }
        // Data sent to standard output ('--csv -') goes as bytes, after any text queued before it.
        StandardStreams streams = new StandardStreams(System.in, bytes -> {
            out.flush();
            System.out.write(bytes);
            System.out.flush();
        });
        int exitCode;
        try {
            exitCode = commandLine(streams, out, err, subcommandsFor(args)).execute(args);
        } catch (OutOfMemoryError e) {
            // A request too large for the memory Java was given: one line, never a trace. The
            // commands bound what they accept; this is the last resort.
            out.flush();
            err.println("inertia: out of memory: ask for fewer scenarios, subjects, days or a smaller chart, or give"
                    + " Java more memory (INERTIA_JAVA_OPTS=-Xmx4g)");
            err.flush();
            System.exit(ExitCode.SOFTWARE);
            return;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Builds the command line with its subcommands and exception handlers, printing to the given
     * writers. Used by {@link #main} and by tests.
     *
     * @param out where results go
     * @param err where problems go
     * @return the command line, ready to {@link CommandLine#execute}
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(StandardStreams.of(System.in, out), out, err);
    }

    /**
     * Builds the command line as {@link #commandLine(PrintWriter, PrintWriter)} does, with the
     * streams that the file name {@code -} reads and writes.
     *
     * @param streams standard input and the data sink of standard output
     * @param out where results go
     * @param err where problems go
     * @return the command line, ready to {@link CommandLine#execute}
     */
    public static CommandLine commandLine(StandardStreams streams, PrintWriter out, PrintWriter err) {
        return commandLine(streams, out, err, SUBCOMMANDS);
    }

    /**
     * {@return the subcommands a command line needs: when the first argument names a subcommand
     * (exactly, not an alias or abbreviation) that does not read the others, that one alone, as
     * picocli then parses and runs nothing else (building each costs start-up time: about 0.1 s
     * for all of them); otherwise all of them}
     *
     * @param args the arguments
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (!WHOLE_TREE.contains(c)
                        && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * Builds the command line as {@link #commandLine(StandardStreams, PrintWriter, PrintWriter)}
     * does, with only some of the subcommands (all of them: the completion command too).
     *
     * @param streams standard input and the data sink of standard output
     * @param out where results go
     * @param err where problems go
     * @param subcommands some of {@link #SUBCOMMANDS}, in their order
     * @return the command line, ready to {@link CommandLine#execute}
     */
    static CommandLine commandLine(
            StandardStreams streams, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Inertia(streams));
        for (Class<?> c : subcommands) {
            cl.addSubcommand(c);
        }
        if (subcommands.equals(SUBCOMMANDS)) {
            AutoComplete.GenerateCompletion completion = new AutoComplete.GenerateCompletion();
            cl.addSubcommand(COMPLETION, completion);
            CommandLine completionLine = cl.getSubcommands().get(COMPLETION);
            completionLine.getCommandSpec().name(COMPLETION);
            completionLine.getCommandSpec().usageMessage().hidden(false);
            completionLine
                    .getCommandSpec()
                    .usageMessage()
                    .description("Prints a bash/zsh completion script: source <(inertia completion)");
        }
        // Writers and settings reach only subcommands added before they are set: set them last.
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new ExecutionErrors());
        WholeNumbers.install(cl);
        return cl;
    }

    /**
     * {@return a one-line message when an argument lost characters before Java saw it: the JVM
     * decodes arguments (and file names) in the locale's character set, {@code sun.jnu.encoding},
     * and under the POSIX locale that is ASCII, so {@code café.csv} arrives as {@code caf??.csv}
     * with U+FFFD for each byte it could not read; empty when every argument arrived whole}
     *
     * @param args the arguments as Java decoded them
     * @param jnuEncoding the character set Java decoded them with
     */
    static Optional<String> unreadableArgument(String[] args, String jnuEncoding) {
        for (String arg : args) {
            if (arg.indexOf(SafeText.REPLACEMENT) >= 0 && !isUtf8(jnuEncoding)) {
                return Optional.of("inertia: '" + TerminalText.oneLine(arg) + "': characters that the locale's"
                        + " character set (" + jnuEncoding + ") cannot hold were lost before inertia could read"
                        + " them; run it under a UTF-8 locale, such as LC_ALL=C.UTF-8 (the inertia launcher"
                        + " chooses one itself)");
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String charsetName) {
        try {
            return Charset.forName(charsetName).equals(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Charset terminalCharset() {
        Console console = System.console();
        return console != null ? console.charset() : Charset.defaultCharset();
    }

    /** Usage mistakes: one line saying what is wrong, one saying where help is; exit 2. */
    private static final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage();
            if (ex instanceof UnmatchedArgumentException unmatched) {
                message += suggestion(unmatched, cmd);
            }
            err.println("inertia: " + TerminalText.errorLine(message, List.of(args)));
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.USAGE;
        }

        /** " (did you mean ...?)" for a misspelt option or command; empty when nothing is close. */
        private static String suggestion(UnmatchedArgumentException ex, CommandLine cmd) {
            List<String> suggestions = ex.getSuggestions();
            if (suggestions.isEmpty()
                    && !ex.getUnmatched().isEmpty()
                    && !cmd.getSubcommands().isEmpty()) {
                suggestions = DidYouMean.closest(
                                ex.getUnmatched().get(0), cmd.getSubcommands().keySet())
                        .map(List::of)
                        .orElse(List.of());
            }
            return suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
        }
    }

    /**
     * Failures while a command runs: the user's (invalid scenario, unwritable output) exit 2 with
     * every problem on its own line; anything else is a defect, exit 1, trace only with --debug.
     */
    private static final class ExecutionErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            try {
                List<String> args = parsed == null ? List.of() : parsed.originalArgs();
                if (ex instanceof ScenarioException scenario) {
                    for (ScenarioProblem problem : scenario.problems()) {
                        err.println(TerminalText.errorLine(Hints.line(problem), args));
                    }
                    return ExitCode.USAGE;
                }
                if (ex instanceof OutputFileException file) {
                    // The environment's doing (a full disk, a read-only folder): no usage hint helps.
                    err.println("inertia: cannot write " + TerminalText.oneLine(String.valueOf(file.target())) + ": "
                            + file.reason());
                    return ExitCode.USAGE;
                }
                if (ex instanceof UserInputException user) {
                    for (String line : user.lines()) {
                        err.println("inertia: " + TerminalText.errorLine(line, args));
                    }
                    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
                    return ExitCode.USAGE;
                }
                String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
                err.println("inertia: internal error: " + TerminalText.errorLine(message, args)
                        + "; rerun with --debug for the trace");
                if (debugRequested(parsed)) {
                    ex.printStackTrace(err);
                }
                return ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }

        /** Whether --debug was given on the root command or any subcommand (it is inherited). */
        private static boolean debugRequested(ParseResult parsed) {
            for (ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--debug")) {
                    return true;
                }
            }
            return false;
        }
    }
}
