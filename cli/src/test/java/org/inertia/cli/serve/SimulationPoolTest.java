package org.inertia.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulation workers' bounds (issue 12): a full queue is refused at once, a deadline answers once. */
class SimulationPoolTest {

    private static final SimulationPool.Answer OK = new SimulationPool.Answer(200, "text/plain", new byte[0]);

    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        timers.shutdownNow();
    }

    private static RequestBudget seconds(long s) {
        return new RequestBudget(System.nanoTime(), Duration.ofSeconds(s), Long.MAX_VALUE);
    }

    /** Work that holds its worker until the test lets it go. */
    private SimulationPool.Answer blocking() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    @Test
    void aQuestionBeyondTheQueueIsRefused503AtOnce() throws Exception {
        List<SimulationPool.Result> results = new CopyOnWriteArrayList<>();
        try (SimulationPool pool = new SimulationPool(1, 1, timers)) {
            pool.submit(seconds(60), this::blocking, results::add);
            pool.submit(seconds(60), this::blocking, results::add);
            pool.submit(seconds(60), this::blocking, results::add);

            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.answer()).isNull();
                assertThat(((RequestBudget.Exceeded) r.failure()).status()).isEqualTo(503);
                assertThat(r.failure().getMessage()).startsWith("the server is busy");
            });
            release.countDown();
            for (int i = 0; i < 100 && results.size() < 3; i++) {
                Thread.sleep(20);
            }
            assertThat(results).hasSize(3);
            assertThat(results.subList(1, 3))
                    .allSatisfy(r -> assertThat(r.answer()).isEqualTo(OK));
        }
    }

    @Test
    void theDeadlineAnswers503OnceWhileTheWorkIsStillRunningAndInterruptsIt() throws Exception {
        List<SimulationPool.Result> results = new CopyOnWriteArrayList<>();
        CountDownLatch interrupted = new CountDownLatch(1);
        try (SimulationPool pool = new SimulationPool(1, 0, timers)) {
            pool.submit(
                    new RequestBudget(System.nanoTime(), Duration.ofMillis(200), Long.MAX_VALUE),
                    () -> {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.countDown();
                        }
                        return OK;
                    },
                    results::add);

            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(((RequestBudget.Exceeded) r.failure()).status()).isEqualTo(503);
                assertThat(r.failure().getMessage()).contains("took longer than the 200 ms");
            });
        }
    }

    @Test
    void theMemoryBudgetRefuses413BeforeAnyWork() {
        RequestBudget budget = new RequestBudget(System.nanoTime(), Duration.ofSeconds(1), 10_000_000);

        budget.checkMemory(10_000_000);
        RequestBudget.Exceeded e = assertThrows(RequestBudget.Exceeded.class, () -> budget.checkMemory(10_000_001));

        assertThat(e.status()).isEqualTo(413);
        assertThat(e.getMessage())
                .startsWith("this question needs about 11 MB of memory")
                .contains("(10 MB)");
    }

    @Test
    void theEstimateGrowsWithVariantsDaysAndTheBand() {
        long one = WhatIf.bytesNeeded(List.of(3651), false);
        long three = WhatIf.bytesNeeded(List.of(3651, 3651, 3651), false);
        long banded = WhatIf.bytesNeeded(List.of(3651, 3651, 3651), true);

        assertThat(three).isEqualTo(3 * one);
        // The band's histograms are kept for one variant at a time: the longest.
        assertThat(banded - three).isEqualTo(WhatIf.BAND_BLOCK_BYTES + 3651 * WhatIf.BYTES_PER_BAND_DAY);
        // The heaviest question the page can ask stays within the default budget of a 1 GB heap.
        assertThat(banded).isLessThan((1L << 30) / ServeLimits.HEAP_SHARE);
    }
}
