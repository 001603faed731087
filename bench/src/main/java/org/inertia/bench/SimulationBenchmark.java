package org.inertia.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.population.PopulationResult;
import org.inertia.sim.population.PopulationSimulator;
import org.inertia.sim.population.Variability;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.trajectory.Trajectory;
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

/** The library: one scenario on each engine, a population step, percentiles, parsing. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SimulationBenchmark {

    private Scenario oneYear;
    private String yaml;

    /** Builds the fixtures once. */
    @Setup
    public void setUp() {
        oneYear = Fixtures.oneYear();
        yaml = Fixtures.oneYearYaml();
    }

    /** One year, all groups and measures, daily output, exact engine (target: under 50 us). */
    @Benchmark
    public Trajectory oneYearExact() {
        return Simulator.exact().simulate(oneYear);
    }

    /** The same on the ODE engine (Dormand-Prince 5(4), tolerance 1e-11). */
    @Benchmark
    public Trajectory oneYearOde() {
        return Simulator.ode().simulate(oneYear);
    }

    /** A population step: 1,000 subjects, one year, one measure, one thread. */
    @Benchmark
    public PopulationResult population1000() {
        return new PopulationSimulator(Simulator.exact(), Variability.calibrated(), 1)
                .simulate(oneYear, 1000, 1, List.of(Measure.OVERALL_STRENGTH), 5, 95, done -> {});
    }

    /** Reading a scenario file's text. */
    @Benchmark
    public Scenario parse() {
        return Fixtures.parse(yaml);
    }
}
