package org.inertia.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inertia.sim.Protocols.healthy;
import static org.inertia.sim.Protocols.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The one failure path of the engines: a numerical method that gives up is reported once, at the
 * {@link Simulator} boundary, as a {@link SimulationException} naming the scenario, the phase
 * (1-based, as a person counts) and the day the phase started on, with the Commons Math exception
 * as its cause (Orekit's wrapping of {@code MathRuntimeException}).
 *
 * <p>The failure is provoked through the package-private tolerance constructor of {@link
 * OdeSimulator}: tolerances of 1e-100 ask the adaptive Dormand–Prince integrator for an error no
 * step can reach, so it shrinks its step below its minimum (1e-9 d) and throws {@link
 * NumberIsTooSmallException} within milliseconds. Not much smaller: below about 1e-155 the squares
 * in Commons Math's initial step estimate overflow, the step becomes NaN and the integrator loops
 * for ever instead of throwing, so every call here runs on a daemon thread with a time limit and a
 * hang fails the test instead of the build. A first phase of normal life at baseline has zero
 * derivatives, hence zero error, and passes even so; the failure comes in the second phase, on day
 * 5, which checks that the phase and day in the message are those of the failing phase.
 */
class SimulationExceptionTest {

    private static final Scenario SCENARIO =
            Scenario.of("Fails in bed", healthy(50), List.of(phase(5, Mobility.NORMAL), phase(10, Mobility.BED_REST)));

    private static final long LIMIT_SECONDS = 30;

    private static Simulator impossiblyStrict() {
        return new OdeSimulator(1e-100, 1e-100);
    }

    @Test
    void anIntegratorThatGivesUpIsReportedWithScenarioPhaseAndDay() {
        SimulationException e = failure(() -> impossiblyStrict().simulate(SCENARIO));

        assertThat(e)
                .hasMessageStartingWith("simulating 'Fails in bed', phase 2 (from day 5): ")
                .hasCauseInstanceOf(NumberIsTooSmallException.class);
        assertThat(e.getMessage()).endsWith(e.getCause().getMessage());
    }

    @Test
    void theDaysBeforeTheFailureWereHandedOverAndNoneAfter() {
        List<Integer> days = new ArrayList<>();

        failure(() -> impossiblyStrict().simulate(SCENARIO, s -> days.add(s.day())));

        // Phase 1 (days 1 to 5) completed; phase 2 failed before its first whole day.
        assertThat(days).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void theBufferPathOfPopulationsFailsTheSameWay() {
        float[][] out = new float[1][SCENARIO.totalDays() + 1];

        SimulationException e = failure(() -> impossiblyStrict()
                .simulate(SCENARIO, SCENARIO.modelParameters(), List.of(Measure.OVERALL_STRENGTH), out));

        assertThat(e).hasMessageStartingWith("simulating 'Fails in bed', phase 2 (from day 5): ");
    }

    @Test
    void aPopulationRunPassesTheFailureOnUnwrappedFromItsWorkerThreads() {
        PopulationSimulator population = new PopulationSimulator(impossiblyStrict(), Variability.none(), 2);

        SimulationException e =
                failure(() -> population.simulate(SCENARIO, 300, 1, List.of(Measure.OVERALL_STRENGTH), 5, 95, n -> {}));

        assertThat(e).hasMessageStartingWith("simulating 'Fails in bed', phase 2 (from day 5): ");
    }

    @Test
    void theScenarioItselfIsFineWithTheDefaultTolerances() {
        // The control: only the tolerances were impossible.
        assertThat(Simulator.ode().simulate(SCENARIO).lastDay()).isEqualTo(15);
    }

    /** Runs {@code work} on a daemon thread and returns the SimulationException it must throw. */
    private static SimulationException failure(Runnable work) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "simulation-exception-test");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> result = thread.submit(work);
            result.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(SimulationException.class);
            return (SimulationException) e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("no SimulationException within " + LIMIT_SECONDS + " s: the integrator hangs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            thread.shutdownNow();
        }
        throw new AssertionError("expected a SimulationException, the simulation succeeded");
    }
}
