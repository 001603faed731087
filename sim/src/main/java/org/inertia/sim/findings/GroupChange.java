package org.inertia.sim.findings;

import org.inertia.sim.measure.Measure;

/**
 * How far a measure fell at its lowest point.
 *
 * @param measure the measure
 * @param lowestPercent its lowest value (% of baseline)
 * @param lowestDay the first day it reached it
 */
public record GroupChange(Measure measure, double lowestPercent, int lowestDay) {

    /** {@return the loss at the lowest point (percentage points below baseline; negative for a gain)} */
    public double lossPoints() {
        return 100 - lowestPercent;
    }
}
