package org.inertia.sim.findings;

/**
 * How far apart two options are on one figure (their lowest point or their last day), with the
 * model's uncertainty about that difference: the 5th to 95th percentile of the same difference
 * over parameter sets drawn from the calibration ({@link PairedDraws}), each set simulated under
 * both options, so that what the options share cancels out.
 *
 * @param first the first option (index)
 * @param second the second option (index)
 * @param points the first option's figure minus the second's under the default parameters
 *     (percentage points of baseline)
 * @param lowerPoints the 5th percentile of that difference over the draws (pp)
 * @param upperPoints the 95th percentile of that difference over the draws (pp)
 */
public record Difference(int first, int second, double points, double lowerPoints, double upperPoints) {

    /**
     * Checks the interval.
     *
     * @param first the first option (index)
     * @param second the second option (index)
     * @param points the first option's figure minus the second's (pp)
     * @param lowerPoints the 5th percentile of that difference over the draws (pp)
     * @param upperPoints the 95th percentile of that difference over the draws (pp)
     */
    public Difference {
        if (!(lowerPoints <= upperPoints)) {
            throw new IllegalArgumentException("lower " + lowerPoints + " above upper " + upperPoints);
        }
    }

    /**
     * {@return whether the difference is smaller than the model's uncertainty: its interval over
     * the draws includes no difference at all, or it is smaller than {@link Comparison#TIE_POINTS}
     * (no printed figure would show it); such options are not ranked}
     */
    public boolean withinUncertainty() {
        return Math.abs(points) < Comparison.TIE_POINTS || (lowerPoints <= 0 && upperPoints >= 0);
    }
}
