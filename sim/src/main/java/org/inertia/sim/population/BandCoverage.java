package org.inertia.sim.population;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.inertia.sim.evidence.EvidenceReport;
import org.inertia.sim.evidence.EvidenceRow;
import org.inertia.sim.evidence.EvidenceSet;
import org.inertia.sim.parameters.ModelParameters;

/**
 * How often the uncertainty band of the average person ({@code --uncertainty}) holds the published
 * figures themselves: each figure of an evidence set is simulated under parameter sets drawn from
 * the calibration's uncertainty, exactly as a band is drawn, and counted inside when it lies between
 * the band's percentiles (R-7 rule on the draws). The band is the uncertainty of the model's
 * parameters; it leaves out how much studies of the same protocol differ from each other, so it
 * holds far fewer published figures than its nominal share (docs/model.md, "What the band is not").
 *
 * @param figures the published figures checked
 * @param inside how many lie within the band
 * @param meanWidthPp the band's mean width over the figures (percentage points)
 */
public record BandCoverage(int figures, int inside, double meanWidthPp) {

    /**
     * Checks the counts.
     *
     * @param figures the published figures checked
     * @param inside how many lie within the band
     * @param meanWidthPp the band's mean width over the figures (percentage points)
     */
    public BandCoverage {
        if (figures < 0 || inside < 0 || inside > figures) {
            throw new IllegalArgumentException("inside must lie between 0 and the number of figures");
        }
    }

    /** {@return the share of the figures inside the band, 0 to 1} */
    public double share() {
        return figures == 0 ? 0 : (double) inside / figures;
    }

    /**
     * Counts the published figures of an evidence set that lie within the band of the average
     * person.
     *
     * @param evidence the published figures
     * @param centre the parameters the band is centred on (the calibrated defaults)
     * @param sampler how each draw's parameters are drawn around the centre
     * @param draws the number of parameter sets, at least 2
     * @param seed the seed: draw {@code d} uses {@link PopulationSimulator#randomFor(long, int)}
     * @param lowerPercentile the band's lower edge, such as 5
     * @param upperPercentile the band's upper edge, such as 95
     * @return the coverage
     */
    public static BandCoverage of(
            EvidenceSet evidence,
            ModelParameters centre,
            ParameterSampler sampler,
            int draws,
            long seed,
            double lowerPercentile,
            double upperPercentile) {
        Objects.requireNonNull(sampler, "sampler");
        if (draws < 2) {
            throw new IllegalArgumentException("at least two draws");
        }
        if (!(0 <= lowerPercentile && lowerPercentile < upperPercentile && upperPercentile <= 100)) {
            throw new IllegalArgumentException("band must satisfy 0 <= lower < upper <= 100");
        }
        List<EvidenceRow> rows = evidence.rows();
        double[][] simulated = new double[rows.size()][draws];
        for (int d = 0; d < draws; d++) {
            ModelParameters p = sampler.draw(centre, PopulationSimulator.randomFor(seed, d));
            List<EvidenceReport.Comparison> c =
                    EvidenceReport.evaluate(evidence, p).comparisons();
            for (int i = 0; i < rows.size(); i++) {
                simulated[i][d] = c.get(i).simulatedChangePercent();
            }
        }
        int inside = 0;
        double width = 0;
        for (int i = 0; i < rows.size(); i++) {
            double[] v = simulated[i];
            Arrays.sort(v);
            double lo = Percentiles.ofSorted(v, lowerPercentile);
            double hi = Percentiles.ofSorted(v, upperPercentile);
            double published = rows.get(i).changePercent();
            if (lo <= published && published <= hi) {
                inside++;
            }
            width += hi - lo;
        }
        return new BandCoverage(rows.size(), inside, rows.isEmpty() ? 0 : width / rows.size());
    }
}
