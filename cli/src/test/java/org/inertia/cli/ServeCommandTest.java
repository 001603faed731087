package org.inertia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code inertia serve} as a person starts it: the address printed, the page there, Ctrl-C stops it (issue 7). */
class ServeCommandTest {

    private static final Pattern SERVING =
            Pattern.compile("Serving on (http://127\\.0\\.0\\.1:(\\d+)/) \u2014 Ctrl-C to stop");

    @Test
    void printsTheAddressServesThePageAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving =
                new Thread(() -> exit.set(Inertia.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute("serve", "--port", "0")));
        serving.start();
        Matcher m = SERVING.matcher("");
        for (int i = 0; i < 200 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(25);
        }
        assertThat(m.reset(out.toString()).find()).as(out + err.toString()).isTrue();
        URI page = URI.create(m.group(1));

        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("what if?");

        serving.interrupt();
        serving.join(5000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
        assertThat(err.toString()).isEmpty();
        // The port is free again.
        try (ServerSocket again = new ServerSocket(Integer.parseInt(m.group(2)), 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).isTrue();
        }
    }

    @Test
    void aPortInUseIsAUserMistakeWithAWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result r = Cli.run("serve", "--port", taken.getLocalPort());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.errLines().get(0))
                    .startsWith("inertia: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .endsWith("--port 0 for any free one");
        }
    }

    @Test
    void anImpossiblePortOrHostIsAUserMistake() {
        Cli.Result port = Cli.run("serve", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.errLines().get(0))
                .isEqualTo("inertia: --port 70000: must be between 0 and 65535 (0: any free port)");

        Cli.Result host = Cli.run("serve", "--host", "no such host.invalid");
        assertThat(host.exitCode()).isEqualTo(2);
        assertThat(host.errLines().get(0)).startsWith("inertia: --host no such host.invalid: unknown host");
    }
}
