package org.inertia.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A quick JMH pass over every benchmark that fails only on a threefold regression against the
 * figures recorded in {@code baseline.properties} (measured on the 2-core reference machine;
 * noisy machines vary by much less than 3x). Runs only with {@code mvn -Pbench-smoke verify}.
 */
class BenchmarkSmokeTest {

    private static final double ALLOWED_SLOWDOWN = 3.0;

    @Test
    void noBenchmarkIsThreeTimesSlowerThanItsBaseline() throws RunnerException, IOException {
        Properties baseline = new Properties();
        try (InputStream in = BenchmarkSmokeTest.class.getResourceAsStream("/baseline.properties")) {
            baseline.load(in);
        }
        Options options = new OptionsBuilder()
                .include("org\\.inertia\\.bench\\..*Benchmark")
                .warmupIterations(2)
                .warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(3)
                .measurementTime(TimeValue.milliseconds(500))
                .forks(1)
                .jvmArgsAppend("-Djava.awt.headless=true")
                .timeUnit(TimeUnit.MICROSECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).hasSizeGreaterThanOrEqualTo(baseline.size());
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replace("org.inertia.bench.", "");
            double micros = r.getPrimaryResult().getScore();
            String recorded = baseline.getProperty(name);
            assertThat(recorded).as("baseline for %s", name).isNotNull();
            assertThat(micros)
                    .as("%s (baseline %s us)", name, recorded)
                    .isLessThanOrEqualTo(ALLOWED_SLOWDOWN * Double.parseDouble(recorded));
        }
    }
}
