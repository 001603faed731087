package org.inertia.cli.serve;

import java.time.Duration;
import java.util.Locale;

/**
 * The time and memory one simulating request may take. Time runs from the request's arrival,
 * waiting for a worker included; the work checks it between its steps ({@link #checkTime}), and
 * the worker pool answers for it when a step overruns. Memory is estimated before simulating
 * ({@link #checkMemory}), as {@code --subjects} runs do, so that nothing is spent on a request
 * that would be refused.
 */
final class RequestBudget {

    private final long deadlineNanos;
    private final Duration time;
    private final long memoryBytes;

    /**
     * A budget.
     *
     * @param startNanos when the request arrived ({@link System#nanoTime})
     * @param time how long it may take from then
     * @param memoryBytes how much memory it may need
     */
    RequestBudget(long startNanos, Duration time, long memoryBytes) {
        this.deadlineNanos = startNanos + time.toNanos();
        this.time = time;
        this.memoryBytes = memoryBytes;
    }

    /** {@return nanoseconds left before the deadline; negative once past it} */
    long nanosLeft() {
        return deadlineNanos - System.nanoTime();
    }

    /**
     * Stops the work (by throwing) once the time is up or the worker was told to stop.
     *
     * @throws Exceeded 503, if so
     */
    void checkTime() {
        if (Thread.currentThread().isInterrupted() || nanosLeft() <= 0) {
            throw tooSlow();
        }
    }

    /**
     * Refuses work that would need more memory than the budget.
     *
     * @param estimatedBytes what the work would need
     * @throws Exceeded 413, if it is more than the budget
     */
    void checkMemory(long estimatedBytes) {
        if (estimatedBytes > memoryBytes) {
            throw new Exceeded(
                    413,
                    "this question needs about " + megabytes(estimatedBytes)
                            + " of memory, more than one request may use (" + megabytes(memoryBytes)
                            + "); ask for fewer variants, a shorter scenario or no uncertainty band");
        }
    }

    /** {@return the answer for work stopped at the deadline} */
    Exceeded tooSlow() {
        return new Exceeded(
                503,
                "this question took longer than the " + duration(time)
                        + " a request may take; ask for fewer variants, a shorter scenario or no uncertainty band,"
                        + " or try again when the server is less busy");
    }

    /** {@return a duration as the answers word it: "20 s", or "600 ms" when it is not whole seconds} */
    static String duration(Duration d) {
        return d.toMillis() >= 1000 && d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + 999_999) / 1_000_000);
    }

    /** A request over its budget: the status to answer (413 or 503) and the one line saying why. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** 413 for memory, 503 for time. */
        private final int status;

        Exceeded(int status, String line) {
            super(line, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
