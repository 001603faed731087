package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inertia.cli.serve.ClassroomServer;
import org.inertia.cli.serve.ServeLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The classroom server against slow and hostile clients on loopback, in this JVM (issue 12): a
 * handful of slow clients used to take every worker, so that the page stopped for everyone. Each
 * test is bounded in clients and time; the only timing threshold is the one second a normal
 * request must be answered in.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerUnderLoadTest {

    private static final String SMALL = "bed-rest-48h";
    private static final InetAddress PUPIL = loopback(2);
    private static final InetAddress OTHER_PUPIL = loopback(3);
    private static final InetAddress HOSTILE = loopback(9);
    private static final InetAddress REPEAT = loopback(11);
    private static ClassroomServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "load-test-client");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aNormalRequestIsAnsweredWithinASecondWhile104SlowConnectionsFromTwoMachinesAreOpenIssue12() throws Exception {
        warmUp(server);
        String form = "example=" + SMALL;
        List<Socket> slow = new ArrayList<>();
        try {
            // From two machines (other loopback addresses), each within what one client may hold.
            for (int i = 0; i < 100; i++) {
                slow.add(open(
                        server,
                        "GET /api/examples HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ",
                        i % 2 == 0 ? PUPIL : OTHER_PUPIL));
            }
            for (int i = 0; i < 4; i++) {
                slow.add(open(
                        server,
                        "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                                + "\r\n\r\n" + form.substring(0, 8),
                        OTHER_PUPIL));
            }

            long start = System.nanoTime();
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(server.uri())
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> simulated = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("api/simulate?example=" + SMALL))
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(simulated.statusCode()).isEqualTo(200);
            assertThat(elapsedMs).as("page and simulation, ms").isLessThan(2000);
            // The slow clients were held, not dropped: each can still finish and be answered.
            assertThat(finish(slow.get(0), "x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
            assertThat(finish(slow.get(100), form.substring(8))).startsWith("HTTP/1.1 200");
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void oneMachineHolding600SlowConnectionsKeepsOnly64AndThePageLoadsForTheOthers() throws Exception {
        warmUp(server);
        List<Socket> held = new ArrayList<>();
        try {
            // More than the server's 512 connections in all, from one address.
            for (int i = 0; i < 600; i++) {
                held.add(open(server, "GET /api/examples HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", HOSTILE));
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            long open = held.size();
            while (open > ServeLimits.MAX_CONNECTIONS_PER_CLIENT && System.nanoTime() < deadline) {
                Thread.sleep(50);
                open = held.stream().filter(socket -> !closed(socket)).count();
            }
            assertThat(open)
                    .as("connections the one machine still holds")
                    .isEqualTo(ServeLimits.MAX_CONNECTIONS_PER_CLIENT);

            long start = System.nanoTime();
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(server.uri())
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).as("page, ms").isLessThan(1000);
            // The ones it kept are served as any slow client is.
            Socket kept =
                    held.stream().filter(socket -> !closed(socket)).findFirst().orElseThrow();
            kept.setSoTimeout(5000); // closed() left it at a millisecond
            assertThat(finish(kept, "x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
        } finally {
            closeAll(held);
        }
    }

    @Test
    void connectionsThatCloseAreCountedOffSoOneMachineIsNeverLockedOut() throws Exception {
        // A closed endpoint no longer knows its address: the count used to only go up, and after
        // 64 connections in all, one after another, the machine got no page until a restart.
        warmUp(server);
        for (int i = 0; i < 3 * ServeLimits.MAX_CONNECTIONS_PER_CLIENT; i++) {
            try (Socket s = open(
                    server, "GET /api/examples HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", REPEAT)) {
                s.setSoTimeout(5000);
                assertThat(finish(s, "")).as("request %d", i).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void memoryIsBackUnder300MegabytesAfter2000RequestsAt50ConcurrentIssue12() throws Exception {
        warmUp(server);
        String yaml = Files.readString(Cli.fixture("rest-then-walk.yaml"));
        ExecutorService clients = Executors.newFixedThreadPool(50);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                HttpRequest request = mixed(i, yaml);
                done.add(clients.submit(() -> {
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(50, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(Set.of(200, 400, 404));
        assertThat(statuses.get(200).get()).isGreaterThan(1000);
        long used = heapAfterGc();
        System.out.println("ServerUnderLoadTest: heap in use after 2,000 requests: " + (used >> 20) + " MiB");
        assertThat(used).as("heap in use after the requests, bytes").isLessThan(300L << 20);
        assertThat(get(server, "api/examples").statusCode()).isEqualTo(200);
    }

    @Test
    void hostileUploadsNeverWedgeTheServerIssue12() throws Exception {
        warmUp(server);
        List<Socket> hostile = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            // Announces 10 GB, sends a little and stalls.
            Socket stalled = open(
                    server,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                            + "Content-Length: 10000000000\r\n\r\nname: x\n");
            hostile.add(stalled);
            // A chunked body that never ends, sent as fast as the server reads: refused 413 after 64 MiB.
            Socket endless = open(
                    server,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n");
            hostile.add(endless);
            Future<String> endlessAnswer = senders.submit(() -> flood(endless));
            // Broken chunked framing, bytes that are not UTF-8, a body cut off mid-way.
            Socket broken = open(
                    server,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            hostile.add(broken);
            Socket notUtf8 = open(
                    server,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                            + "Content-Length: 3\r\nConnection: close\r\n\r\n\u00ff\u00fe\u00fd");
            hostile.add(notUtf8);
            Socket cut = open(
                    server,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                            + "Content-Length: 5000\r\n\r\nname: x\n");
            cut.close();
            // Four uploads of a full megabyte of nonsense at once.
            List<Future<HttpResponse<String>>> big = new ArrayList<>();
            byte[] junk = new byte[ClassroomServer.MAX_BODY_BYTES];
            Arrays.fill(junk, (byte) '{');
            for (int i = 0; i < 4; i++) {
                big.add(senders.submit(() -> client.send(
                        HttpRequest.newBuilder(server.uri().resolve("api/simulate"))
                                .header("Content-Type", "application/yaml")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(junk))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())));
            }

            long start = System.nanoTime();
            HttpResponse<String> normal = client.send(
                    HttpRequest.newBuilder(server.uri().resolve("api/examples"))
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(normal.statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);

            assertThat(endlessAnswer.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
            assertThat(finish(broken, "")).startsWith("HTTP/1.1 400");
            assertThat(finish(notUtf8, "")).startsWith("HTTP/1.1 400").contains("not valid UTF-8");
            for (Future<HttpResponse<String>> f : big) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.body()).isIn(400, 503);
            }
            assertThat(get(server, "api/simulate?example=" + SMALL).statusCode())
                    .isEqualTo(200);
        } finally {
            senders.shutdownNow();
            closeAll(hostile);
        }
    }

    @Test
    void aHeadOrABodyThatTakesTooLongIsCutOffIssue12() throws Exception {
        ServeLimits quick = ServeLimits.defaults()
                .withTimeouts(Duration.ofMillis(400), Duration.ofSeconds(5), Duration.ofMillis(600));
        try (ClassroomServer s =
                ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), quick)) {
            Socket head = open(s, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            Socket body = open(
                    s,
                    "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\n"
                            + "Content-Length: 100\r\n\r\nname: x\n");
            // One byte every 100 ms: never silent long enough for the idle timeout, too slow for the deadlines.
            long start = System.nanoTime();
            boolean headOpen = true;
            boolean bodyOpen = true;
            while ((headOpen || bodyOpen) && System.nanoTime() - start < 5_000_000_000L) {
                headOpen = headOpen && trickle(head, "X") && !closed(head);
                bodyOpen = bodyOpen && trickle(body, "#");
                Thread.sleep(100);
            }
            body.setSoTimeout(5000);
            assertThat(headOpen).as("head still open after 5 s").isFalse();
            assertThat(finish(body, "")).startsWith("HTTP/1.1 408").contains("did not arrive within");
            head.close();
            assertThat(get(s, "api/examples").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aQuestionOverItsTimeBudgetIs503AndOverItsMemoryBudget413Issue12() throws Exception {
        ServeLimits slow = ServeLimits.defaults().withTimeBudget(Duration.ofNanos(1));
        try (ClassroomServer s =
                ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slow)) {
            HttpResponse<String> r = get(s, "api/simulate?example=" + SMALL);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(errors(r)).singleElement().asString().contains("took longer than the 0 ms");
            assertThat(get(s, "api/examples").statusCode()).isEqualTo(200);
        }
        ServeLimits small = ServeLimits.defaults().withMemoryBudget(1_000_000);
        try (ClassroomServer s =
                ClassroomServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), small)) {
            assertThat(get(s, "api/simulate?example=" + SMALL).statusCode()).isEqualTo(200);
            HttpResponse<String> r = get(s, "api/simulate?example=" + SMALL + "&v1.days=3000");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(errors(r)).singleElement().asString().contains("needs about", "fewer variants");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * A mix of what a class does, one request in ten a question for the workers (simulations,
     * a chart, a pasted scenario, a mistake); the rest pages, examples and wrong paths.
     */
    private static HttpRequest mixed(int i, String yaml) {
        URI base = server.uri();
        return switch (i % 40) {
            case 0 -> HttpRequest.newBuilder(base.resolve("api/simulate?example=" + SMALL + "&variants=2&v2.days=5"))
                    .build();
            case 10 -> HttpRequest.newBuilder(base.resolve("api/simulate"))
                    .header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofString(yaml))
                    .build();
            case 20 -> HttpRequest.newBuilder(base.resolve("api/chart.svg?example=" + SMALL))
                    .build();
            case 30 -> HttpRequest.newBuilder(base.resolve("api/simulate?example=nope"))
                    .build();
            case 1, 11, 21, 31 -> HttpRequest.newBuilder(base.resolve("nope")).build();
            case 2, 12, 22, 32 -> HttpRequest.newBuilder(base.resolve("app.js")).build();
            default -> i % 2 == 0
                    ? HttpRequest.newBuilder(base.resolve("api/examples")).build()
                    : HttpRequest.newBuilder(base).build();
        };
    }

    private static void warmUp(ClassroomServer s) throws Exception {
        assertThat(get(s, "api/simulate?example=" + SMALL).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get(ClassroomServer s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(s.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> errors(HttpResponse<String> r) throws IOException {
        return new ObjectMapper()
                .readTree(r.body())
                .get("errors")
                .valueStream()
                .map(JsonNode::asText)
                .toList();
    }

    private static Socket open(ClassroomServer s, String start) throws IOException {
        return open(s, start, InetAddress.getLoopbackAddress());
    }

    /** Opens a connection from another address of this machine (all of 127.0.0.0/8 is loopback on Linux). */
    private static Socket open(ClassroomServer s, String start, InetAddress from) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port(), from, 0);
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(start.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return socket;
    }

    /** Sends the rest of a request and reads the answer until the server closes or goes quiet. */
    private static String finish(Socket socket, String rest) throws IOException {
        socket.getOutputStream().write(rest.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        StringBuilder answer = new StringBuilder();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                socket.setSoTimeout(1000);
            }
        } catch (SocketTimeoutException e) {
            // A kept-alive connection: the answer is complete when the server goes quiet.
        } catch (IOException e) {
            // Reset after the answer: what was read is the answer.
        }
        return answer.toString();
    }

    /** Sends one more byte; false once the server has answered or closed the connection (the answer left unread). */
    private static boolean trickle(Socket socket, String b) {
        try {
            if (socket.getInputStream().available() > 0) {
                return false;
            }
            socket.getOutputStream().write(b.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the server has closed a connection on which it sends nothing. */
    private static boolean closed(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Sends 256 KiB chunks until the server answers; returns the start of the answer. */
    private static String flood(Socket socket) throws IOException {
        byte[] chunk = ("40000\r\n" + "a".repeat(0x40000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        try {
            for (long sent = 0; sent < 200L << 20 && in.available() == 0; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            // The server closed the connection after answering: read what it said.
        }
        socket.setSoTimeout(5000);
        byte[] head = in.readNBytes(12);
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // Already closed by the server.
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
