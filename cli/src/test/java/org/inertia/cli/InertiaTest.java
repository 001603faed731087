package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.inertia.cli.output.InertiaVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class InertiaTest {

    @Test
    void versionNamesTheProgram() {
        Cli.Result r = Cli.run("--version");

        assertThat(r.exitCode()).isZero();
        // Tests run from classes, without the jar's manifest.
        assertThat(r.out().strip()).isEqualTo("inertia " + InertiaVersion.DEVELOPMENT);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("run", "compare", "validate", "list", "completion", "--debug", "Exit codes:");
    }

    @Test
    void aCommandNamedFirstIsBuiltAlone() {
        assertThat(Inertia.subcommandsFor(new String[] {"run", "x.yaml"})).containsExactly(RunCommand.class);
        assertThat(Inertia.subcommandsFor(new String[] {"sweep"})).containsExactly(SweepCommand.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"man", "help", "completion", "--help", "--debug", "RUN", "ru"})
    void everyCommandIsBuiltUnlessOneThatNeedsNoOtherIsNamedFirst(String first) {
        assertThat(Inertia.subcommandsFor(new String[] {first, "run"})).isEqualTo(Inertia.SUBCOMMANDS);
        assertThat(Inertia.subcommandsFor(new String[0])).isEqualTo(Inertia.SUBCOMMANDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "sensitivity", "validate", "list"})
    void aCommandBuiltAloneHasTheSameHelpAsInTheWholeTree(String command) {
        StringWriter alone = new StringWriter();
        StringWriter whole = new StringWriter();
        Inertia.commandLine(new PrintWriter(whole), new PrintWriter(new StringWriter()))
                .execute(command, "--help");
        Inertia.commandLine(
                        org.inertia.cli.output.StandardStreams.of(System.in, new PrintWriter(alone)),
                        new PrintWriter(alone),
                        new PrintWriter(new StringWriter()),
                        Inertia.subcommandsFor(new String[] {command}))
                .execute(command, "--help");

        assertThat(alone.toString()).contains("Usage: inertia " + command).isEqualTo(whole.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Try 'inertia --help'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "validate", "list", "completion"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: inertia " + command);
    }

    @Test
    void unknownOptionIsOneLineAndAPointerToHelp() {
        Cli.Result r = Cli.run("run", Cli.fixture("rest-only.yaml"), "--chrat=x.png");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0))
                .startsWith("inertia: Unknown option: '--chrat=x.png'")
                .contains("did you mean --chart");
        assertThat(r.errLines().get(1)).isEqualTo("Try 'inertia run --help' for more information.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        Cli.Result r = Cli.run("rnu");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).contains("rnu").contains("did you mean").contains("run");
        assertThat(r.err()).contains("Try 'inertia --help'");
    }

    @Test
    void missingParameterIsAUsageError() {
        Cli.Result r = Cli.run("run");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines().get(0)).startsWith("inertia: Missing required parameter: 'SCENARIO'");
    }

    @Test
    void completionScriptIsPrinted() {
        Cli.Result r = Cli.run("completion");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete").contains("inertia").contains("compare");
    }

    @Test
    void unexpectedFailureIsAnInternalErrorWithoutTrace() {
        Cli.Result r = runWithFailingCommand("boom");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("inertia: internal error: something broke; rerun with --debug for the trace");
    }

    @Test
    void debugPrintsTheTrace() {
        Cli.Result r = runWithFailingCommand("boom", "--debug");
        Cli.Result before = runWithFailingCommand("--debug", "boom");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("internal error: something broke")
                .contains("java.lang.IllegalStateException")
                .contains("\tat ");
        assertThat(before.err()).contains("\tat ");
    }

    /** A command whose failure is a defect, to see how the root reports it. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something broke");
        }
    }

    private static Cli.Result runWithFailingCommand(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Inertia.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand(new Boom());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli.Result(code, out.toString(), err.toString());
    }
}
