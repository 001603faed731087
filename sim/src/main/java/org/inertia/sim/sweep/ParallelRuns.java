package org.inertia.sim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;

/**
 * Runs numbered tasks on a few threads, each result in its own slot: the outcome is the same to the
 * last digit whatever the number of threads, because no task depends on another or on the order in
 * which they finish.
 */
final class ParallelRuns {

    /** Tasks taken by a thread at a time: few enough to share the work, many enough to be cheap. */
    private static final int CHUNK = 32;

    private ParallelRuns() {}

    /** Evaluates {@code run(0..count-1)} into an array, on {@code threads} threads. */
    static double[] evaluate(int count, IntToDoubleFunction run, int threads) {
        double[] out = new double[count];
        forEach(count, i -> out[i] = run.applyAsDouble(i), threads);
        return out;
    }

    /** Calls {@code task(0..count-1)}, on {@code threads} threads; the first failure is rethrown. */
    static void forEach(int count, IntConsumer task, int threads) {
        forEach(count, task, threads, CHUNK);
    }

    /**
     * Calls {@code task(0..count-1)}, on {@code threads} threads, each taking {@code chunk} tasks at
     * a time (1 for long tasks, such as a population each); the first failure is rethrown.
     */
    static void forEach(int count, IntConsumer task, int threads, int chunk) {
        int workers = Math.max(1, Math.min(threads, (count + chunk - 1) / chunk));
        if (workers == 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "inertia-sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int start = next.getAndAdd(chunk); start < count; start = next.getAndAdd(chunk)) {
                        int end = Math.min(count, start + chunk);
                        for (int i = start; i < end; i++) {
                            task.accept(i);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
