package org.inertia.cli.options;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.output.AtomicFiles;
import picocli.CommandLine.Option;

/**
 * The output files of {@code sweep} and {@code sensitivity}, whose results are a grid or a list
 * rather than trajectories: {@code --chart} and {@code --csv}. Checked like {@link OutputOptions}
 * before any work, and written all or nothing.
 */
public final class AnalysisOutputOptions {

    @Option(
            names = "--chart",
            paramLabel = "FILE",
            description = "Write a chart: .png (1200x700 pixels), .svg or .pdf, chosen by the extension.")
    private Path chart;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the results as tidy CSV (columns: see above).")
    private Path csv;

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
        Map<String, Path> targets = new LinkedHashMap<>();
        if (chart != null) {
            targets.put("--chart", chart);
        }
        if (csv != null) {
            targets.put("--csv", csv);
        }
        OutputOptions.checkTargets(chart, targets, inputs);
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
        try (AtomicFiles files = new AtomicFiles()) {
            if (chart != null) {
                ChartFormat format = ChartFormat.of(chart).orElseThrow();
                files.stage(chart, out -> chartWriter.write(out, format));
            }
            if (csv != null) {
                files.stage(csv, csvContent);
            }
            return files.commit();
        }
    }
}
