package org.inertia.sim.sweep;

import org.inertia.sim.measure.Measure;
import org.inertia.sim.population.Cohort;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * A single number read off a trajectory, or off each subject of a cohort, for sweeps and
 * sensitivity analyses.
 *
 * @param kind what to read
 * @param measure the measure to read it from
 * @param day the day, for {@link Kind#ON_DAY}; the days allowed to recover, for {@link
 *     Kind#SHARE_RECOVERED}
 */
public record Readout(Kind kind, Measure measure, int day) {

    /**
     * Checks for nulls and a day before the start.
     *
     * @param kind what is read
     * @param measure the measure read
     * @param day the day read, or the days allowed to recover; 0 or more
     */
    public Readout {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(measure, "measure");
        if (day < 0) {
            throw new IllegalArgumentException("a readout's day is 0 or later, was " + day);
        }
    }

    /** What a sweep reports for each grid point. */
    public enum Kind {
        /** The value on the last day (% of baseline). */
        END("end", "value at the end (% of baseline)"),
        /** The lowest value (% of baseline). */
        LOWEST("lowest", "lowest value (% of baseline)"),
        /** Days from the lowest point until back to 95 % of baseline (NaN if not within the scenario; 0 if never below). */
        DAYS_TO_RECOVER("days-to-recover", "days from the lowest point back to 95 % of baseline"),
        /** The value on a given day (% of baseline). */
        ON_DAY("day", "value on the given day (% of baseline)"),
        /**
         * The share of subjects back to 95 % of baseline within the given number of days of their
         * lowest point, those never below it included (% of subjects); for one run, 100 or 0.
         */
        SHARE_RECOVERED(
                "share-recovered", "share back to 95 % of baseline within the given days of the lowest point (%)");

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
        double daysToRecover = !s.fellBelowThreshold()
                ? 0
                : s.daysToRecover().isPresent() ? s.daysToRecover().getAsInt() : Double.NaN;
        return switch (kind) {
            case END -> s.endPercent();
            case LOWEST -> s.lowestPercent();
            case DAYS_TO_RECOVER -> daysToRecover;
            case ON_DAY -> t.percent(measure, Math.min(day, t.lastDay()));
            case SHARE_RECOVERED -> recoveredWithin(daysToRecover) ? 100 : 0;
        };
    }

    /**
     * {@return the number this outcome reads off one subject of a cohort; for {@link
     * Kind#SHARE_RECOVERED}, 100 when the subject is back in time and 0 otherwise, so that the
     * mean over subjects is the share}
     *
     * @param readings the cohort's readings of this outcome's measure (on this outcome's day)
     * @param subject the subject's index
     */
    public double of(Cohort.Readings readings, int subject) {
        return switch (kind) {
            case END -> readings.end(subject);
            case LOWEST -> readings.lowest(subject);
            case DAYS_TO_RECOVER -> readings.daysToRecover(subject);
            case ON_DAY -> readings.onDay(subject);
            case SHARE_RECOVERED -> recoveredWithin(readings.daysToRecover(subject)) ? 100 : 0;
        };
    }

    /** {@return whether the outcome is a share of subjects (%), whose band is a confidence interval} */
    public boolean isShare() {
        return kind == Kind.SHARE_RECOVERED;
    }

    /** Back within {@link #day} days of the lowest point: never below (0) counts, not back (NaN) does not. */
    private boolean recoveredWithin(double daysToRecover) {
        return daysToRecover <= day;
    }
}
