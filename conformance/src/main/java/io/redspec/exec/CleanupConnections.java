package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * RESP2 connections that only ever send the DEL of a finished case's keys, kept per run and node and
 * handed from case to case: a case run no longer opens (connect, handshake, close) a connection just
 * to clean up. Their state never changes, so reusing them needs no RESET. Closed when the run ends.
 */
final class CleanupConnections {
    private record Pool(String runId, Endpoint endpoint) {}

    private static final Map<Pool, Queue<RespConnection>> IDLE = new ConcurrentHashMap<>();

    private CleanupConnections() {}

    /** Sends the command on an idle connection of the run (or a new one); a broken idle one is replaced once. */
    static RespValue call(RunSettings settings, List<byte[]> command) throws IOException {
        Queue<RespConnection> idle = IDLE.computeIfAbsent(new Pool(settings.runId(), settings.endpoint()),
                p -> new ConcurrentLinkedQueue<>());
        RespConnection c = idle.poll();
        if (c != null) {
            try {
                RespValue r = c.call(command);
                idle.add(c);
                return r;
            } catch (IOException e) {
                close(c); // e.g. the server closed an idle connection: try once on a fresh one
            }
        }
        c = RespConnection.open(settings.endpoint(), 2, settings.timeout());
        try {
            RespValue r = c.call(command);
            idle.add(c);
            return r;
        } catch (IOException e) {
            close(c);
            throw e;
        }
    }

    /** Closes the run's connections; cases of the run no longer clean up after this. */
    static void closeRun(String runId) {
        IDLE.entrySet().removeIf(e -> {
            if (!e.getKey().runId().equals(runId)) {
                return false;
            }
            RespConnection c;
            while ((c = e.getValue().poll()) != null) {
                close(c);
            }
            return true;
        });
    }

    private static void close(RespConnection c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // a broken connection may fail to close; nothing else to do with it
        }
    }
}
