package org.inertia.cli.serve;

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
 * client reconnected. A client is its address (an IPv6 /64 is a whole classroom network, not one
 * machine). A connection is counted off under the client it was counted under when it opened.
 *
 * <p>Every connection on loopback comes from this machine, so when the server listens there
 * this limit only keeps one local program from taking all the connections before the browser.
 */
final class AddressConnectionLimit implements Connection.Listener {

    private final int perClient;

    /** Open connections by client; guarded by {@code this}. */
    private final Map<Client, Integer> open = new HashMap<>();

    /**
     * The client of each open connection, as found when it opened: once closed, an endpoint no
     * longer knows its remote address, so the count is taken off by this; guarded by {@code this}.
     */
    private final Map<Connection, Client> clients = new java.util.IdentityHashMap<>();

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
            clients.put(connection, client);
            count = open.merge(client, 1, Integer::sum);
        }
        if (count > perClient) {
            // Counted all the same: onClosed, which follows, takes it off again.
            endPoint.close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        synchronized (this) {
            Client client = clients.remove(connection);
            if (client != null) {
                open.computeIfPresent(client, (c, n) -> n > 1 ? n - 1 : null);
            }
        }
    }

    /** {@return the connections counted as open now, all clients together} */
    synchronized int counted() {
        return clients.size();
    }

    /** A client: the bytes of its address. */
    private record Client(byte[] prefix) {

        static Client of(SocketAddress remote) {
            if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
                return null;
            }
            return new Client(inet.getAddress().getAddress());
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
