package org.inertia.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
import org.inertia.sim.scenario.Condition;
import org.inertia.sim.scenario.Mobility;
import org.inertia.sim.scenario.Phase;
import org.inertia.sim.scenario.Scenario;
import org.inertia.sim.scenario.Subject;
import org.inertia.sim.sweep.GlobalSensitivity;
import org.inertia.sim.sweep.MorrisScreening;
import org.inertia.sim.sweep.Readout;
import org.inertia.sim.sweep.SensitivityInput;
import org.inertia.sim.sweep.SobolIndices;
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

/**
 * Global sensitivity: Sobol' indices of strength at the end of 21 days of bed rest and 28 of normal
 * life (the shipped {@code bed-rest-21d.yaml}) to every calibrated parameter, with a small design
 * (32 base samples, 1,440 runs) and its 1,000 bootstrap resamples, on one thread. The command's
 * default (1,024 base samples) does 32 times the runs. Morris screening of the same outcome with
 * 20 trajectories.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SensitivityBenchmark {

    private Scenario bedRest;
    private Readout end;
    private List<SensitivityInput> inputs;

    /** Builds the scenario and the calibrated inputs once. */
    @Setup
    public void setUp() {
        bedRest = Scenario.of(
                "21 days of bed rest",
                new Subject(45, null, Condition.HEALTHY),
                List.of(
                        new Phase("Bed rest", 21, Mobility.BED_REST, List.of()),
                        new Phase("Normal daily life", 28, Mobility.NORMAL, List.of())));
        end = new Readout(Readout.Kind.ON_DAY, Measure.OVERALL_STRENGTH, 49);
        inputs = GlobalSensitivity.inputs(bedRest, List.of());
    }

    /** Sobol' indices, 32 base samples, one thread. */
    @Benchmark
    public SobolIndices sobol32() {
        return GlobalSensitivity.sobol(bedRest, end, Simulator.exact(), inputs, 32, 1, 1);
    }

    /** Morris screening, 20 trajectories over 4 levels (880 runs), one thread. */
    @Benchmark
    public MorrisScreening morris20() {
        return GlobalSensitivity.morris(bedRest, end, Simulator.exact(), inputs, 20, 4, 1, 1);
    }
}
