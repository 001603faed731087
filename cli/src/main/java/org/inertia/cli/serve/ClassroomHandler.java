package org.inertia.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.inertia.cli.chart.ChartFormat;
import org.inertia.cli.output.JsonMapping;
import org.inertia.cli.output.TerminalText;

/**
 * The classroom server's routes (listed in {@link ClassroomServer}): the page's files, and the
 * API, whose simulating routes read their body without holding a thread (a slow client costs a
 * connection, not a worker), then hand the question to the {@link SimulationPool}.
 */
final class ClassroomHandler extends Handler.Abstract {

    /** Most bytes read and discarded from a refused body before the 413 answer; past it, the connection is closed. */
    private static final long MAX_DRAIN_BYTES = 64L << 20;

    /** Most parameters in one request. */
    private static final int MAX_PARAMETERS = 200;

    private static final String RESOURCES = "/org/inertia/cli/serve/";

    /** The page's files: path to resource name and media type. */
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});

    private static final List<String> SIMULATING = List.of(
            "/api/simulate",
            "/api/chart.svg",
            "/api/chart.png",
            "/api/chart.pdf",
            "/api/data.csv",
            "/api/scenario.yaml");

    private final Examples examples;
    private final byte[] examplesJson;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final boolean loopbackOnly;
    private final ServeLimits limits;
    private final SimulationPool pool;
    private final ScheduledExecutorService timers;

    /** Bytes of request bodies held now, all requests together. */
    private final AtomicLong bodyBytes = new AtomicLong();

    ClassroomHandler(
            Examples examples,
            boolean loopbackOnly,
            ServeLimits limits,
            SimulationPool pool,
            ScheduledExecutorService timers) {
        this.examples = examples;
        this.examplesJson = examplesJson(examples).getBytes(StandardCharsets.UTF_8);
        this.loopbackOnly = loopbackOnly;
        this.limits = limits;
        this.pool = pool;
        this.timers = timers;
        for (String[] file : STATIC.values()) {
            files.computeIfAbsent(file[0], ClassroomHandler::resource);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        securityHeaders(response);
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        List<String> hosts = request.getHeaders().getValuesList(HttpHeader.HOST);
        if (hosts.size() > 1
                || (hosts.isEmpty() && request.getConnectionMetaData().getHttpVersion() == HttpVersion.HTTP_1_1)) {
            // RFC 9112, section 3.2: exactly one Host in HTTP/1.1, at most one before.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            text(request, response, callback, 400, "bad request: name the host exactly once (one Host header)");
            return true;
        }
        if (loopbackOnly
                && (hosts.isEmpty() || !loopbackHost(request.getHttpURI().getHost()))) {
            text(
                    request,
                    response,
                    callback,
                    403,
                    "forbidden: this server answers requests for 127.0.0.1 or localhost only");
            return true;
        }
        String[] file = path == null ? null : STATIC.get(path);
        if (file != null) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                notAllowed(request, response, callback, "GET, HEAD");
                return true;
            }
            response.getHeaders().put("Content-Security-Policy", ClassroomServer.PAGE_POLICY);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
            send(request, response, callback, 200, file[1], files.get(file[0]));
            return true;
        }
        if (path == null || !path.startsWith("/api/")) {
            text(request, response, callback, 404, "not found");
            return true;
        }
        response.getHeaders().put("Content-Security-Policy", ClassroomServer.DATA_POLICY);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (path.equals("/api/examples")) {
            if (!method.equals("GET")) {
                notAllowed(request, response, callback, "GET");
                return true;
            }
            send(request, response, callback, 200, "application/json; charset=utf-8", examplesJson);
            return true;
        }
        if (!SIMULATING.contains(path)) {
            text(request, response, callback, 404, "not found");
            return true;
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            notAllowed(request, response, callback, "GET, POST");
            return true;
        }
        if (method.equals("GET")) {
            ask(request, response, callback, path, new byte[0], start);
        } else {
            new BodyReader(request, response, callback, body -> ask(request, response, callback, path, body, start))
                    .start();
        }
        return true;
    }

    /** Reads the question's parameters and has it answered by a worker, within the request's budget. */
    private void ask(Request request, Response response, Callback callback, String path, byte[] body, long start) {
        Map<String, String> params;
        try {
            params = parameters(request, body);
        } catch (WhatIf.BadRequest e) {
            json(request, response, callback, 400, errors(e.lines()));
            return;
        }
        RequestBudget budget = new RequestBudget(System.nanoTime(), limits.timeBudget(), limits.memoryBudgetBytes());
        pool.submit(budget, () -> answer(path, params, budget, start), result -> {
            SimulationPool.Answer a = result.answer();
            if (a != null) {
                send(request, response, callback, a.status(), a.type(), a.body());
            } else if (result.failure() instanceof RequestBudget.Exceeded e) {
                if (e.status() == 503) {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
                }
                json(request, response, callback, e.status(), errors(List.of(e.getMessage())));
            } else {
                text(
                        request,
                        response,
                        callback,
                        500,
                        "internal error: " + result.failure().getClass().getSimpleName());
            }
        });
    }

    /** The answer of a simulating route; on a worker. */
    private SimulationPool.Answer answer(String path, Map<String, String> params, RequestBudget budget, long start) {
        WhatIf whatIf;
        try {
            whatIf = WhatIf.of(params, examples, budget);
        } catch (WhatIf.BadRequest e) {
            return new SimulationPool.Answer(
                    400, "application/json; charset=utf-8", errors(e.lines()).getBytes(StandardCharsets.UTF_8));
        }
        try {
            return switch (path) {
                case "/api/simulate" -> new SimulationPool.Answer(
                        200,
                        "application/json; charset=utf-8",
                        whatIf.json(start).getBytes(StandardCharsets.UTF_8));
                case "/api/chart.svg" -> new SimulationPool.Answer(200, "image/svg+xml", whatIf.chart(ChartFormat.SVG));
                case "/api/chart.png" -> new SimulationPool.Answer(200, "image/png", whatIf.chart(ChartFormat.PNG));
                case "/api/chart.pdf" -> new SimulationPool.Answer(
                        200, "application/pdf", whatIf.chart(ChartFormat.PDF));
                case "/api/data.csv" -> new SimulationPool.Answer(200, "text/csv; charset=utf-8", whatIf.csv());
                default -> new SimulationPool.Answer(
                        200, "application/yaml; charset=utf-8", whatIf.yaml().getBytes(StandardCharsets.UTF_8));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a request body without waiting on a thread: each chunk as it arrives, at most {@link
     * ClassroomServer#MAX_BODY_BYTES} (a longer one is read to its end, within reason, and refused
     * 413), within the body timeout (408), and within the bytes all bodies may hold at once (503).
     */
    private final class BodyReader {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Consumer<byte[]> then;
        private final AtomicBoolean finished = new AtomicBoolean();
        private ByteArrayOutputStream body = new ByteArrayOutputStream();
        private long drained;
        private Future<?> deadline;

        /** Bytes this body counts in {@link #bodyBytes}; guarded by this reader. */
        private long held;

        /** Whether the request is over and its bytes no longer count; guarded by this reader. */
        private boolean released;

        BodyReader(Request request, Response response, Callback callback, Consumer<byte[]> then) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.then = then;
        }

        void start() {
            Request.addCompletionListener(request, failure -> drop(true));
            deadline = timers.schedule(
                    () -> refuse(
                            408,
                            "the request body did not arrive within " + RequestBudget.duration(limits.bodyTimeout())),
                    limits.bodyTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
            long length = request.getLength();
            if (length > ClassroomServer.MAX_BODY_BYTES) {
                body = null;
            }
            read();
        }

        /** Reads what has arrived, then asks to be called again when more does. */
        private void read() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    if (chunk.getFailure() instanceof TimeoutException) {
                        refuse(408, "the request body stopped arriving");
                    } else {
                        refuse(400, "the request body could not be read");
                    }
                    return;
                }
                int n = chunk.remaining();
                if (body != null && body.size() + n > ClassroomServer.MAX_BODY_BYTES) {
                    drop(false);
                    body = null;
                }
                if (body != null) {
                    if (!hold(n)) {
                        chunk.release();
                        refuse(503, "the server is busy receiving other requests; try again in a moment");
                        return;
                    }
                    byte[] bytes = new byte[n];
                    chunk.get(bytes, 0, n);
                    body.write(bytes, 0, n);
                } else {
                    drained += n;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (body == null && (last || drained > MAX_DRAIN_BYTES)) {
                    refuse(413, "request body too large: at most " + ClassroomServer.MAX_BODY_BYTES + " bytes");
                    return;
                }
                if (last) {
                    if (finished.compareAndSet(false, true)) {
                        deadline.cancel(false);
                        then.accept(body.toByteArray());
                    }
                    return;
                }
            }
        }

        /** Counts n more bytes held; false if that takes all bodies over their budget, or the request is over. */
        private synchronized boolean hold(int n) {
            if (released) {
                return false;
            }
            held += n;
            return bodyBytes.addAndGet(n) <= limits.bodyBudgetBytes();
        }

        /** Stops counting this body's bytes: it is being discarded, or the request is over ({@code last}). */
        private synchronized void drop(boolean last) {
            bodyBytes.addAndGet(-held);
            held = 0;
            released |= last;
        }

        /** Answers with an error and closes the connection: what is left of the body is not read. */
        private void refuse(int status, String line) {
            if (finished.compareAndSet(false, true)) {
                if (deadline != null) {
                    deadline.cancel(false);
                }
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                json(request, response, callback, status, errors(List.of(line)));
            }
        }
    }

    /** The query's parameters, and a POST body's: a form, or YAML text as the {@code yaml} parameter. */
    private static Map<String, String> parameters(Request request, byte[] body) throws WhatIf.BadRequest {
        Map<String, String> params = new LinkedHashMap<>();
        decode(request.getHttpURI().getQuery(), params);
        if (request.getMethod().equals("POST")) {
            String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
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
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new WhatIf.BadRequest("the request body is not valid UTF-8 text");
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
                    + TerminalText.oneLine(name.length() > 40 ? name.substring(0, 40) + "..." : name)
                    + "' given twice");
        }
        if (params.size() >= MAX_PARAMETERS) {
            throw new WhatIf.BadRequest("too many parameters (at most " + MAX_PARAMETERS + ")");
        }
        params.put(name, value);
    }

    /**
     * Whether a request's host, as parsed from its Host header (or its absolute URI), names this
     * machine: localhost, an IPv4 address in 127.0.0.0/8 or the IPv6 loopback address. Compared as
     * addresses, not as text, so that {@code [::1].example.com} or {@code 127.0.0.1.nip.io} do not
     * pass for loopback; no name is looked up.
     */
    static boolean loopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            String address = h.substring(1, h.length() - 1);
            return address.contains(":") && address.matches("[0-9a-f:.]+") && loopbackLiteral(address);
        }
        return h.matches(IPV4) && loopbackLiteral(h);
    }

    /** A dotted-quad IPv4 address, each number 0 to 255 without leading zeros. */
    private static final String IPV4 =
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}";

    /** Whether an address literal (checked to be one by its shape, so that no name is looked up) is loopback. */
    private static boolean loopbackLiteral(String literal) {
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String examplesJson(Examples examples) {
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
        root.put("maxPhases", ScenarioControls.MAX_PHASES);
        return JsonMapping.text(root);
    }

    static String errors(List<String> lines) {
        return JsonMapping.text(Map.of("errors", lines));
    }

    /** Headers every answer carries, the server's own errors included. */
    static void securityHeaders(Response response) {
        HttpFields.Mutable h = response.getHeaders();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void json(Request request, Response response, Callback callback, int status, String json) {
        send(
                request,
                response,
                callback,
                status,
                "application/json; charset=utf-8",
                json.getBytes(StandardCharsets.UTF_8));
    }

    static void text(Request request, Response response, Callback callback, int status, String text) {
        response.getHeaders().put("Content-Security-Policy", ClassroomServer.DATA_POLICY);
        send(
                request,
                response,
                callback,
                status,
                "text/plain; charset=utf-8",
                (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void notAllowed(Request request, Response response, Callback callback, String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        text(request, response, callback, 405, "method not allowed; use " + allowed);
    }

    /** Sends an answer without waiting for a slow reader: the callback completes when it is written. */
    private static void send(
            Request request, Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        boolean head = request.getMethod().equals("HEAD");
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ClassroomHandler.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
