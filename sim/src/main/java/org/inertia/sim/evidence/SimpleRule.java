package org.inertia.sim.evidence;

import java.util.ArrayList;
import java.util.List;
import org.inertia.sim.measure.Outcome;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;

/**
 * The rules of thumb the model is measured against, on the same published figures: each turns the
 * days of unloading before a measurement into a change, and says nothing of exercise, recovery,
 * muscle group, age or sex (a rule predicts the loss accumulated so far, whatever happened since).
 * They give the error figures of the model their context (docs/model.md).
 */
public enum SimpleRule {
    /** "One percent a day": {@code −(1 − 0.99^u)}, u the days of unloading. */
    ONE_PERCENT_A_DAY("1 % a day") {
        @Override
        double changePercent(EvidenceRow row, int unloadedDays, double[] logSlope) {
            return -100 * (1 - Math.pow(0.99, unloadedDays));
        }
    },
    /** "Thirty percent a week": {@code −(1 − 0.7^(u/7))}. */
    THIRTY_PERCENT_A_WEEK("30 % a week") {
        @Override
        double changePercent(EvidenceRow row, int unloadedDays, double[] logSlope) {
            return -100 * (1 - Math.pow(0.7, unloadedDays / 7.0));
        }
    },
    /**
     * A logarithmic curve per outcome, {@code −a·ln(1 + u)}, with {@code a} fitted by least squares
     * to the disuse figures of that outcome (strength or size): the shape Marusic et al. 2021 found
     * in bed rest, without anything else.
     */
    LOGARITHMIC("logarithmic curve per outcome") {
        @Override
        double changePercent(EvidenceRow row, int unloadedDays, double[] logSlope) {
            return -logSlope[row.measure().outcome().ordinal()] * Math.log1p(unloadedDays);
        }
    };

    private final String label;

    SimpleRule(String label) {
        this.label = label;
    }

    /** {@return the rule in a few words} */
    public String label() {
        return label;
    }

    abstract double changePercent(EvidenceRow row, int unloadedDays, double[] logSlope);

    /**
     * {@return the rule against every figure of an evidence set}
     *
     * @param evidence the evidence set
     */
    public EvidenceReport evaluate(EvidenceSet evidence) {
        double[] slope = logSlopes(evidence);
        List<EvidenceReport.Comparison> comparisons = new ArrayList<>();
        for (EvidenceRow row : evidence.rows()) {
            int u = unloadedDays(evidence.scenario(row), row.day());
            comparisons.add(new EvidenceReport.Comparison(row, changePercent(row, u, slope)));
        }
        return EvidenceReport.of(comparisons);
    }

    /** Days before {@code day} spent in phases whose mobility is not normal. */
    static int unloadedDays(Scenario scenario, int day) {
        int start = 0;
        int unloaded = 0;
        for (Phase p : scenario.phases()) {
            int end = Math.min(day, start + p.days());
            if (end > start && p.mobility() != Mobility.NORMAL) {
                unloaded += end - start;
            }
            start += p.days();
        }
        return unloaded;
    }

    /** The least-squares slope of −change on ln(1 + u), per outcome, over the disuse figures. */
    private static double[] logSlopes(EvidenceSet evidence) {
        double[] xy = new double[Outcome.values().length];
        double[] xx = new double[Outcome.values().length];
        for (EvidenceRow row : evidence.rows()) {
            if (row.category() == EvidenceCategory.DISUSE) {
                double x = Math.log1p(unloadedDays(evidence.scenario(row), row.day()));
                int o = row.measure().outcome().ordinal();
                xy[o] += -row.changePercent() * x;
                xx[o] += x * x;
            }
        }
        double[] slope = new double[xy.length];
        for (int o = 0; o < slope.length; o++) {
            slope[o] = xx[o] == 0 ? 0 : xy[o] / xx[o];
        }
        return slope;
    }
}
