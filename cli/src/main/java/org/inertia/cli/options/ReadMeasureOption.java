package org.inertia.cli.options;

import org.inertia.sim.measure.Measure;
import picocli.CommandLine.Option;

/**
 * {@code --measure} for commands that read one number off each run ({@code sweep}, {@code
 * sensitivity}); overall strength when not given.
 */
public final class ReadMeasureOption {

    @Option(
            names = {"-m", "--measure"},
            paramLabel = "MEASURE",
            converter = MeasureConverter.class,
            completionCandidates = MeasureConverter.class,
            description = "The measure to read, such as strength.knee_extensors (default: strength.overall).")
    private Measure measure;

    /** {@return the measure given, or overall strength} */
    public Measure measure() {
        return measure == null ? Measure.OVERALL_STRENGTH : measure;
    }
}
