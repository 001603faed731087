package org.inertia.cli.serve;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;

/**
 * Closes a connection at once when its client already holds as many as one client may. The
 * server's whole number of connections is bounded ({@link ServeLimits#maxConnections()}), and a
 * client that opened that many slow connections from one machine used to hold every one of them,
 * so that no other pupil's page loaded until the head deadline cut them off, and again when the
 * client reconnected. A client is its address; an IPv6 client is its /64 network, since one
 * machine is usually given a whole /64 and could otherwise take a new address per connection.
 *
 * <p>Every connection on loopback comes from this machine, so when the server listens there
 * this limit only keeps one local program from taking all the connections before the browser.
 */
final class AddressConnectionLimit implements Connection.Listener {

    private final int perClient;

    /** Open connections by client; guarded by {@code this}. */
    private final Map<Client, Integer> open = new HashMap<>();

    AddressConnectionLimit(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void onOpened(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        Client client = Client.of(endPoint.getRemoteSocketAddress());
        if (client == null) {
            return;
        }
        int count;
        synchronized (this) {
            count = open.merge(client, 1, Integer::sum);
        }
        if (count > perClient) {
            // Counted all the same: onClosed, which follows, takes it off again.
            endPoint.close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Client client = Client.of(connection.getEndPoint().getRemoteSocketAddress());
        if (client == null) {
            return;
        }
        synchronized (this) {
            open.computeIfPresent(client, (c, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** A client: the bytes of an IPv4 address, or of an IPv6 address's first 64 bits. */
    private record Client(byte[] prefix) {

        static Client of(SocketAddress remote) {
            if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
                return null;
            }
            byte[] bytes = inet.getAddress().getAddress();
            return new Client(inet.getAddress() instanceof Inet6Address ? Arrays.copyOf(bytes, 8) : bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Client c && Arrays.equals(prefix, c.prefix);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(prefix);
        }
    }
}
