package org.inertia.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.sim.scenario.io.ScenarioReader;

/**
 * The classroom page's web server, on the JDK's own {@link HttpServer}: one page (HTML, CSS and
 * script shipped as resources) and a small API that simulates on every request.
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
 * style and images only. When listening on a loopback address, requests must name a loopback
 * host, so that a web site cannot reach the server through DNS rebinding.
 */
public final class ClassroomServer implements AutoCloseable {

    /** Largest request body accepted (bytes): the scenario reader's own limit. */
    public static final int MAX_BODY_BYTES = ScenarioReader.MAX_FILE_BYTES;

    /** Most bytes read and discarded from a refused body before the 413 answer; past it, the connection is closed. */
    private static final long MAX_DRAIN_BYTES = 64L << 20;

    /** Most parameters in one request. */
    private static final int MAX_PARAMETERS = 200;

    private static final String RESOURCES = "/org/inertia/cli/serve/";

    /** Only the page's own script, style and images (the chart is a blob: URL); nothing from elsewhere. */
    static final String PAGE_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
                    + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Answers that are data, not pages: nothing may run or load, an SVG opened directly included. */
    static final String DATA_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

    /** The page's files: path to resource name and media type. */
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});

    private final HttpServer server;
    private final ExecutorService executor;
    private final Examples examples;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final boolean loopbackOnly;

    private ClassroomServer(HttpServer server, ExecutorService executor, Examples examples, boolean loopbackOnly) {
        this.server = server;
        this.executor = executor;
        this.examples = examples;
        this.loopbackOnly = loopbackOnly;
        for (String[] file : STATIC.values()) {
            files.computeIfAbsent(file[0], ClassroomServer::resource);
        }
    }

    /**
     * Starts a server.
     *
     * @param address where to listen; port 0 for any free port
     * @return the running server
     * @throws IOException if the address cannot be bound (in use, not this machine's)
     */
    public static ClassroomServer start(InetSocketAddress address) throws IOException {
        Examples examples = Examples.shipped();
        HttpServer http = HttpServer.create(address, 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "inertia-serve-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        InetAddress bound = address.getAddress();
        ClassroomServer server =
                new ClassroomServer(http, executor, examples, bound != null && bound.isLoopbackAddress());
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    /** {@return the page's address, such as {@code http://127.0.0.1:8080/}} */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host.replaceAll("%.*", "") + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    /** {@return the port listened on} */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, finishing requests under way for up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (IOException | RuntimeException e) {
            // The client went away, or a defect: answer 500 if nothing was sent yet.
            if (exchange.getResponseCode() == -1) {
                try {
                    text(exchange, 500, "internal error: " + e.getClass().getSimpleName());
                } catch (IOException | RuntimeException ignored) {
                    // Nothing more can be said on this connection.
                }
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Headers h = exchange.getResponseHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (loopbackOnly && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            text(exchange, 403, "forbidden: this server answers requests for 127.0.0.1 or localhost only");
            return;
        }
        String[] file = path == null ? null : STATIC.get(path);
        if (file != null) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                notAllowed(exchange, "GET, HEAD");
                return;
            }
            h.set("Content-Security-Policy", PAGE_POLICY);
            h.set("Cache-Control", "no-cache");
            send(exchange, 200, file[1], files.get(file[0]));
            return;
        }
        if (path == null || !path.startsWith("/api/")) {
            text(exchange, 404, "not found");
            return;
        }
        h.set("Content-Security-Policy", DATA_POLICY);
        h.set("Cache-Control", "no-store");
        api(exchange, path, method, start);
    }

    private void api(HttpExchange exchange, String path, String method, long start) throws IOException {
        if (path.equals("/api/examples")) {
            if (!method.equals("GET")) {
                notAllowed(exchange, "GET");
                return;
            }
            json(exchange, 200, examplesJson());
            return;
        }
        if (!List.of(
                        "/api/simulate",
                        "/api/chart.svg",
                        "/api/chart.png",
                        "/api/chart.pdf",
                        "/api/data.csv",
                        "/api/scenario.yaml")
                .contains(path)) {
            text(exchange, 404, "not found");
            return;
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            notAllowed(exchange, "GET, POST");
            return;
        }
        Map<String, String> params;
        try {
            params = parameters(exchange, method);
        } catch (TooLarge e) {
            exchange.getResponseHeaders().set("Connection", "close");
            json(exchange, 413, errors(List.of("request body too large: at most " + MAX_BODY_BYTES + " bytes")));
            return;
        } catch (WhatIf.BadRequest e) {
            json(exchange, 400, errors(e.lines()));
            return;
        }
        WhatIf whatIf;
        try {
            whatIf = WhatIf.of(params, examples);
        } catch (WhatIf.BadRequest e) {
            json(exchange, 400, errors(e.lines()));
            return;
        }
        switch (path) {
            case "/api/simulate" -> json(exchange, 200, whatIf.json(start));
            case "/api/chart.svg" -> send(exchange, 200, "image/svg+xml", whatIf.chart(ChartFormat.SVG));
            case "/api/chart.png" -> send(exchange, 200, "image/png", whatIf.chart(ChartFormat.PNG));
            case "/api/chart.pdf" -> send(exchange, 200, "application/pdf", whatIf.chart(ChartFormat.PDF));
            case "/api/data.csv" -> send(exchange, 200, "text/csv; charset=utf-8", whatIf.csv());
            default -> send(
                    exchange,
                    200,
                    "application/yaml; charset=utf-8",
                    whatIf.yaml().getBytes(StandardCharsets.UTF_8));
        }
    }

    private String examplesJson() {
        List<Object> list = new ArrayList<>();
        for (Examples.Example e : examples.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.scenario().name());
            m.put("description", e.scenario().description());
            m.put("yaml", e.yaml());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "default",
                examples.find(Examples.DEFAULT).isPresent()
                        ? Examples.DEFAULT
                        : examples.all().isEmpty()
                                ? null
                                : examples.all().get(0).id());
        root.put("examples", list);
        root.put("vocabulary", WhatIf.vocabulary());
        root.put("maxVariants", WhatIf.MAX_VARIANTS);
        return JsonText.of(root);
    }

    /** The query's parameters, and a POST body's: a form, or YAML text as the {@code yaml} parameter. */
    private static Map<String, String> parameters(HttpExchange exchange, String method)
            throws IOException, TooLarge, WhatIf.BadRequest {
        Map<String, String> params = new LinkedHashMap<>();
        decode(exchange.getRequestURI().getRawQuery(), params);
        if (method.equals("POST")) {
            byte[] body = body(exchange);
            String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                    .toLowerCase(Locale.ROOT);
            String text = utf8(body);
            if (type.startsWith("application/yaml")
                    || type.startsWith("text/yaml")
                    || type.startsWith("application/x-yaml")) {
                put(params, "yaml", text);
            } else if (type.startsWith("application/x-www-form-urlencoded") || body.length == 0) {
                decode(text, params);
            } else {
                throw new WhatIf.BadRequest(
                        "send a form (application/x-www-form-urlencoded) or a scenario (application/yaml)");
            }
        }
        return params;
    }

    private static String utf8(byte[] body) throws WhatIf.BadRequest {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(body))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WhatIf.BadRequest("the request body is not valid UTF-8 text");
        }
    }

    /** The request body, at most {@link #MAX_BODY_BYTES}; a longer one is read to its end (within reason) and refused. */
    private static byte[] body(HttpExchange exchange) throws IOException, TooLarge {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        InputStream in = exchange.getRequestBody();
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            drain(in);
            throw new TooLarge();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > MAX_BODY_BYTES) {
                drain(in);
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads what is left of a refused body, so that the client, still sending, can read the answer. */
    private static void drain(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[65536];
        for (int n; total < MAX_DRAIN_BYTES && (n = in.read(buffer)) > 0; ) {
            total += n;
        }
    }

    private static void decode(String form, Map<String, String> params) throws WhatIf.BadRequest {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                put(params, name, value);
            } catch (IllegalArgumentException e) {
                throw new WhatIf.BadRequest("malformed form data (a '%' not followed by two hex digits)");
            }
        }
    }

    private static void put(Map<String, String> params, String name, String value) throws WhatIf.BadRequest {
        if (params.containsKey(name)) {
            throw new WhatIf.BadRequest("parameter '"
                    + org.inertia.cli.output.TerminalText.oneLine(
                            name.length() > 40 ? name.substring(0, 40) + "..." : name)
                    + "' given twice");
        }
        if (params.size() >= MAX_PARAMETERS) {
            throw new WhatIf.BadRequest("too many parameters (at most " + MAX_PARAMETERS + ")");
        }
        params.put(name, value);
    }

    /** Whether a Host header names this machine: localhost, 127.x.x.x or [::1], with any port. */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        h = h.replaceFirst(":[0-9]*$", "");
        return h.equals("localhost") || h.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
    }

    private static String errors(List<String> lines) {
        return JsonText.of(Map.of("errors", lines));
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", DATA_POLICY);
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        text(exchange, 405, "method not allowed; use " + allowed);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ClassroomServer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body over {@link #MAX_BODY_BYTES}. */
    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
