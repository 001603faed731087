package org.inertia.cli.serve;

import java.time.Duration;

/**
 * What one client may take of the classroom server, so that a slow or hostile one (a student's
 * laptop on the classroom network) cannot stop the page for the others (issue 12).
 *
 * @param headTimeout time for a request's line and headers to arrive, from its first byte
 * @param idleTimeout time a connection may stay silent (also between two bytes of a body)
 * @param bodyTimeout time for a whole request body to arrive
 * @param maxConnections connections open at once; more wait to be accepted
 * @param maxConnectionsPerClient connections one client (an address) may
 *     hold at once; more are closed as they open, so that one machine cannot take them all
 * @param threads the HTTP server's threads (reading, routing, writing); no thread waits for a
 *     slow client, so a few serve any number of connections
 * @param workers simulations run at once
 * @param queue simulations waiting for a worker; more are answered 503 at once
 * @param timeBudget time a simulating request may take from its arrival (waiting included);
 *     past it, 503
 * @param memoryBudgetBytes memory a simulating request may need, estimated before simulating;
 *     past it, 413
 * @param bodyBudgetBytes request bodies held at once, all connections together; past it, 503
 */
public record ServeLimits(
        Duration headTimeout,
        Duration idleTimeout,
        Duration bodyTimeout,
        int maxConnections,
        int maxConnectionsPerClient,
        int threads,
        int workers,
        int queue,
        Duration timeBudget,
        long memoryBudgetBytes,
        long bodyBudgetBytes) {

    /** Default time for a request's line and headers (s). */
    public static final int HEAD_TIMEOUT_SECONDS = 10;

    /** Default time a connection may stay silent (s). */
    public static final int IDLE_TIMEOUT_SECONDS = 10;

    /** Default time for a whole request body (s): 1 MiB at 20 kB/s. */
    public static final int BODY_TIMEOUT_SECONDS = 60;

    /** Default connections open at once: a class of 40 browsers with 6 connections each, twice over. */
    public static final int MAX_CONNECTIONS = 512;

    /**
     * Default connections one client may hold: a browser opens at most six to a server, so this is
     * ten browsers behind one address, an eighth of {@link #MAX_CONNECTIONS}.
     */
    public static final int MAX_CONNECTIONS_PER_CLIENT = 64;

    /** Default threads of the HTTP server. */
    public static final int THREADS = 16;

    /** Default simulations waiting: one per pupil of a large class clicking at once. */
    public static final int QUEUE = 64;

    /** Default time a simulating request may take (s); the heaviest valid one takes about 5 s on 2 cores. */
    public static final int TIME_BUDGET_SECONDS = 20;

    /** Default memory a simulating request may need: this fraction of the Java heap (1/N). */
    public static final int HEAP_SHARE = 8;

    /** Default bytes of request bodies held at once (MiB). */
    public static final int BODY_BUDGET_MIB = 64;

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a duration is not positive or a count below 1
     */
    public ServeLimits {
        for (Duration d : new Duration[] {headTimeout, idleTimeout, bodyTimeout, timeBudget}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive, was " + d);
            }
        }
        if (maxConnections < 1 || maxConnectionsPerClient < 1 || threads < 4 || workers < 1 || queue < 0) {
            throw new IllegalArgumentException("need a connection, 4 threads and a worker");
        }
        if (memoryBudgetBytes < 1 || bodyBudgetBytes < ClassroomServer.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("budgets must hold at least one request");
        }
    }

    /**
     * {@return the limits {@code inertia serve} runs with: the constants of this class; as many
     * workers as processors, 1 to 4; each request's memory 1/{@value #HEAP_SHARE} of the heap}
     */
    public static ServeLimits defaults() {
        return new ServeLimits(
                Duration.ofSeconds(HEAD_TIMEOUT_SECONDS),
                Duration.ofSeconds(IDLE_TIMEOUT_SECONDS),
                Duration.ofSeconds(BODY_TIMEOUT_SECONDS),
                MAX_CONNECTIONS,
                MAX_CONNECTIONS_PER_CLIENT,
                THREADS,
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                QUEUE,
                Duration.ofSeconds(TIME_BUDGET_SECONDS),
                Runtime.getRuntime().maxMemory() / HEAP_SHARE,
                (long) BODY_BUDGET_MIB << 20);
    }

    /** {@return these limits with another time budget per simulating request} */
    public ServeLimits withTimeBudget(Duration budget) {
        return new ServeLimits(
                headTimeout,
                idleTimeout,
                bodyTimeout,
                maxConnections,
                maxConnectionsPerClient,
                threads,
                workers,
                queue,
                budget,
                memoryBudgetBytes,
                bodyBudgetBytes);
    }

    /** {@return these limits with another memory budget per simulating request} */
    public ServeLimits withMemoryBudget(long bytes) {
        return new ServeLimits(
                headTimeout,
                idleTimeout,
                bodyTimeout,
                maxConnections,
                maxConnectionsPerClient,
                threads,
                workers,
                queue,
                timeBudget,
                bytes,
                bodyBudgetBytes);
    }

    /** {@return these limits with other timeouts for a request's head, a silent connection and a body} */
    public ServeLimits withTimeouts(Duration head, Duration idle, Duration body) {
        return new ServeLimits(
                head,
                idle,
                body,
                maxConnections,
                maxConnectionsPerClient,
                threads,
                workers,
                queue,
                timeBudget,
                memoryBudgetBytes,
                bodyBudgetBytes);
    }

    /** {@return these limits with another number of workers and places in their queue} */
    public ServeLimits withWorkers(int count, int waiting) {
        return new ServeLimits(
                headTimeout,
                idleTimeout,
                bodyTimeout,
                maxConnections,
                maxConnectionsPerClient,
                threads,
                count,
                waiting,
                timeBudget,
                memoryBudgetBytes,
                bodyBudgetBytes);
    }
}
