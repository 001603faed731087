package org.inertia.cli.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.inertia.cli.output.TerminalText;
import org.inertia.sim.scenario.io.ScenarioReader;

/**
 * The classroom page's web server, on Jetty's core server: one page (HTML, CSS and script shipped
 * as resources) and a small API that simulates on every request.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>path</th><th>method</th><th>answer</th></tr>
 *   <tr><td>{@code /}, {@code /app.js}, {@code /app.css}</td><td>GET</td><td>the page</td></tr>
 *   <tr><td>{@code /api/examples}</td><td>GET</td><td>the shipped examples and the controls' vocabulary (JSON)</td></tr>
 *   <tr><td>{@code /api/simulate}</td><td>GET, POST</td><td>summary tables, readings and the chart as SVG text (JSON)</td></tr>
 *   <tr><td>{@code /api/chart.svg}, {@code .png}, {@code .pdf}</td><td>GET, POST</td><td>the comparison chart</td></tr>
 *   <tr><td>{@code /api/data.csv}</td><td>GET, POST</td><td>the daily values, as {@code inertia compare --csv} writes them</td></tr>
 *   <tr><td>{@code /api/scenario.yaml}</td><td>GET, POST</td><td>one variant as a scenario file</td></tr>
 * </table>
 *
 * <p>The simulating routes take the parameters of {@link WhatIf} in the query string or as a
 * form ({@code application/x-www-form-urlencoded}); a POST whose type is YAML ({@code
 * application/yaml}, {@code text/yaml}, {@code application/x-yaml}) is the scenario itself, with
 * the other parameters in the query. Mistakes are answered 400 with {@code {"errors": [...]}},
 * one line each, worded as the command line words them; bodies over {@value #MAX_BODY_BYTES}
 * bytes 413; any other path 404, so nothing but these routes can be read (no file is served by
 * its path). Every answer carries a Content-Security-Policy that allows the page's own script,
 * style and images only. A request must name its host exactly once (RFC 9112; 400 otherwise);
 * when listening on a loopback address, that host must be a loopback one, compared as an address
 * (403 otherwise), so that a web site cannot reach the server through DNS rebinding.
 *
 * <p>Slow and hostile clients (issue 12): Jetty reads requests without a thread waiting for each
 * connection, so a client that sends its headers or body slowly costs a connection, not a worker;
 * a head must arrive within its timeout ({@link HeadDeadline}), a body within its own (408),
 * connections and bodies held at once are bounded, in all and per client ({@link
 * AddressConnectionLimit}), and simulations run on a bounded {@link
 * SimulationPool} within a {@link RequestBudget} of time (503) and memory (413). The figures are
 * {@link ServeLimits}.
 */
public final class ClassroomServer implements AutoCloseable {

    /** Largest request body accepted (bytes): the scenario reader's own limit. */
    public static final int MAX_BODY_BYTES = ScenarioReader.MAX_FILE_BYTES;

    /** Only the page's own script, style and images (the chart is a blob: URL); nothing from elsewhere. */
    static final String PAGE_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                    + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Answers that are data, not pages: nothing may run or load, an SVG opened directly included. */
    static final String DATA_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

    /**
     * Jetty pads its queues by the references that fit in a cache line; unless told, it asks the
     * platform MBean server whether references are compressed, which starts JMX: a third of a
     * second of the server's start-up on 2 cores. Told instead: 16, 4-byte references in 64
     * bytes, as on any heap under 32 GB; only the padding depends on it.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final Server server;
    private final ServerConnector connector;
    private final InetSocketAddress address;
    private final SimulationPool pool;
    private final ScheduledThreadPoolExecutor timers;

    private ClassroomServer(
            Server server,
            ServerConnector connector,
            InetSocketAddress address,
            SimulationPool pool,
            ScheduledThreadPoolExecutor timers) {
        this.server = server;
        this.connector = connector;
        this.address = address;
        this.pool = pool;
        this.timers = timers;
    }

    /**
     * Starts a server with the limits {@code inertia serve} runs with ({@link ServeLimits#defaults}).
     *
     * @param address where to listen; port 0 for any free port
     * @return the running server
     * @throws IOException if the address cannot be bound (in use: {@link BindException}; not this machine's)
     */
    public static ClassroomServer start(InetSocketAddress address) throws IOException {
        return start(address, ServeLimits.defaults());
    }

    /**
     * Starts a server.
     *
     * @param address where to listen; port 0 for any free port
     * @param limits what one client may take
     * @return the running server
     * @throws IOException if the address cannot be bound (in use: {@link BindException}; not this machine's)
     */
    public static ClassroomServer start(InetSocketAddress address, ServeLimits limits) throws IOException {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        Examples examples = Examples.shipped();
        QueuedThreadPool threads = new QueuedThreadPool(limits.threads(), Math.min(4, limits.threads()));
        threads.setName("inertia-serve");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setStopTimeout(1000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Ambiguous paths (/../, %2f, //, %00) reach the routes and are answered 404 there, as any
        // path but the routes is: the routes match the raw path exactly and no file is served by
        // its path, so Jetty's own refusal (400) would protect nothing and change the answer.
        http.setUriCompliance(UriCompliance.UNSAFE);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        InetAddress bound = address.getAddress();
        connector.setHost(bound == null ? null : bound.getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        connector.addEventListener(new AddressConnectionLimit(limits.maxConnectionsPerClient()));

        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "inertia-serve-timer");
            t.setDaemon(true);
            return t;
        });
        timers.setRemoveOnCancelPolicy(true);
        SimulationPool pool = new SimulationPool(limits.workers(), limits.queue(), timers);
        server.setHandler(
                new ClassroomHandler(examples, bound != null && bound.isLoopbackAddress(), limits, pool, timers));
        server.setErrorHandler(new Errors());
        ClassroomServer classroom = new ClassroomServer(server, connector, address, pool, timers);
        try {
            server.start();
        } catch (Exception e) {
            classroom.close();
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BindException b) {
                    throw b;
                }
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        long period = HeadDeadline.period(limits.headTimeout()).toMillis();
        timers.scheduleWithFixedDelay(
                new HeadDeadline(connector, limits.headTimeout()), period, period, TimeUnit.MILLISECONDS);
        return classroom;
    }

    /** {@return the page's address, such as {@code http://127.0.0.1:8080/}} */
    public URI uri() {
        InetAddress a = address.getAddress();
        String host = a == null ? "0.0.0.0" : a.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host.replaceAll("%.*", "") + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** {@return the port listened on} */
    public int port() {
        return connector.getLocalPort();
    }

    /** Stops listening, finishing requests under way for up to a second, and stops the simulations. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: the threads are daemons and the port is released by the connector.
        }
        pool.close();
        timers.shutdownNow();
    }

    /**
     * The answer to a request Jetty refuses before it reaches the routes (a malformed request
     * line, a duplicate Host, headers too large): plain text, with the headers every answer has.
     */
    private static final class Errors implements Request.Handler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            ClassroomHandler.securityHeaders(response);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            int status = response.getStatus();
            ClassroomHandler.text(
                    request,
                    response,
                    callback,
                    status,
                    (status == 400 ? "bad request" : "error " + status)
                            + (message == null ? "" : ": " + TerminalText.oneLine(message.toString())));
            return true;
        }
    }
}
