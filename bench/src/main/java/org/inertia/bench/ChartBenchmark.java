package org.inertia.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.chart.TrajectoryChart;
import org.inertia.sim.measure.Measure;
import org.inertia.sim.model.Simulator;
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

/** Rendering the default chart of one year to PNG and to SVG, in memory. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@State(Scope.Benchmark)
public class ChartBenchmark {

    private Trajectory trajectory;

    /** Simulates the scenario once. */
    @Setup
    public void setUp() {
        trajectory = Simulator.exact().simulate(Fixtures.oneYear());
    }

    /** The default chart as PNG (1200 x 700). */
    @Benchmark
    public int png() throws IOException {
        return render(ChartFormat.PNG);
    }

    /** The default chart as SVG. */
    @Benchmark
    public int svg() throws IOException {
        return render(ChartFormat.SVG);
    }

    private int render(ChartFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        TrajectoryChart.ofScenarios(List.of(trajectory), Measure.OVERALL_STRENGTH)
                .writeTo(out, format);
        return out.size();
    }
}
