package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.parameters.Preset;
import org.inertia.sim.scenario.Scenario;

/** The model run against every row of an evidence set, with error statistics. */
public final class EvidenceReport {

    /**
     * One row compared.
     *
     * @param row the published figure
     * @param simulatedChangePercent the model's change on the same day (% of baseline)
     */
    public record Comparison(EvidenceRow row, double simulatedChangePercent) {

        /** {@return simulated minus published (percentage points)} */
        public double differencePp() {
            return simulatedChangePercent - row.changePercent();
        }

        /** {@return whether the simulated change lies within the published spread, when there is one} */
        public Optional<Boolean> withinSpread() {
            return row.spread().map(s -> Math.abs(differencePp()) <= s.halfWidth());
        }
    }

    /**
     * Error statistics of a group of comparisons.
     *
     * @param count number of rows
     * @param meanAbsoluteErrorPp mean absolute difference (percentage points)
     * @param rootMeanSquareErrorPp root mean square difference (percentage points)
     * @param meanSignedErrorPp mean of simulated minus published (percentage points): positive
     *     when the model says less loss or more gain than the studies
     * @param withSpread rows whose paper gives a spread
     * @param insideSpread of those, rows the model falls inside
     */
    public record Statistics(
            int count,
            double meanAbsoluteErrorPp,
            double rootMeanSquareErrorPp,
            double meanSignedErrorPp,
            int withSpread,
            int insideSpread) {

        static Statistics of(List<Comparison> comparisons) {
            double abs = 0;
            double signed = 0;
            double sq = 0;
            int spread = 0;
            int inside = 0;
            for (Comparison c : comparisons) {
                abs += Math.abs(c.differencePp());
                signed += c.differencePp();
                sq += c.differencePp() * c.differencePp();
                if (c.withinSpread().isPresent()) {
                    spread++;
                    inside += c.withinSpread().get() ? 1 : 0;
                }
            }
            int n = comparisons.size();
            return new Statistics(
                    n,
                    n == 0 ? Double.NaN : abs / n,
                    n == 0 ? Double.NaN : Math.sqrt(sq / n),
                    n == 0 ? Double.NaN : signed / n,
                    spread,
                    inside);
        }
    }

    private final List<Comparison> comparisons;

    private EvidenceReport(List<Comparison> comparisons) {
        this.comparisons = List.copyOf(comparisons);
    }

    /**
     * Runs every row's protocol with a parameter set.
     *
     * @param evidence the evidence set
     * @param parameters the model parameters to test
     * @return the report
     */
    public static EvidenceReport evaluate(EvidenceSet evidence, ModelParameters parameters) {
        Simulator simulator = Simulator.exact();
        // Each protocol is simulated once, keeping only the days and measures its rows read: the
        // calibration evaluates the whole set thousands of times.
        Map<String, List<EvidenceRow>> byScenario = new LinkedHashMap<>();
        for (EvidenceRow row : evidence.rows()) {
            byScenario
                    .computeIfAbsent(row.scenarioFile(), f -> new ArrayList<>())
                    .add(row);
        }
        Map<EvidenceRow, Double> simulated = new HashMap<>();
        for (List<EvidenceRow> rows : byScenario.values()) {
            Scenario scenario = evidence.scenario(rows.get(0));
            List<Measure> measures =
                    rows.stream().map(EvidenceRow::measure).distinct().toList();
            double[][] values = new double[measures.size()][scenario.totalDays() + 1];
            simulator.simulate(scenario, parameters, measures, values);
            for (EvidenceRow r : rows) {
                simulated.put(r, values[measures.indexOf(r.measure())][r.day()] - 100);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (EvidenceRow row : evidence.rows()) {
            comparisons.add(new Comparison(row, simulated.get(row)));
        }
        return new EvidenceReport(comparisons);
    }

    /**
     * {@return a report of comparisons made elsewhere (such as held-out predictions)}
     *
     * @param comparisons the comparisons
     */
    public static EvidenceReport of(List<Comparison> comparisons) {
        return new EvidenceReport(comparisons);
    }

    /**
     * Runs every row's protocol with the default parameters.
     *
     * @param evidence the evidence set
     * @return the report
     */
    public static EvidenceReport evaluate(EvidenceSet evidence) {
        return evaluate(evidence, Preset.DEFAULT.parameters());
    }

    /** {@return every comparison, in the evidence set's order} */
    public List<Comparison> comparisons() {
        return comparisons;
    }

    /** {@return statistics over every row} */
    public Statistics overall() {
        return Statistics.of(comparisons);
    }

    /** {@return statistics per category (disuse, recovery, exercise)} */
    public Map<EvidenceCategory, Statistics> byCategory() {
        Map<EvidenceCategory, Statistics> stats = new EnumMap<>(EvidenceCategory.class);
        for (EvidenceCategory c : EvidenceCategory.values()) {
            stats.put(
                    c,
                    Statistics.of(comparisons.stream()
                            .filter(x -> x.row().category() == c)
                            .toList()));
        }
        return stats;
    }

    /**
     * {@return the rows the model misses most, worst first}
     *
     * @param count how many
     */
    public List<Comparison> worst(int count) {
        return comparisons.stream()
                .sorted(Comparator.comparingDouble((Comparison c) -> -Math.abs(c.differencePp())))
                .limit(count)
                .toList();
    }
}
