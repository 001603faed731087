package org.inertia.sim.evidence;

import java.util.Objects;
import java.util.OptionalDouble;
import org.inertia.sim.measure.Measure;

/**
 * One observation from a user's measurement file.
 *
 * @param line the line of the file it came from (1-based)
 * @param day the day of the scenario it was taken on
 * @param measure what was measured
 * @param valuePercent the value (% of the subject's baseline)
 * @param sdPercent its standard deviation, when known (percentage points); weights the fit by 1/sd²
 */
public record Measurement(int line, int day, Measure measure, double valuePercent, OptionalDouble sdPercent) {

    /**
     * Checks for nulls.
     *
     * @param line the line of the file it came from (1-based)
     * @param day the day of the scenario it was taken on
     * @param measure what was measured
     * @param valuePercent the value (% of the subject's baseline)
     * @param sdPercent its standard deviation, when known (percentage points); weights the fit by 1/sd²
     */
    public Measurement {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(sdPercent, "sdPercent");
    }
}
