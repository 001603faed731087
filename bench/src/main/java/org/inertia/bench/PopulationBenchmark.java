package org.inertia.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.parameters.ModelParameters;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.Sweep;
import org.inertia.sim.sweep.SweepAxis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The population paths: a block of subjects in step (the engine's inner loop), a population run
 * end to end on two threads, and a population sweep. Per subject-day figures for
 * docs/performance.md: divide by subjects × 366 days.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PopulationBenchmark {

    private static final List<Measure> KNEE =
            List.of(Measure.parse("strength.knee_extensors").orElseThrow());

    private Scenario oneYear;
    private ModelParameters[] block;

    /** Draws one block of subjects once. */
    @Setup
    public void setUp() {
        oneYear = Fixtures.oneYear();
        block = new ModelParameters[PopulationSimulator.BLOCK];
        var draw = Variability.calibrated().sampler(oneYear.modelParameters());
        for (int i = 0; i < block.length; i++) {
            block[i] = draw.apply(PopulationSimulator.randomFor(1, i));
        }
    }

    /** One block of 1,024 subjects in step over a year, one measure, values handed to a sink that keeps one. */
    @Benchmark
    public void cohortBlockYear(Blackhole hole) {
        Simulator.exact()
                .simulate(oneYear, block, block.length, KNEE, (k, day, values, count) -> hole.consume(values[0]));
    }

    /** 100,000 subjects, one year, one measure with its band, on two threads: the engine end to end. */
    @Benchmark
    public PopulationResult population100kTwoThreads() {
        return new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 2)
                .simulate(oneYear, 100_000, 1, KNEE, 5, 95, done -> {});
    }

    /** A 4 × 5 population sweep of 1,000 subjects per point (20,000 subject-years), two threads. */
    @Benchmark
    public Sweep populationSweep4x5() {
        return Sweep.runPopulation(
                oneYear,
                List.of(
                        SweepAxis.parse("phases[0].days=7..28:7"),
                        SweepAxis.parse("phases[1].exercise[0].minutes=10..50:10")),
                new Readout(Readout.Kind.SHARE_RECOVERED, KNEE.get(0), 30),
                Simulator.exact(),
                s -> Variability.calibrated(),
                1_000,
                1,
                5,
                95,
                2,
                done -> {});
    }
}
