package org.inertia.sim.findings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.CalibrationUncertainty;
import org.inertia.sim.population.Cohort;
import org.inertia.sim.trajectory.MeasureSummary;
import org.inertia.sim.trajectory.Trajectory;

/**
 * The model's uncertainty about differences between options: {@value #DRAWS} parameter sets drawn
 * from the calibration's uncertainty ({@link CalibrationUncertainty}, the average person), and
 * draw {@code i} simulated under every option. Draws are paired: the same deviates give each
 * option its parameters (around its own values), so a difference the options share (how deep
 * bed rest goes, say) cancels, and what remains is what the evidence cannot tell about the
 * options' difference (how much a brace unloads the back, say). The seed is fixed, so the same
 * options always give the same answer.
 *
 * <p>Readings are simulated on first use, per measure, and kept; an instance is not thread-safe.
 */
public final class PairedDraws {

    /** Parameter sets drawn: as many as {@code --uncertainty} draws for a band. */
    public static final int DRAWS = 200;

    /** The seed of the draws. */
    public static final long SEED = 13L;

    private final List<Trajectory> options;
    private final Cohort[] cohorts;
    private final Map<Measure, Cohort.Readings[]> readings = new HashMap<>();

    private PairedDraws(List<Trajectory> options, Cohort[] cohorts) {
        this.options = List.copyOf(options);
        this.cohorts = cohorts;
    }

    /**
     * {@return the paired draws of several simulated options}
     *
     * @param options the options simulated with their own parameters, at least one
     */
    public static PairedDraws of(List<Trajectory> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options");
        }
        Cohort[] cohorts = new Cohort[options.size()];
        for (int i = 0; i < cohorts.length; i++) {
            var s = options.get(i).scenario();
            cohorts[i] = Cohort.draw(s.modelParameters(), CalibrationUncertainty.forScenario(s), DRAWS, SEED);
        }
        return new PairedDraws(options, cohorts);
    }

    /**
     * {@return no draws: every difference is known exactly, so only differences under {@link
     * Comparison#TIE_POINTS} count as ties}
     *
     * @param options the options, at least one
     */
    public static PairedDraws none(List<Trajectory> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options");
        }
        return new PairedDraws(options, null);
    }

    /** {@return the options, in order} */
    public List<Trajectory> options() {
        return options;
    }

    /**
     * {@return how much lower option {@code a}'s lowest point is than option {@code b}'s (a
     * negative difference means a goes lower)}
     *
     * @param measure the measure
     * @param a one option (index)
     * @param b another option (index)
     */
    public Difference lowest(Measure measure, int a, int b) {
        return difference(measure, a, b, MeasureSummary::lowestPercent, Cohort.Readings::lowest);
    }

    /**
     * {@return option {@code a}'s value on its last day minus option {@code b}'s}
     *
     * @param measure the measure
     * @param a one option (index)
     * @param b another option (index)
     */
    public Difference end(Measure measure, int a, int b) {
        return difference(measure, a, b, MeasureSummary::endPercent, Cohort.Readings::end);
    }

    private Difference difference(
            Measure measure,
            int a,
            int b,
            java.util.function.ToDoubleFunction<MeasureSummary> figure,
            Function<Cohort.Readings, float[]> drawn) {
        double points = figure.applyAsDouble(options.get(a).summary(measure))
                - figure.applyAsDouble(options.get(b).summary(measure));
        if (cohorts == null) {
            return new Difference(a, b, points, points, points);
        }
        Cohort.Readings[] r = readings(measure);
        float[] x = drawn.apply(r[a]);
        float[] y = drawn.apply(r[b]);
        double[] d = new double[DRAWS];
        int agreeing = 0;
        for (int i = 0; i < DRAWS; i++) {
            d[i] = (double) x[i] - y[i];
            if (Math.signum(d[i]) == Math.signum(points)) {
                agreeing++;
            }
        }
        Arrays.sort(d);
        return new Difference(a, b, points, quantile(d, 0.05), quantile(d, 0.95), (double) agreeing / DRAWS);
    }

    private Cohort.Readings[] readings(Measure measure) {
        return readings.computeIfAbsent(measure, m -> {
            Cohort.Readings[] r = new Cohort.Readings[options.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = cohorts[i].read(Simulator.exact(), options.get(i).scenario(), m, 0);
            }
            return r;
        });
    }

    /** The q-quantile of sorted values, interpolated between neighbours. */
    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
