package io.redspec.load.simulations;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.redspec.load.protocol.LettuceClients;
import io.redspec.resp.Endpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plain blocking connection for a simulation's setup and clean-up (before and after the load,
 * never on a virtual user's path): configuration changes, key clean-up, audits.
 */
public final class AdminClient implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    public AdminClient(Endpoint e, Duration timeout) {
        client = RedisClient.create();
        try {
            connection = client.connect(LettuceClients.uri(e, timeout));
        } catch (RuntimeException ex) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw ex;
        }
    }

    public RedisCommands<String, String> sync() {
        return connection.sync();
    }

    public String configGet(String parameter) {
        Map<String, String> values = sync().configGet(parameter);
        return values.getOrDefault(parameter, "");
    }

    /** Deletes every key under a prefix, scanning in batches; returns how many were deleted. */
    public long deleteByPrefix(String prefix) {
        long deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        ScanArgs args = ScanArgs.Builder.matches(prefix + "*").limit(1000);
        do {
            KeyScanCursor<String> page = sync().scan(cursor, args);
            List<String> keys = page.getKeys();
            if (!keys.isEmpty()) {
                deleted += sync().del(keys.toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
