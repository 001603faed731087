package org.inertia.cli.options;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.JsonWriter;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.trajectory.Trajectory;
import picocli.CommandLine.Option;

/**
 * The output files of {@code run} and {@code compare}: {@code --chart}, {@code --csv}, {@code
 * --json}. Targets are checked before anything is simulated ({@link #check}), and written all or
 * nothing ({@link #write}).
 */
public final class OutputOptions {

    /** Writes a chart in the format its file name asks for; called only when a chart is wanted. */
    @FunctionalInterface
    public interface ChartWriter {
        /**
         * Renders and writes the chart.
         *
         * @param out where to write
         * @param format the format
         * @throws IOException if writing fails
         */
        void write(OutputStream out, ChartFormat format) throws IOException;
    }

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Write a chart: .png (1200x700 pixels), .svg or .pdf, chosen by the extension.")
    private Path chart;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Write the daily values as tidy CSV: scenario,day,measure,value,lower,upper"
                    + " (with --subjects: value is the median, lower and upper the band).")
    private Path csv;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the scenario, its summary and the daily values as JSON.")
    private Path json;

    /**
     * Checks every output target before any work: a known chart format, an existing writable
     * directory, a regular file or none (not a directory, device or pipe), no target named twice,
     * no input overwritten.
     *
     * @param inputs the scenario files read by the command
     * @throws UserInputException listing every problem found
     */
    public void check(List<Path> inputs) throws UserInputException {
        checkTargets(chart, targets(), inputs);
    }

    /**
     * The checks of {@link #check}, for any set of output options.
     *
     * @param chart the chart target, or null
     * @param targets every target by its option name, chart included
     * @param inputs the files read by the command
     * @throws UserInputException listing every problem found
     */
    static void checkTargets(Path chart, Map<String, Path> targets, List<Path> inputs) throws UserInputException {
        List<String> problems = problemsWith(chart, targets, inputs);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** Longest file name most file systems take (bytes of UTF-8), the directory not counted. */
    public static final int MAX_FILE_NAME_BYTES = 255;

    /**
     * The problems {@link #check} looks for, for any command's output targets.
     *
     * @param chart the chart target, or null
     * @param targets every target by its option name, chart included
     * @param inputs the files read by the command
     * @return one line per problem; empty when every target can be written
     */
    public static List<String> problemsWith(Path chart, Map<String, Path> targets, List<Path> inputs) {
        List<String> problems = new ArrayList<>();
        if (chart != null && ChartFormat.of(chart).isEmpty()) {
            problems.add("--chart " + Excerpt.middle(chart.toString())
                    + ": unknown chart format; the file name must end in "
                    + String.join(", ", ChartFormat.extensions()));
        }
        Map<Path, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : targets.entrySet()) {
            String option = e.getKey();
            Path target = e.getValue();
            String where = option + " " + Excerpt.middle(target.toString()) + ": ";
            if (target.toString().isBlank()) {
                problems.add(option + ": the file name is empty; name a file");
                continue;
            }
            if (target.toString().equals("-")) {
                problems.add(where + "writing to standard output is not supported; name a file");
                continue;
            }
            Path name = target.getFileName();
            int bytes = name == null ? 0 : name.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > AtomicFiles.NAME_MAX_BYTES) {
                problems.add(option + " " + abbreviated(target) + ": the file name is " + bytes
                        + " bytes long; file systems allow " + AtomicFiles.NAME_MAX_BYTES + "; name a shorter file");
                continue;
            }
            // Through a symbolic link, the file is written in the folder the link points into.
            Path absolute = linkedFile(target).toAbsolutePath().normalize();
            Path dir = absolute.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                problems.add(where + "directory " + (dir == null ? "(none)" : Excerpt.middle(dir.toString()))
                        + " does not exist; create it first");
            } else if (!Files.isWritable(dir)) {
                problems.add(where + "cannot write in directory " + Excerpt.middle(dir.toString()));
            }
            if (Files.isDirectory(target)) {
                problems.add(where + "is a directory; name a file");
            } else if (Files.exists(target) && !Files.isRegularFile(target)) {
                // A device or pipe such as /dev/null would be replaced by the file, not written to.
                problems.add(where + "is not a regular file (a device or a pipe); name a regular file");
            }
            String previous = seen.putIfAbsent(identity(target), option);
            if (previous != null) {
                problems.add(where + "also given to " + previous + "; name a different file");
            }
            for (Path input : inputs) {
                if (isSameFile(input, target)) {
                    problems.add(where + "is the scenario file " + Excerpt.middle(input.toString())
                            + "; it would be overwritten");
                }
            }
        }
        return problems;
    }

    /**
     * Writes every requested file, all or nothing: if one fails, none is written and existing
     * files keep their content.
     *
     * @param trajectories the simulated scenarios
     * @param measures the measures to put in the CSV and JSON files
     * @param chartWriter renders the chart, if one is requested
     * @return the files written, in the order chart, CSV, JSON
     * @throws IOException if writing fails
     */
    public List<Path> write(List<Trajectory> trajectories, List<Measure> measures, ChartWriter chartWriter)
            throws IOException {
        return write(
                chartWriter,
                out -> CsvWriter.write(trajectories, measures, out),
                out -> JsonWriter.write(InertiaVersion.version(), trajectories, measures, out));
    }

    /**
     * Writes every requested file, all or nothing, with one recovery field per threshold at the
     * end of the CSV's columns and of each JSON summary ({@code --recovered-at}).
     *
     * @param trajectories the simulated scenarios
     * @param measures the measures to put in the CSV and JSON files
     * @param thresholds the recovery thresholds (% of baseline)
     * @param chartWriter renders the chart, if one is requested
     * @return the files written, in the order chart, CSV, JSON
     * @throws IOException if writing fails
     */
    public List<Path> write(
            List<Trajectory> trajectories, List<Measure> measures, List<Double> thresholds, ChartWriter chartWriter)
            throws IOException {
        return write(
                chartWriter,
                out -> CsvWriter.write(trajectories, measures, thresholds, out),
                out -> JsonWriter.write(InertiaVersion.version(), trajectories, measures, thresholds, out));
    }

    /**
     * Writes every requested file of population runs, all or nothing: CSV and JSON with the
     * median and band ({@link CsvWriter#writePopulations}, {@link JsonWriter#writePopulations}).
     *
     * @param populations the population runs
     * @param measures the measures to put in the CSV and JSON files; each summarised by every run
     * @param chartWriter renders the chart, if one is requested
     * @return the files written, in the order chart, CSV, JSON
     * @throws IOException if writing fails
     */
    public List<Path> writePopulations(
            List<PopulationResult> populations, List<Measure> measures, ChartWriter chartWriter) throws IOException {
        return write(
                chartWriter,
                out -> CsvWriter.writePopulations(populations, measures, out),
                out -> JsonWriter.writePopulations(InertiaVersion.version(), populations, measures, out));
    }

    private List<Path> write(ChartWriter chartWriter, AtomicFiles.Content csvContent, AtomicFiles.Content jsonContent)
            throws IOException {
        try (AtomicFiles files = new AtomicFiles()) {
            if (chart != null) {
                ChartFormat format = ChartFormat.of(chart).orElseThrow();
                files.stage(chart, out -> chartWriter.write(out, format));
            }
            if (csv != null) {
                files.stage(csv, csvContent);
            }
            if (json != null) {
                files.stage(json, jsonContent);
            }
            return files.commit();
        }
    }

    /** {@return the --chart target, if given} */
    public java.util.Optional<Path> chart() {
        return java.util.Optional.ofNullable(chart);
    }

    /** {@return the --csv target, if given} */
    public java.util.Optional<Path> csv() {
        return java.util.Optional.ofNullable(csv);
    }

    /** {@return the --json target, if given} */
    public java.util.Optional<Path> json() {
        return java.util.Optional.ofNullable(json);
    }

    private Map<String, Path> targets() {
        Map<String, Path> t = new LinkedHashMap<>();
        if (chart != null) {
            t.put("--chart", chart);
        }
        if (csv != null) {
            t.put("--csv", csv);
        }
        if (json != null) {
            t.put("--json", json);
        }
        return t;
    }

    /**
     * The file a symbolic link points to, resolved against the link's folder, as {@link
     * AtomicFiles} writes it; the path itself otherwise, and for a link to nothing (which is
     * replaced by the file).
     */
    private static Path linkedFile(Path target) {
        if (!Files.exists(target)) {
            return target;
        }
        Path p = target;
        try {
            for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
                Path next = Files.readSymbolicLink(p);
                Path parent = p.toAbsolutePath().getParent();
                p = parent == null ? next : parent.resolve(next);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return target;
        }
        return p;
    }

    /** A path whose file name is too long to quote whole: its start, an ellipsis and its end. */
    private static String abbreviated(Path target) {
        String s = target.toString();
        if (s.length() <= 80) {
            return s;
        }
        int head = 50;
        int tail = s.length() - 20;
        // Never cut a surrogate pair in two.
        if (Character.isLowSurrogate(s.charAt(head))) {
            head--;
        }
        if (Character.isLowSurrogate(s.charAt(tail))) {
            tail--;
        }
        return s.substring(0, head) + "\u2026" + s.substring(tail);
    }

    /** The file a path names, links followed, so that two names of one file compare equal. */
    private static Path identity(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b)
                    ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
