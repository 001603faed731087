package org.inertia.cli.output;

import java.util.List;
import org.inertia.sim.sweep.InputDistribution;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.SobolIndices;

/**
 * A global sensitivity analysis as printed on the terminal: one row per parameter, how it varied,
 * and its indices with their confidence intervals; Sobol' indices largest total effect first,
 * Morris effects largest μ* first. Parameters that never changed the outcome say so.
 */
public final class GlobalSensitivityTable {

    private GlobalSensitivityTable() {}

    /**
     * {@return the Sobol' indices as text, every line ending with a line break}
     *
     * @param indices the analysis
     */
    public static String render(SobolIndices indices) {
        String level = NumberText.plain(indices.confidencePercent()) + " % CI";
        TextTable table =
                new TextTable(List.of("Parameter", "Unit", "Varied as", "S1 [" + level + "]", "ST [" + level + "]"));
        for (SobolIndices.Index i : indices.byTotal()) {
            boolean none = i.noEffect();
            table.row(List.of(
                    i.input().name(),
                    i.input().unit(),
                    input(i.input().distribution()),
                    none ? "no effect" : interval(i.firstOrder(), i.firstOrderLower(), i.firstOrderUpper(), 3),
                    none ? "no effect" : interval(i.total(), i.totalLower(), i.totalUpper(), 3)));
        }
        return table.render();
    }

    /**
     * {@return the Morris effects as text, every line ending with a line break}
     *
     * @param screening the screening
     */
    public static String render(MorrisScreening screening) {
        String level = NumberText.plain(screening.confidencePercent()) + " % CI";
        TextTable table = new TextTable(
                List.of("Parameter", "Unit", "Varied as", "mu* (pp) [" + level + "]", "mu (pp)", "sigma (pp)"));
        for (MorrisScreening.Effect e : screening.byMuStar()) {
            boolean none = e.noEffect();
            table.row(List.of(
                    e.input().name(),
                    e.input().unit(),
                    input(e.input().distribution()),
                    none ? "no effect" : interval(e.muStar(), e.muStarLower(), e.muStarUpper(), 2),
                    none ? "-" : NumberText.fixed(e.mu(), 2),
                    none ? "-" : NumberText.fixed(e.sigma(), 2)));
        }
        return table.render();
    }

    /**
     * {@return how an input varied, in a few characters: "normal 36 sd 7.82", "uniform 20..60"}
     *
     * @param d the input's distribution
     */
    public static String input(InputDistribution d) {
        if (d instanceof InputDistribution.TruncatedNormal n) {
            return "normal " + NumberText.plain(n.mean(), 3) + " sd " + NumberText.plain(n.standardDeviation(), 3);
        }
        return "uniform " + NumberText.decimal(d.low()) + ".." + NumberText.decimal(d.high());
    }

    private static String interval(double value, double lower, double upper, int decimals) {
        return NumberText.fixed(value, decimals) + " [" + NumberText.fixed(lower, decimals) + ", "
                + NumberText.fixed(upper, decimals) + "]";
    }
}
