package org.inertia.cli.options;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inertia.cli.output.AtomicFiles;
import org.inertia.cli.output.StandardStreams;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The output files of {@code sweep} and {@code sensitivity}, whose results are a grid or a list
 * rather than trajectories: {@code --chart} and {@code --csv}. Checked like {@link OutputOptions}
 * before any work, and written all or nothing.
 */
public final class AnalysisOutputOptions {

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
            description = "Write the results as tidy CSV (columns: see above); - for standard output.")
    private Path csv;

    @Option(
            names = "--csv-layout",
            paramLabel = "LAYOUT",
            converter = CsvLayout.Converter.class,
            completionCandidates = CsvLayout.Converter.class,
            description = "With --csv: wide (the default; the columns above) or long: one row per grid point or"
                    + " parameter and statistic, with the fixed snake_case columns of docs/data-formats.md, which"
                    + " R's read.csv and pandas' query take as they are.")
    private CsvLayout csvLayout;

    /** {@return whether {@code --chart} was given} */
    public boolean chartRequested() {
        return chart != null;
    }

    /**
     * Checks the targets before any work, as {@link OutputOptions#check} does.
     *
     * @param inputs the files read by the command
     * @throws UserInputException listing every problem found
     */
    public void check(List<Path> inputs) throws UserInputException {
        if (csvLayout != null && csv == null) {
            throw new UserInputException("--csv-layout applies to --csv: add --csv FILE (- for standard output)");
        }
        Map<String, Path> targets = new OutputOptions.Targets()
                .add("--chart", chart)
                .add("--csv", csv)
                .asMap();
        OutputOptions.checkTargets(chart, targets, inputs, java.util.Set.of("--csv"));
    }

    /** {@return the layout of the CSV: {@code --csv-layout}, wide when not given} */
    public CsvLayout csvLayout() {
        return csvLayout == null ? CsvLayout.WIDE : csvLayout;
    }

    /**
     * {@return where the command's text goes: standard error when the CSV goes to standard output,
     * so that a pipe receives the data alone; standard output otherwise}
     */
    public java.io.PrintWriter textWriter() {
        return OutputOptions.textWriter(mixee, csv);
    }

    /**
     * Writes the requested files, all or nothing.
     *
     * @param chartWriter renders the chart, if one is requested
     * @param csvContent writes the CSV, if one is requested
     * @return the files written, chart first
     * @throws IOException if writing fails
     */
    public List<Path> write(OutputOptions.ChartWriter chartWriter, AtomicFiles.Content csvContent) throws IOException {
        try (AtomicFiles files = new AtomicFiles(StandardStreams.of(mixee))) {
            OutputOptions.stageChart(files, chart, chartWriter);
            if (csv != null) {
                files.stage(csv, csvContent);
            }
            return files.commit();
        }
    }
}
