package org.inertia.sim.sweep;

import org.inertia.sim.measure.Measure;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * A single number read off a trajectory, for sweeps and sensitivity analyses.
 *
 * @param kind what to read
 * @param measure the measure to read it from
 * @param day the day, for {@link Kind#ON_DAY}
 */
public record Readout(Kind kind, Measure measure, int day) {

    /** What a sweep reports for each grid point. */
    public enum Kind {
        /** The value on the last day (% of baseline). */
        END("end", "value at the end (% of baseline)"),
        /** The lowest value (% of baseline). */
        LOWEST("lowest", "lowest value (% of baseline)"),
        /** Days from the lowest point until back to 95 % of baseline (NaN if not within the scenario; 0 if never below). */
        DAYS_TO_RECOVER("days-to-recover", "days from the lowest point back to 95 % of baseline"),
        /** The value on a given day (% of baseline). */
        ON_DAY("day", "value on the given day (% of baseline)");

        private final String keyword;
        private final String description;

        Kind(String keyword, String description) {
            this.keyword = keyword;
            this.description = description;
        }

        /** {@return the spelling on the command line} */
        public String keyword() {
            return keyword;
        }

        /** {@return a description for axis titles} */
        public String description() {
            return description;
        }
    }

    /**
     * {@return the number this outcome reads off a trajectory}
     *
     * @param t the trajectory
     */
    public double of(Trajectory t) {
        MeasureSummary s = t.summary(measure);
        return switch (kind) {
            case END -> s.endPercent();
            case LOWEST -> s.lowestPercent();
            case DAYS_TO_RECOVER -> !s.fellBelowThreshold()
                    ? 0
                    : s.daysToRecover().isPresent() ? s.daysToRecover().getAsInt() : Double.NaN;
            case ON_DAY -> t.percent(measure, Math.min(day, t.lastDay()));
        };
    }
}
