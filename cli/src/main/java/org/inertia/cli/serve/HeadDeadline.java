package org.inertia.cli.serve;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose request line and headers take longer than a deadline to arrive.
 * Jetty's idle timeout alone would let a client keep a connection for hours by sending one byte
 * of its headers every few seconds ("slowloris"); no thread waits for it, but the connection is
 * one of the server's few hundred. Run every fraction of the deadline; a head is timed from the
 * first sweep that sees it under way, so it is closed between one and one-and-a-quarter
 * deadlines after its first byte.
 */
final class HeadDeadline implements Runnable {

    private final ServerConnector connector;
    private final long timeoutNanos;

    /** Connection to {requests it had read, when its current head was first seen}; sweep thread only. */
    private final Map<EndPoint, long[]> heads = new HashMap<>();

    HeadDeadline(ServerConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
    }

    /** {@return how often to sweep: a quarter of the deadline, at most a second} */
    static Duration period(Duration timeout) {
        return timeout.dividedBy(4).compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : timeout.dividedBy(4);
    }

    @Override
    public void run() {
        long now = System.nanoTime();
        Set<EndPoint> underWay = new HashSet<>();
        for (EndPoint endPoint : connector.getConnectedEndPoints()) {
            // Jetty's HTTP/1.1 connection is in its internal package; its parser's state is public API.
            if (endPoint.getConnection() instanceof HttpConnection http && readingHead(http.getParser())) {
                underWay.add(endPoint);
                long requests = http.getMessagesIn();
                long[] since = heads.computeIfAbsent(endPoint, e -> new long[] {requests, now});
                if (since[0] != requests) {
                    since[0] = requests;
                    since[1] = now;
                }
                if (now - since[1] > timeoutNanos) {
                    endPoint.close();
                }
            }
        }
        heads.keySet().retainAll(underWay);
    }

    /** Whether a request's line or headers have begun to arrive and are not complete. */
    private static boolean readingHead(HttpParser parser) {
        return parser.inHeaderState() && !parser.isStart();
    }
}
