package org.inertia.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.inertia.sim.model.Measure;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.simulation.Trajectory;

/**
 * Writes trajectories as tidy CSV (RFC 4180, UTF-8): one row per scenario, measure and day, with
 * the header {@value #HEADER}. Days run from 0 (baseline, 100) to the last day; values are in %
 * of baseline with four decimals and a '.' separator whatever the locale. For a single run
 * {@code lower} and {@code upper} are empty; for a population ({@link #writePopulations}) {@code
 * value} is the median across subjects and {@code lower}/{@code upper} the band's percentiles.
 */
public final class CsvWriter {

    /** The header line. */
    public static final String HEADER = "scenario,day,measure,value,lower,upper";

    private CsvWriter() {}

    /**
     * Writes the CSV.
     *
     * @param trajectories the simulated scenarios, in order
     * @param measures the measures to write, in order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(List<Trajectory> trajectories, List<Measure> measures, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write('\n');
        for (Trajectory t : trajectories) {
            String scenario = field(t.scenario().name());
            for (Measure m : measures) {
                String key = field(m.key());
                double[] series = t.series(m);
                for (int day = 0; day < series.length; day++) {
                    w.write(scenario);
                    w.write(',');
                    w.write(Integer.toString(day));
                    w.write(',');
                    w.write(key);
                    w.write(',');
                    w.write(number(series[day], m, day));
                    w.write(",,\n");
                }
            }
        }
        w.flush();
    }

    /**
     * Writes population runs: the median as {@code value}, the band as {@code lower} and {@code upper}.
     *
     * @param populations the population runs, in order
     * @param measures the measures to write, in order; each summarised by every run
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writePopulations(List<PopulationResult> populations, List<Measure> measures, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(HEADER);
        w.write('\n');
        for (PopulationResult p : populations) {
            String scenario = field(p.scenario().name());
            for (Measure m : measures) {
                String key = field(m.key());
                int k = p.indexOf(m);
                double[] median = p.median()[k];
                for (int day = 0; day < median.length; day++) {
                    w.write(scenario);
                    w.write(',');
                    w.write(Integer.toString(day));
                    w.write(',');
                    w.write(key);
                    w.write(',');
                    w.write(number(median[day], m, day));
                    w.write(',');
                    w.write(number(p.lower()[k][day], m, day));
                    w.write(',');
                    w.write(number(p.upper()[k][day], m, day));
                    w.write('\n');
                }
            }
        }
        w.flush();
    }

    /**
     * {@return a field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma,
     * a quote or a line break; as is otherwise}
     *
     * @param text the field's text
     */
    public static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String number(double value, Measure m, int day) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("simulation produced " + value + " for " + m.key() + " on day " + day);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
