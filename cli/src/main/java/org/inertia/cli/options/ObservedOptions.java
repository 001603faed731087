package org.inertia.cli.options;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inertia.cli.output.Hints;
import org.inertia.sim.evidence.Measurement;
import org.inertia.sim.evidence.MeasurementException;
import org.inertia.sim.evidence.MeasurementReader;
import org.inertia.sim.evidence.ParameterFit;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.scenario.io.Excerpt;
import picocli.CommandLine.Option;

/**
 * {@code --observed FILE}: measured points (a patient's own measurements, in the format {@code
 * fit} reads: {@code day,measure,value[,sd]}) drawn over the projection on the chart of {@code run}
 * and {@code compare}.
 */
public final class ObservedOptions {

    @Option(
            names = "--observed",
            paramLabel = "FILE",
            description = "Draw measured points over the chart: a CSV of day,measure,value[,sd] in %% of baseline"
                    + " (the format of 'inertia fit'); each measure must be one the chart shows.")
    private Path observed;

    /** {@return whether {@code --observed} was given} */
    public boolean given() {
        return observed != null;
    }

    /**
     * Reads the measured points, checking that there is a chart to draw them on, that each
     * measure is one it shows, and, as {@code fit} checks them ({@link
     * ParameterFit#checkAgainstScenario}), that no day is after the end and the values are not
     * fractions of baseline.
     *
     * @param chartRequested whether {@code --chart} was given
     * @param charted the measures the chart draws
     * @param lastDay the last day the chart shows: the (longest) scenario's last day
     * @return the points; empty without {@code --observed}
     * @throws UserInputException if the file is wrong, there is no chart, or a measure is not drawn
     */
    public List<Measurement> read(boolean chartRequested, List<Measure> charted, int lastDay)
            throws UserInputException {
        if (observed == null) {
            return List.of();
        }
        if (!chartRequested) {
            throw new UserInputException("--observed draws measured points on the chart; add --chart FILE");
        }
        List<Measurement> points;
        try {
            points = MeasurementReader.read(observed);
            ParameterFit.checkAgainstScenario(points, lastDay, observed.toString());
        } catch (MeasurementException e) {
            throw new UserInputException(Hints.lines(e));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Measurement p : points) {
            if (!charted.contains(p.measure())) {
                missing.add(p.measure().key());
            }
        }
        if (!missing.isEmpty()) {
            String first = missing.iterator().next();
            throw new UserInputException("--observed " + Excerpt.middle(observed.toString()) + ": "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not on the chart; add --measure " + first);
        }
        return points;
    }
}
