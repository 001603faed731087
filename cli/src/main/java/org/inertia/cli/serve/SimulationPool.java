package org.inertia.cli.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The workers that simulate, apart from the threads that read and write HTTP: a fixed number
 * run at once and a fixed number wait, so a burst of questions (or a hostile client asking many)
 * neither starts more simulations than the processors can run nor holds more waiting ones than
 * memory allows. Each question is answered exactly once: by its work, or at its deadline by
 * {@link RequestBudget#tooSlow} (the worker is then interrupted, and its late answer dropped), or
 * at once 503 when every place in the queue is taken.
 */
final class SimulationPool implements AutoCloseable {

    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService deadlines;
    private final int queue;

    /**
     * A pool.
     *
     * @param workers simulations run at once
     * @param queue simulations waiting
     * @param deadlines the timer that answers for work past its deadline
     */
    SimulationPool(int workers, int queue, ScheduledExecutorService deadlines) {
        AtomicInteger n = new AtomicInteger();
        this.queue = queue;
        this.workers = new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> daemon(r, "inertia-simulate-" + n.incrementAndGet()),
                new ThreadPoolExecutor.AbortPolicy());
        this.deadlines = deadlines;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Runs work within its budget and hands its answer on, once.
     *
     * @param budget the request's budget; its deadline bounds waiting and working together
     * @param work makes the answer; may throw {@link RequestBudget.Exceeded}
     * @param answer takes the answer, or the failure: {@link RequestBudget.Exceeded} for a
     *     request over its budget or a full queue, any other exception for a defect
     */
    void submit(RequestBudget budget, Supplier<Answer> work, Consumer<Result> answer) {
        AtomicBoolean answered = new AtomicBoolean();
        // The deadline's timer, cancelled by the answer so that it holds nothing of the request.
        AtomicReference<Future<?>> timer = new AtomicReference<>();
        Consumer<Result> once = r -> {
            if (answered.compareAndSet(false, true)) {
                cancel(timer);
                answer.accept(r);
            }
        };
        Future<?> task;
        try {
            task = workers.submit(() -> {
                if (answered.get()) {
                    return;
                }
                try {
                    budget.checkTime();
                    once.accept(new Result(work.get(), null));
                } catch (RuntimeException | Error e) {
                    once.accept(new Result(null, e));
                }
            });
        } catch (RejectedExecutionException e) {
            once.accept(new Result(
                    null,
                    new RequestBudget.Exceeded(
                            503,
                            "the server is busy (" + queue
                                    + " questions are waiting for a simulation); try again in a moment")));
            return;
        }
        timer.set(deadlines.schedule(
                () -> {
                    once.accept(new Result(null, budget.tooSlow()));
                    task.cancel(true);
                },
                Math.max(0, budget.nanosLeft()),
                TimeUnit.NANOSECONDS));
        if (answered.get()) {
            cancel(timer);
        }
    }

    private static void cancel(AtomicReference<Future<?>> timer) {
        Future<?> t = timer.getAndSet(null);
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Stops the workers, interrupting simulations under way, and waits up to two seconds for them. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An answer made: its status, media type and bytes. */
    record Answer(int status, String type, byte[] body) {}

    /** The answer, or why there is none. */
    record Result(Answer answer, Throwable failure) {}
}
