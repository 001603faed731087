package org.inertia.sim.measure;

import java.util.Objects;

/**
 * A subject's own measured value of one measure at baseline (day 0), in the unit it was measured
 * in: handgrip 32 kg, knee-extensor torque 180 N·m, leg lean mass 9.1 kg (issue 13). The model
 * works in % of baseline; a baseline turns any of its values into the clinician's unit, on the
 * assumption that the measured quantity changes in proportion to the simulated one (strength for
 * a strength measure, muscle mass for a mass measure): {@code inUnit(93.1)} of 32 kg is
 * 32 × 0.931 = 29.79 kg. The unit is only carried and shown, never interpreted or converted.
 *
 * @param value the measured value at day 0, in {@code unit}; greater than 0, {@value #MAX_VALUE}
 *     at most
 * @param unit the unit as the user wrote it ("kg", "N·m"); 1 to {@value #MAX_UNIT_LENGTH}
 *     characters of printable text, no surrounding spaces
 */
public record Baseline(double value, String unit) {

    /** Largest baseline value accepted, in any unit. */
    public static final double MAX_VALUE = 1_000_000;

    /** Longest unit accepted (characters). */
    public static final int MAX_UNIT_LENGTH = 16;

    /**
     * Checks the value and the unit.
     *
     * @param value the measured value at day 0; greater than 0, {@value #MAX_VALUE} at most
     * @param unit the unit; 1 to {@value #MAX_UNIT_LENGTH} printable characters, no surrounding spaces
     */
    public Baseline {
        if (!(value > 0 && value <= MAX_VALUE)) {
            throw new IllegalArgumentException("a baseline must be greater than 0 and at most 1000000, was " + value);
        }
        Objects.requireNonNull(unit, "unit");
        if (unit.isEmpty() || unit.length() > MAX_UNIT_LENGTH || !unit.equals(unit.strip())) {
            throw new IllegalArgumentException(
                    "a unit is 1 to 16 characters without surrounding spaces, was '" + unit + "'");
        }
        if (unit.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || (c <= 0xFFFF && Character.isSurrogate((char) c)))) {
            throw new IllegalArgumentException("a unit is printable text");
        }
    }

    /**
     * {@return a value of the measure in this baseline's unit: {@code value × percent / 100}}
     *
     * @param percentOfBaseline a value of the measure (% of baseline, 100 on day 0)
     */
    public double inUnit(double percentOfBaseline) {
        return value * percentOfBaseline / 100.0;
    }

    /**
     * {@return whether a measure may carry a baseline: one muscle group's strength or mass, aerobic
     * capacity or a site's bone density; not an overall mean, which no instrument measures}
     *
     * @param measure any measure
     */
    public static boolean appliesTo(Measure measure) {
        return measure.group() != MuscleGroup.OVERALL;
    }
}
