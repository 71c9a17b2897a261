package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The end-of-run check: SCAN every database (every master's, on a cluster: only database 0 there)
 * for keys of the run's namespace, delete what it finds and return it. Only keys matching
 * {@code redspec:{<run>.*} are ever read or deleted.
 */
final class LeftoverSweep {
    private LeftoverSweep() {}

    static Leftovers sweep(RunSettings settings) throws IOException {
        Leftovers left = new Leftovers();
        if (settings.cluster()) {
            for (Endpoint node : ClusterRouting.masters(settings.endpoint(), settings.timeout())) {
                sweep(node, Set.of(node.db()), settings.runId(), settings.timeout(), left);
            }
        } else {
            sweep(settings.endpoint(), settings.keys().toSweep(settings.endpoint().db()), settings.runId(),
                    settings.timeout(), left);
        }
        return left;
    }

    private static void sweep(Endpoint endpoint, Set<Integer> dbs, String runId, Duration timeout, Leftovers left)
            throws IOException {
        try (RespConnection c = RespConnection.open(endpoint, 2, timeout)) {
            int current = endpoint.db(); // the handshake selected it
            for (int db : dbs) {
                if (db != current) {
                    current = db;
                    RespValue selected = c.call("SELECT", String.valueOf(db));
                    if (selected instanceof RespValue.RespError e) {
                        throw new IOException("SELECT " + db + " for the leftover check: " + e.message());
                    }
                }
                for (String key : scan(c, runId)) {
                    left.add(db, key);
                    c.call(List.of("DEL".getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
    }

    /** The run's keys in the selected database, each once (SCAN may return a key twice). */
    private static Set<String> scan(RespConnection c, String runId) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        String cursor = "0";
        do {
            RespValue r = c.call("SCAN", cursor, "MATCH", CaseBindings.PREFIX + "{" + runId + ".*", "COUNT", "1000");
            if (!(r instanceof RespValue.RespArray a) || a.elements().size() != 2) {
                throw new IOException("unexpected SCAN reply: " + r);
            }
            cursor = ((RespValue.BulkString) a.elements().get(0)).text();
            for (RespValue k : ((RespValue.RespArray) a.elements().get(1)).elements()) {
                found.add(((RespValue.BulkString) k).text());
            }
        } while (!cursor.equals("0"));
        return found;
    }
}
