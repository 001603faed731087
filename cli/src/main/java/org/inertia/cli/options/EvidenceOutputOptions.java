package org.inertia.cli.options;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.StandardStreams;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output files of {@code evidence}: {@code --chart}, {@code --csv}, {@code --json}, each
 * holding the comparison of the default model with the published figures. Only the options the
 * command writes: the per-subject files and the CSV schema of {@code run} and {@code compare}
 * ({@link OutputOptions}) describe trajectories, which {@code evidence} does not produce. Checked
 * like {@link OutputOptions} before any work, and written all or nothing.
 */
public final class EvidenceOutputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Write a chart of published against simulated change, one point per study arm:"
                    + " .png (1200x700 pixels), .svg or .pdf, chosen by the extension.")
    private Path chart;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description = "Write one row per published figure as CSV: id,study,reference,identifier,design,"
                    + "category,arm,n,age,day,measure,published,simulated,difference,spread_type,spread,"
                    + "within_spread,where (changes in %% from baseline, the difference in percentage points,"
                    + " the default model even with --calibrate); - for standard output.")
    private Path csv;

    @Option(
            names = "--json",
            paramLabel = "FILE",
            description = "Write the same comparison as JSON: the units, the error statistics overall and per"
                    + " category, and one object per published figure (the default model even with"
                    + " --calibrate); - for standard output.")
    private Path json;

    /**
     * Checks the targets before any work, as {@link OutputOptions#check} does.
     *
     * @throws UserInputException listing every problem found
     */
    public void check() throws UserInputException {
        Map<String, Path> targets = new OutputOptions.Targets()
                .add("--chart", chart)
                .add("--csv", csv)
                .add("--json", json)
                .asMap();
        OutputOptions.checkTargets(chart, targets, List.of(), Set.of("--csv", "--json"));
    }

    /** {@return the --chart target, if given} */
    public Optional<Path> chart() {
        return Optional.ofNullable(chart);
    }

    /**
     * {@return where the command's text goes: standard error when a file goes to standard output,
     * so that a pipe receives the data alone; standard output otherwise}
     */
    public PrintWriter textWriter() {
        return OutputOptions.textWriter(mixee, csv, json);
    }

    /**
     * Writes the requested files, all or nothing.
     *
     * @param chartWriter renders the chart, if one is requested
     * @param csvContent writes the CSV, if one is requested
     * @param jsonContent writes the JSON, if one is requested
     * @return the files written: chart, CSV, JSON
     * @throws IOException if writing fails
     */
    public List<Path> write(
            OutputOptions.ChartWriter chartWriter, AtomicFiles.Content csvContent, AtomicFiles.Content jsonContent)
            throws IOException {
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(mixee))) {
            OutputOptions.stageChart(files, chart, chartWriter);
            if (csv != null) {
                files.stage(csv, csvContent);
            }
            if (json != null) {
                files.stage(json, jsonContent);
            }
            return files.commit();
        }
    }
}
