package org.inertia.cli.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the file name {@code -} reads and writes: standard input for a scenario, standard output
 * for a CSV or JSON file (issue 14). {@code main} uses the process's streams; tests pass their
 * own. Data written to standard output is the file's bytes, whole: it is produced in memory and
 * handed over only once every output of the command has been written, so that a failed command
 * prints no half of a file.
 */
public final class StandardStreams {

    /** Where the bytes of a file sent to standard output go. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Writes one file's bytes, whole, and flushes them.
         *
         * @param bytes the content
         * @throws IOException if writing fails
         */
        void write(byte[] bytes) throws IOException;
    }

    /** The file name that means standard input or standard output. */
    public static final String DASH = "-";

    /** The name problems give standard input, as they give a file its path. */
    public static final Path STDIN_NAME = Path.of("<stdin>");

    private final InputStream in;
    private final Sink out;

    /**
     * Streams for {@code -}.
     *
     * @param in standard input
     * @param out standard output, for data
     */
    public StandardStreams(InputStream in, Sink out) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Streams whose output goes to a writer, as UTF-8 text: for the command line built around
     * writers (tests), where data and text share the writer.
     *
     * @param in standard input
     * @param writer standard output
     * @return the streams
     */
    public static StandardStreams of(InputStream in, PrintWriter writer) {
        return new StandardStreams(in, bytes -> {
            writer.write(new String(bytes, StandardCharsets.UTF_8));
            writer.flush();
        });
    }

    /**
     * The streams of the command line a command runs in: those its root command holds, else the
     * process's own.
     *
     * @param spec any command's spec
     * @return the streams
     */
    public static StandardStreams of(CommandSpec spec) {
        Object root = spec.root().userObject();
        if (root instanceof Holder holder) {
            return holder.standardStreams();
        }
        return of(System.in, spec.commandLine().getOut());
    }

    /** A command that holds the streams of its command line (the root command). */
    public interface Holder {
        /** {@return the streams for the file name {@code -}} */
        StandardStreams standardStreams();
    }

    /**
     * {@return whether a file name means standard input or output}
     *
     * @param file a file name as given, or null
     */
    public static boolean isDash(Path file) {
        return file != null && file.toString().equals(DASH);
    }

    /** {@return standard input} */
    public InputStream in() {
        return in;
    }

    /**
     * Writes one file's bytes to standard output.
     *
     * @param bytes the content, whole
     * @throws IOException if writing fails
     */
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }
}
