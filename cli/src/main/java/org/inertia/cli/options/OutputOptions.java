package org.inertia.cli.options;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.CsvSchemaWriter;
import org.inertia.cli.output.CsvWriter;
import org.inertia.cli.output.InertiaVersion;
import org.inertia.cli.output.JsonWriter;
import org.inertia.cli.output.StandardStreams;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.scenario.io.Excerpt;
import org.inertia.sim.trajectory.Trajectory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output files of {@code run} and {@code compare}: {@code --chart}, {@code --csv}, {@code
 * --csv-schema}, {@code --json}. Targets are checked before anything is simulated ({@link #check}), and written all or
 * nothing ({@link #write}).
 */
public final class OutputOptions {

    /**
     * The output files a command was asked for, by option name in the order added; an option not
     * given (a null path) is left out. What {@link #checkTargets} and {@link #problemsWith} check.
     */
    public static final class Targets {
        private final Map<String, Path> given = new LinkedHashMap<>();

        /**
         * Adds an option's target if the option was given.
         *
         * @param option the option, such as {@code --csv}
         * @param path its target, or null when the option was not given
         * @return these targets
         */
        public Targets add(String option, Path path) {
            if (path != null) {
                given.put(option, path);
            }
            return this;
        }

        /** {@return the targets given, by option name} */
        public Map<String, Path> asMap() {
            return given;
        }
    }

    /**
     * Stages a chart in the format its file name asks for, if one was asked for.
     *
     * @param files the files being written, all or nothing
     * @param chart the {@code --chart} target, or null
     * @param writer renders the chart
     * @throws IOException if staging fails
     */
    public static void stageChart(AtomicFiles files, Path chart, ChartWriter writer) throws IOException {
        if (chart != null) {
            ChartFormat format = ChartFormat.of(chart).orElseThrow();
            files.stage(chart, out -> writer.write(out, format));
        }
    }

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

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Write a chart: .png (1200x700 pixels), .svg or .pdf, chosen by the extension.")
    private Path chart;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Write the daily values as tidy CSV: scenario,day,measure,value,lower,upper"
                    + " (with --subjects: value is the median, lower and upper the band); when a scenario gives"
                    + " baselines:, value_in_unit,lower_in_unit,upper_in_unit,unit come last; - for standard output.")
    private Path csv;

    @Option(
            names = "--csv-schema",
            paramLabel = "FILE",
            description = "With --csv: write that file's Frictionless table schema (JSON): its columns in order"
                    + " with type, unit (%% of baseline, d, the baselines' unit) and, with a band, which"
                    + " percentiles value, lower and upper are; - for standard output.")
    private Path csvSchema;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the scenario, its summary and the daily values as JSON (with a scenario's"
                    + " baselines:, also in its units: seriesInUnit, inUnit); - for standard output.")
    private Path json;

    @Option(
            names = "--subjects-csv",
            paramLabel = "FILE",
            description = "With --subjects (or --uncertainty): every subject's value of each measure on each day,"
                    + " long form: scenario,subject,day,measure,value. The same seed gives the same subjects in"
                    + " every scenario, for paired analyses.")
    private Path subjectsCsv;

    @Option(
            names = "--subjects-parameters-csv",
            paramLabel = "FILE",
            description = "With --subjects (or --uncertainty): every subject's drawn model parameters,"
                    + " long form: scenario,subject,parameter,value,unit.")
    private Path subjectsParametersCsv;

    /** Most rows a per-subject file may hold (subjects x days x measures x scenarios): about 0.6 GB of CSV. */
    public static final long MAX_SUBJECT_ROWS = 20_000_000;

    /**
     * Checks every output target before any work: a known chart format, an existing writable
     * directory, a regular file or none (not a directory, device or pipe), no target named twice,
     * no input overwritten.
     *
     * @param inputs the scenario files read by the command
     * @throws UserInputException listing every problem found
     */
    public void check(List<Path> inputs) throws UserInputException {
        List<String> problems = new ArrayList<>();
        if (csvSchema != null && csv == null) {
            problems.add("--csv-schema describes the file of --csv; add --csv FILE (or --csv -)");
        }
        problems.addAll(problemsWith(chart, targets(), inputs, STREAMABLE));
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** The options that take {@code -} for standard output. */
    static final java.util.Set<String> STREAMABLE = java.util.Set.of("--csv", "--csv-schema", "--json");

    /**
     * {@return where the command's text goes (its table, notes and "Wrote" lines): standard error
     * when a file goes to standard output, so that a pipe receives the data alone; standard output
     * otherwise}
     */
    public PrintWriter textWriter() {
        return textWriter(mixee, csv, csvSchema, json);
    }

    /**
     * {@return the command's standard error if any target is {@code -}, else its standard output}
     *
     * @param spec the command's spec
     * @param targets the output targets, null for those not given
     */
    static PrintWriter textWriter(CommandSpec spec, Path... targets) {
        for (Path target : targets) {
            if (StandardStreams.isDash(target)) {
                return spec.commandLine().getErr();
            }
        }
        return spec.commandLine().getOut();
    }

    /**
     * The checks of {@link #check}, for any set of output options.
     *
     * @param chart the chart target, or null
     * @param targets every target by its option name, chart included
     * @param inputs the files read by the command
     * @throws UserInputException listing every problem found
     */
    static void checkTargets(Path chart, Map<String, Path> targets, List<Path> inputs, java.util.Set<String> streamable)
            throws UserInputException {
        List<String> problems = problemsWith(chart, targets, inputs, streamable);
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /**
     * The problems {@link #check} looks for, for any command's output targets.
     *
     * @param chart the chart target, or null
     * @param targets every target by its option name, chart included
     * @param inputs the files read by the command
     * @return one line per problem; empty when every target can be written
     */
    public static List<String> problemsWith(Path chart, Map<String, Path> targets, List<Path> inputs) {
        return problemsWith(chart, targets, inputs, java.util.Set.of());
    }

    /**
     * The problems {@link #check} looks for, where some options may name {@code -}, standard
     * output: at most one of them may, since two files in one stream could not be told apart.
     *
     * @param chart the chart target, or null
     * @param targets every target by its option name, chart included
     * @param inputs the files read by the command ({@code -}, standard input, is never a target)
     * @param streamable the options that take {@code -}
     * @return one line per problem; empty when every target can be written
     */
    public static List<String> problemsWith(
            Path chart, Map<String, Path> targets, List<Path> inputs, java.util.Set<String> streamable) {
        List<String> problems = new ArrayList<>();
        String toStandardOutput = null;
        if (chart != null
                && !StandardStreams.isDash(chart)
                && ChartFormat.of(chart).isEmpty()) {
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
            if (StandardStreams.isDash(target)) {
                if (!streamable.contains(option)) {
                    problems.add(where + (target.equals(chart) ? "a chart" : "this file")
                            + " cannot go to standard output; name a file");
                } else if (toStandardOutput != null) {
                    problems.add(where + "standard output is already taken by " + toStandardOutput
                            + " -; name a file for one of them");
                } else {
                    toStandardOutput = option;
                }
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
            // Quoted as given (a.csv), not as the absolute path the checks below resolve.
            Path notADirectory = existingNonDirectory(target.getParent() != null ? target.getParent() : dir);
            if (notADirectory != null) {
                // a.csv/x.csv with a.csv a file: "does not exist" would send the user looking for a folder.
                problems.add(where + Excerpt.middle(notADirectory.toString())
                        + " is not a directory; name a file in a directory");
            } else if (dir == null || !Files.isDirectory(dir)) {
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
                if (!StandardStreams.isDash(input) && isSameFile(input, target)) {
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
     * @return the files written, in the order chart, CSV, CSV schema, JSON
     * @throws IOException if writing fails
     */
    public List<Path> write(List<Trajectory> trajectories, List<Measure> measures, ChartWriter chartWriter)
            throws IOException {
        return write(
                chartWriter,
                out -> CsvWriter.write(trajectories, measures, out),
                out -> CsvSchemaWriter.write(trajectories, measures, List.of(), out),
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
     * @return the files written, in the order chart, CSV, CSV schema, JSON
     * @throws IOException if writing fails
     */
    public List<Path> write(
            List<Trajectory> trajectories, List<Measure> measures, List<Double> thresholds, ChartWriter chartWriter)
            throws IOException {
        return write(
                chartWriter,
                out -> CsvWriter.write(trajectories, measures, thresholds, out),
                out -> CsvSchemaWriter.write(trajectories, measures, thresholds, out),
                out -> JsonWriter.write(InertiaVersion.version(), trajectories, measures, thresholds, out));
    }

    /**
     * Writes every requested file of population runs, all or nothing: CSV and JSON with the
     * median and band ({@link CsvWriter#writePopulations}, {@link JsonWriter#writePopulations}).
     *
     * @param populations the population runs
     * @param measures the measures to put in the CSV and JSON files; each summarised by every run
     * @param chartWriter renders the chart, if one is requested
     * @return the files written, in the order chart, CSV, CSV schema, JSON
     * @throws IOException if writing fails
     */
    public List<Path> writePopulations(
            List<PopulationResult> populations, List<Measure> measures, ChartWriter chartWriter) throws IOException {
        return writePopulations(populations, measures, chartWriter, List.of());
    }

    /**
     * Writes every requested file of population runs, all or nothing, with the per-subject files
     * ({@code --subjects-csv}, {@code --subjects-parameters-csv}) of the same runs, simulated
     * again subject by subject ({@link CsvWriter#writeSubjects}).
     *
     * @param populations the population runs
     * @param measures the measures to put in the files; each summarised by every run
     * @param chartWriter renders the chart, if one is requested
     * @param runs the runs again, as the per-subject files need them
     * @return the files written, in the order chart, CSV, CSV schema, JSON, subjects, parameters
     * @throws IOException if writing fails
     */
    public List<Path> writePopulations(
            List<PopulationResult> populations,
            List<Measure> measures,
            ChartWriter chartWriter,
            List<CsvWriter.SubjectRun> runs)
            throws IOException {
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(mixee))) {
            stageAll(
                    files,
                    chartWriter,
                    out -> CsvWriter.writePopulations(populations, measures, out),
                    out -> CsvSchemaWriter.writePopulations(populations, measures, out),
                    out -> JsonWriter.writePopulations(InertiaVersion.version(), populations, measures, out));
            if (subjectsCsv != null) {
                files.stage(subjectsCsv, out -> CsvWriter.writeSubjects(runs, measures, out));
            }
            if (subjectsParametersCsv != null) {
                files.stage(subjectsParametersCsv, out -> CsvWriter.writeSubjectParameters(runs, out));
            }
            return files.commit();
        }
    }

    /** {@return whether a per-subject file is asked for} */
    public boolean subjectFiles() {
        return subjectsCsv != null || subjectsParametersCsv != null;
    }

    /**
     * Checks that the per-subject files asked for can be written: a population run, and at most
     * {@value #MAX_SUBJECT_ROWS} rows.
     *
     * @param population whether the run simulates subjects ({@code --subjects} or {@code --uncertainty})
     * @param rows subjects x (days + 1) x measures, summed over the scenarios
     * @throws UserInputException if not
     */
    public void checkSubjectFiles(boolean population, long rows) throws UserInputException {
        if (!subjectFiles()) {
            return;
        }
        String option = subjectsCsv != null ? "--subjects-csv" : "--subjects-parameters-csv";
        if (!population) {
            throw new UserInputException(List.of(option + " needs virtual subjects; add --subjects N"));
        }
        if (rows > MAX_SUBJECT_ROWS) {
            throw new UserInputException(List.of(option + ": " + String.format(java.util.Locale.ROOT, "%,d", rows)
                    + " rows (subjects x days x measures) is more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_SUBJECT_ROWS)
                    + " a file may hold; ask for fewer subjects or measures, or a shorter scenario"));
        }
    }

    private List<Path> write(
            ChartWriter chartWriter,
            AtomicFiles.Content csvContent,
            AtomicFiles.Content schemaContent,
            AtomicFiles.Content jsonContent)
            throws IOException {
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(mixee))) {
            stageAll(files, chartWriter, csvContent, schemaContent, jsonContent);
            return files.commit();
        }
    }

    /** Stages the chart, the CSV, the CSV's table schema and the JSON that are asked for, in that order. */
    private void stageAll(
            AtomicFiles files,
            ChartWriter chartWriter,
            AtomicFiles.Content csvContent,
            AtomicFiles.Content schemaContent,
            AtomicFiles.Content jsonContent)
            throws IOException {
        stageChart(files, chart, chartWriter);
        if (csv != null) {
            files.stage(csv, csvContent);
        }
        if (csvSchema != null) {
            files.stage(csvSchema, schemaContent);
        }
        if (json != null) {
            files.stage(json, jsonContent);
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

    /** {@return the --csv-schema target, if given} */
    public java.util.Optional<Path> csvSchema() {
        return java.util.Optional.ofNullable(csvSchema);
    }

    /** {@return the --json target, if given} */
    public java.util.Optional<Path> json() {
        return java.util.Optional.ofNullable(json);
    }

    private Map<String, Path> targets() {
        return new Targets()
                .add("--chart", chart)
                .add("--csv", csv)
                .add("--csv-schema", csvSchema)
                .add("--json", json)
                .add("--subjects-csv", subjectsCsv)
                .add("--subjects-parameters-csv", subjectsParametersCsv)
                .asMap();
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

    /**
     * {@return the nearest of a folder and its parents that exists, if it is not a directory (a
     * regular file or a device); null otherwise}
     */
    private static Path existingNonDirectory(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
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
