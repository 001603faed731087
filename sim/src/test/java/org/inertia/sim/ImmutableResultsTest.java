package org.inertia.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.Cohort;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.junit.jupiter.api.Test;

/**
 * Results are immutable (house style): a program that embeds the library cannot change a
 * population run, a sweep or a cohort's readings by writing into an array it handed in or was
 * handed back; the element accessors read what the arrays hold.
 */
class ImmutableResultsTest {

    private static final Measure KNEE = Measure.parse("strength.knee_extensors").orElseThrow();
    private static final Scenario WEEK = Scenario.of(
            "Week",
            new Subject(45, null, Condition.HEALTHY),
            List.of(new Phase("Bed rest", 7, Mobility.BED_REST, List.of())));

    @Test
    void aPopulationRunCannotBeChangedThroughItsArrays() {
        PopulationResult p = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1)
                .simulate(WEEK, 50, 1, List.of(KNEE), 5, 95, n -> {});
        double median = p.median(0, 7);
        double lower = p.lower(0, 7);
        float lowest = p.lowest(0, 3);
        float recover = p.daysToRecover(0, 3);
        assertThat(median).isEqualTo(p.median()[0][7]).isLessThan(100);
        assertThat(lower).isEqualTo(p.lower()[0][7]).isLessThan(median);
        assertThat(p.upper(0, 7)).isEqualTo(p.upper()[0][7]).isGreaterThan(median);
        assertThat(p.days()).isEqualTo(8);
        assertThat(recover).as("not back within a week in bed").isNaN();

        p.median()[0][7] = -1;
        p.lower()[0][7] = -1;
        p.upper()[0][7] = -1;
        p.lowest()[0][3] = -1;
        p.daysToRecover()[0][3] = -1;

        assertThat(p.median(0, 7)).isEqualTo(median);
        assertThat(p.lower(0, 7)).isEqualTo(lower);
        assertThat(p.lowest(0, 3)).isEqualTo(lowest);
        assertThat(p.daysToRecover(0, 3)).isNaN();
        assertThat(p.lowestPercentile(KNEE, 0)).isGreaterThan(0);
    }

    @Test
    void aPopulationRunKeepsItsOwnCopyOfTheArraysItWasBuiltFrom() {
        double[][] median = {{100, 90}};
        float[][] lowest = {{90, 80}};
        PopulationResult p =
                new PopulationResult(WEEK, 2, 1, 5, 95, List.of(KNEE), median, median, median, lowest, lowest, 0.0625);
        median[0][1] = 0;
        lowest[0][1] = 0;
        assertThat(p.median(0, 1)).isEqualTo(90);
        assertThat(p.lowest(0, 1)).isEqualTo(80);
        assertThat(p.lowestPercentile(KNEE, 0)).isEqualTo(80);
    }

    @Test
    void aSweepCannotBeChangedThroughItsArrays() {
        double[][] values = {{1, 2}, {3, 4}};
        int[][] lastDays = {{7, 7}, {7, 7}};
        Sweep s = new Sweep(
                List.of(SweepAxis.parse("phases[0].days=1..2:1"), SweepAxis.parse("subject.age=40..50:10")),
                new Readout(Readout.Kind.END, KNEE, 0),
                values,
                lastDays);
        values[1][0] = -1;
        lastDays[1][0] = 0;
        s.values()[1][1] = -1;
        s.lastDays()[1][1] = 0;

        assertThat(s.value(1, 0)).isEqualTo(3);
        assertThat(s.value(1, 1)).isEqualTo(4);
        assertThat(s.lastDays()[1]).containsExactly(7, 7);
        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.columns()).isEqualTo(2);
        assertThatThrownBy(() -> s.lower(0, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no uncertainty bands");
    }

    @Test
    void aCohortsReadingsCannotBeChangedThroughTheirArrays() {
        float[] lowest = {80, 70};
        Cohort.Readings r = new Cohort.Readings(lowest, new float[] {5, 6}, new float[] {99, 98}, new float[] {90, 91});
        lowest[0] = 0;
        r.end()[1] = 0;
        assertThat(r.lowest(0)).isEqualTo(80);
        assertThat(r.end(1)).isEqualTo(98);
        assertThat(r.daysToRecover(1)).isEqualTo(6);
        assertThat(r.onDay(0)).isEqualTo(90);
    }
}
