package org.inertia.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.inertia.sim.Protocols;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.ParameterSampler;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Activity;
import org.inertia.sim.scenario.Intensity;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Population sweeps: each grid point a population of the same subjects. */
class PopulationSweepTest {

    private static final Scenario BASE = Protocols.scenario(
            Protocols.healthy(70),
            Protocols.phase(10, Mobility.BED_REST),
            Protocols.phase(30, Mobility.NORMAL, Protocols.exercise(Activity.WALKING, 30, 7, Intensity.MODERATE)));

    private static final SweepAxis DAYS = SweepAxis.parse("phases[0].days=3,10,20");
    private static final SweepAxis MINUTES = SweepAxis.parse("phases[1].exercise[0].minutes=5,30,60");

    private static Sweep population(Readout readout, ParameterSampler sampler, int subjects, int threads) {
        return Sweep.runPopulation(
                BASE,
                List.of(DAYS, MINUTES),
                readout,
                Simulator.exact(),
                s -> sampler,
                subjects,
                4,
                5,
                95,
                threads,
                d -> {});
    }

    @Test
    void withoutSpreadEveryPointIsTheAveragePersonsRun() {
        for (Readout.Kind kind : Readout.Kind.values()) {
            Readout readout = new Readout(kind, Measure.OVERALL_STRENGTH, 25);
            Sweep people = population(readout, Variability.none(), 50, 2);
            Sweep one = Sweep.run(BASE, List.of(DAYS, MINUTES), readout, Simulator.exact());
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    // Subjects' values are single precision; the average person's double.
                    assertThat(people.value(i, j)).as("%s %d %d", kind, i, j).isCloseTo(one.value(i, j), within(1e-4));
                    if (!readout.isShare()) {
                        assertThat(people.lower(i, j)).isEqualTo(people.value(i, j));
                        assertThat(people.upper(i, j)).isEqualTo(people.value(i, j));
                    }
                }
            }
        }
    }

    @Test
    void aPointsMedianIsThatOfAPopulationRunOfTheSameSubjects() {
        Readout lowest = new Readout(Readout.Kind.LOWEST, Measure.OVERALL_STRENGTH, 0);
        Readout recovery = new Readout(Readout.Kind.DAYS_TO_RECOVER, Measure.OVERALL_STRENGTH, 0);
        int n = 1500;
        Sweep a = population(lowest, Variability.calibrated(), n, 2);
        Sweep b = population(recovery, Variability.calibrated(), n, 2);
        Scenario point = MINUTES.field().apply(DAYS.field().apply(BASE, 10), 60);
        PopulationResult run = new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1)
                .simulate(point, n, 4, List.of(Measure.OVERALL_STRENGTH), 5, 95, d -> {});
        for (double q : new double[] {5, 50, 95}) {
            double[][] grid = q == 5 ? a.lower() : q == 50 ? a.values() : a.upper();
            assertThat(grid[1][2]).isEqualTo(run.lowestPercentile(Measure.OVERALL_STRENGTH, q));
        }
        assertThat(b.value(1, 2)).isEqualTo(run.daysToRecoverPercentile(Measure.OVERALL_STRENGTH, 50));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        Readout share = new Readout(Readout.Kind.SHARE_RECOVERED, Measure.OVERALL_STRENGTH, 14);
        Sweep one = population(share, Variability.calibrated(), 700, 1);
        Sweep three = population(share, Variability.calibrated(), 700, 3);
        assertThat(three.values()).isDeepEqualTo(one.values());
        assertThat(three.lower()).isDeepEqualTo(one.lower());
        assertThat(three.upper()).isDeepEqualTo(one.upper());
    }

    @Test
    void theShareBackInTimeFallsWithLongerStaysAndItsIntervalHoldsIt() {
        Readout share = new Readout(Readout.Kind.SHARE_RECOVERED, Measure.OVERALL_STRENGTH, 14);
        Sweep s = population(share, Variability.calibrated(), 2000, 2);
        for (int j = 0; j < 3; j++) {
            assertThat(s.value(0, j)).isGreaterThanOrEqualTo(s.value(1, j));
            assertThat(s.value(1, j)).isGreaterThanOrEqualTo(s.value(2, j));
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(s.value(i, j)).isBetween(0.0, 100.0);
                assertThat(s.lower(i, j)).isBetween(0.0, s.value(i, j));
                assertThat(s.upper(i, j)).isBetween(s.value(i, j), 100.0);
            }
        }
        // Short stays: most are back within two weeks; long ones: few.
        assertThat(s.value(0, 1)).isGreaterThan(s.value(2, 1));
    }

    @Test
    void wilsonIntervalsHaveTheirClosedForms() {
        double z2 = 1.959963984540054 * 1.959963984540054;
        // None of 10: from 0 to z²/(n + z²).
        double[] none = Sweep.wilson(0, 10, 0.95);
        assertThat(none[0]).isEqualTo(0.0);
        assertThat(none[1]).isCloseTo(z2 / (10 + z2), within(1e-12));
        // Half of 100: symmetric, half-width z·sqrt(1/4n + z²/4n²)/(1 + z²/n) = 0.0962.
        double[] half = Sweep.wilson(0.5, 100, 0.95);
        assertThat(half[0] + half[1]).isCloseTo(1.0, within(1e-12));
        assertThat(half[1] - 0.5).isCloseTo(0.0962, within(5e-5));
    }

    @Test
    void aSweepOfTooManySubjectsIsRefusedBeforeAnyRun() {
        SweepException e = catchThrowableOfType(
                () -> Sweep.runPopulation(
                        BASE,
                        List.of(SweepAxis.parse("phases[0].days=1..100"), SweepAxis.parse("subject.age=20..90")),
                        new Readout(Readout.Kind.END, Measure.OVERALL_STRENGTH, 0),
                        Simulator.exact(),
                        s -> Variability.calibrated(),
                        100_000,
                        1,
                        5,
                        95,
                        2,
                        d -> {
                            throw new AssertionError("no run expected");
                        }),
                SweepException.class);
        assertThat(e.problems()).extracting(SweepProblem::message).containsExactly(SweepMessage.TOO_MANY_SUBJECT_RUNS);
    }
}
