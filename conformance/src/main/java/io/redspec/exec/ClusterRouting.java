package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * On a cluster, all keys of a case share one hash tag and so one slot: the case's clients connect
 * straight to the master that owns it. The server computes the slot (CLUSTER KEYSLOT) and names its
 * owner (CLUSTER SLOTS), so Redspec needs no hashing of its own.
 */
final class ClusterRouting {
    private ClusterRouting() {}

    /** The master serving {@code key}'s slot, reached with the seed's credentials and TLS settings. */
    static Endpoint nodeFor(Endpoint seed, String key, Duration timeout) throws IOException {
        try (RespConnection c = RespConnection.open(seed, 2, timeout)) {
            RespValue slotReply = c.call("CLUSTER", "KEYSLOT", key);
            if (!(slotReply instanceof RespValue.RespInteger slot)) {
                throw new IOException("CLUSTER KEYSLOT gave " + slotReply);
            }
            for (RespValue range : slots(c)) {
                List<RespValue> r = ((RespValue.RespArray) range).elements();
                long from = ((RespValue.RespInteger) r.get(0)).value();
                long to = ((RespValue.RespInteger) r.get(1)).value();
                if (slot.value() >= from && slot.value() <= to) {
                    return endpointOf(seed, (RespValue.RespArray) r.get(2));
                }
            }
            throw new IOException("no cluster node serves slot " + slot.value() + " (is the cluster complete?)");
        }
    }

    /** Every master of the cluster, for the end-of-run sweep. */
    static Set<Endpoint> masters(Endpoint seed, Duration timeout) throws IOException {
        Set<Endpoint> out = new LinkedHashSet<>();
        try (RespConnection c = RespConnection.open(seed, 2, timeout)) {
            for (RespValue range : slots(c)) {
                out.add(endpointOf(seed, (RespValue.RespArray) ((RespValue.RespArray) range).elements().get(2)));
            }
        }
        return out;
    }

    private static List<RespValue> slots(RespConnection c) throws IOException {
        RespValue reply = c.call("CLUSTER", "SLOTS");
        if (!(reply instanceof RespValue.RespArray a)) {
            throw new IOException("CLUSTER SLOTS gave " + reply);
        }
        return new ArrayList<>(a.elements());
    }

    private static Endpoint endpointOf(Endpoint seed, RespValue.RespArray node) {
        String host = new String(((RespValue.BulkString) node.elements().get(0)).bytes(), StandardCharsets.UTF_8);
        int port = (int) ((RespValue.RespInteger) node.elements().get(1)).value();
        if (host.isEmpty() || host.equals("?")) {
            host = seed.host(); // the node does not know its own address: it is where we reached the seed
        }
        return new Endpoint(host, port, seed.tls(), seed.user(), seed.password(), 0, seed.tlsInsecure());
    }
}
