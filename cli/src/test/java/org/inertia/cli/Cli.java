package org.inertia.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the command line in-process, as {@code main} would (with only the subcommand named first,
 * where {@link Inertia#subcommandsFor} allows), and keeps what it printed.
 */
final class Cli {

    /** Example scenarios shipped with Inertia, relative to the module. */
    static final Path SHIPPED = Path.of("..", "scenarios");

    /** This module's own fixtures, which stay as the tests expect them. */
    static final Path FIXTURES = Path.of("src", "test", "resources", "scenarios");

    /** Invalid scenario files, each with known problems. */
    static final Path BAD = Path.of("src", "test", "resources", "bad-scenarios");

    /** What one invocation did. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {}

    static Result run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        int code = Inertia.commandLine(
                        org.inertia.cli.output.StandardStreams.of(System.in, outWriter),
                        outWriter,
                        new PrintWriter(err, true),
                        Inertia.subcommandsFor(strings))
                .execute(strings);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs the command line with the given bytes as standard input; data written to standard
     * output ({@code -}) lands in {@code out} as UTF-8 text, as the text does.
     */
    static Result runWithInput(byte[] stdin, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        org.inertia.cli.output.StandardStreams streams =
                org.inertia.cli.output.StandardStreams.of(new java.io.ByteArrayInputStream(stdin), outWriter);
        int code = Inertia.commandLine(streams, outWriter, new PrintWriter(err, true), Inertia.subcommandsFor(strings))
                .execute(strings);
        return new Result(code, out.toString(), err.toString());
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    static Path bad(String name) {
        return BAD.resolve(name);
    }
}
