package org.inertia.cli.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** Open connections by client address; guarded by {@code this}. */
    private final Map<InetAddress, Integer> open = new HashMap<>();

    /**
     * The client of each open connection, as found when it opened: once closed, an endpoint no
     * longer knows its remote address, so the count is taken off by this; guarded by {@code this}.
     */
    private final Map<Connection, InetAddress> clients = new IdentityHashMap<>();

    AddressConnectionLimit(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void onOpened(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        if (!(endPoint.getRemoteSocketAddress() instanceof InetSocketAddress remote) || remote.getAddress() == null) {
            return;
        }
        InetAddress client = remote.getAddress();
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
            InetAddress client = clients.remove(connection);
            if (client != null) {
                open.computeIfPresent(client, (c, n) -> n > 1 ? n - 1 : null);
            }
        }
    }
}
