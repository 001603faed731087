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
 * @param subject the id of the subject measured, from the file's {@code subject} column; empty
 *     when the file has none (one subject)
 */
public record Measurement(
        int line, int day, Measure measure, double valuePercent, OptionalDouble sdPercent, String subject) {

    /**
     * Checks for nulls and impossible values: a day before the scenario's start, a value that is
     * not a finite number, an sd that is not a positive finite number (the reader refuses these in
     * a file; here they are refused for code that builds measurements itself).
     *
     * @param line the line of the file it came from (1-based)
     * @param day the day of the scenario it was taken on
     * @param measure what was measured
     * @param valuePercent the value (% of the subject's baseline)
     * @param sdPercent its standard deviation, when known (percentage points); weights the fit by 1/sd²
     * @param subject the id of the subject measured, or empty
     */
    public Measurement {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(sdPercent, "sdPercent");
        Objects.requireNonNull(subject, "subject");
        if (day < 0) {
            throw new IllegalArgumentException("a measurement's day is 0 or later, was " + day);
        }
        if (!Double.isFinite(valuePercent)) {
            throw new IllegalArgumentException("a measurement's value must be a finite number, was " + valuePercent);
        }
        if (sdPercent.isPresent() && !(sdPercent.getAsDouble() > 0 && Double.isFinite(sdPercent.getAsDouble()))) {
            throw new IllegalArgumentException(
                    "a measurement's sd must be above 0 and finite, was " + sdPercent.getAsDouble());
        }
    }

    /**
     * An observation of a file without a {@code subject} column.
     *
     * @param line the line of the file it came from (1-based)
     * @param day the day of the scenario it was taken on
     * @param measure what was measured
     * @param valuePercent the value (% of the subject's baseline)
     * @param sdPercent its standard deviation, when known (percentage points); weights the fit by 1/sd²
     */
    public Measurement(int line, int day, Measure measure, double valuePercent, OptionalDouble sdPercent) {
        this(line, day, measure, valuePercent, sdPercent, "");
    }
}
