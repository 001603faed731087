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
 * @param agreement the share of the draws whose difference has the sign of {@code points}, 0 to 1
 *     (1 without draws)
 */
public record Difference(
        int first, int second, double points, double lowerPoints, double upperPoints, double agreement) {

    /** The share of the draws that must agree on the sign for a difference to be called probable. */
    public static final double PROBABLE_AGREEMENT = 0.8;

    /**
     * Checks the interval and the agreement.
     *
     * @param first the first option (index)
     * @param second the second option (index)
     * @param points the first option's figure minus the second's (pp)
     * @param lowerPoints the 5th percentile of that difference over the draws (pp)
     * @param upperPoints the 95th percentile of that difference over the draws (pp)
     * @param agreement the share of the draws whose difference has the sign of {@code points}
     */
    public Difference {
        if (!(lowerPoints <= upperPoints)) {
            throw new IllegalArgumentException("lower " + lowerPoints + " above upper " + upperPoints);
        }
        if (!(agreement >= 0 && agreement <= 1)) {
            throw new IllegalArgumentException("agreement " + agreement + " outside 0 to 1");
        }
    }

    /**
     * A difference without draws (every draw agrees).
     *
     * @param first the first option (index)
     * @param second the second option (index)
     * @param points the first option's figure minus the second's (pp)
     * @param lowerPoints the 5th percentile of that difference over the draws (pp)
     * @param upperPoints the 95th percentile of that difference over the draws (pp)
     */
    public Difference(int first, int second, double points, double lowerPoints, double upperPoints) {
        this(first, second, points, lowerPoints, upperPoints, 1.0);
    }

    /**
     * {@return whether a difference within the model's uncertainty still points one way: large
     * enough to print, and at least {@value #PROBABLE_AGREEMENT} of the draws agree on its sign;
     * such options are still not ranked, but the likelier order may be said with its odds}
     */
    public boolean probable() {
        return withinUncertainty() && Math.abs(points) >= Comparison.TIE_POINTS && agreement >= PROBABLE_AGREEMENT;
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
