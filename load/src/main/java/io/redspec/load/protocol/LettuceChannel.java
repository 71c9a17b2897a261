package io.redspec.load.protocol;

import io.gatling.core.session.Session;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.RedisCommand;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.ArrayList;
import java.util.List;

/** The Lettuce path: used for TLS and RESP3, which {@link RespConnection} does not speak. */
final class LettuceChannel implements CommandChannel {

    private final StatefulRedisConnection<String, String> connection;
    private final RedisComponents components;

    LettuceChannel(StatefulRedisConnection<String, String> connection, RedisComponents components) {
        this.connection = connection;
        this.components = components;
    }

    @Override
    public void send(Session session, List<List<String>> lines, boolean keepReplies, Done done) {
        int n = lines.size();
        List<RedisCommand<String, String, ?>> batch = new ArrayList<>(n);
        List<AsyncCommand<String, String, Object>> commands = new ArrayList<>(n);
        for (List<String> argv : lines) {
            AsyncCommand<String, String, Object> c = new AsyncCommand<>(
                    new Command<>(CommandKeyword.of(argv.get(0)), new AnyReplyOutput(), CommandArgv.of(argv)));
            commands.add(c);
            batch.add(c);
        }
        if (touchesTransaction(lines)) {
            // Lettuce's dispatch tracks MULTI itself: it holds the queued commands' replies until
            // EXEC and gives EXEC its own output, so a user awaiting QUEUED would wait for the
            // timeout. Refused at once with the reason instead (the lean RESP2 path has no such limit).
            String[] failures = new String[n];
            java.util.Arrays.fill(failures, TRANSACTIONS_UNSUPPORTED);
            done.accept(new Object[n], failures, System.nanoTime());
            return;
        }
        if (n == 1) {
            connection.dispatch(batch.get(0));
        } else {
            connection.dispatch(batch);
        }
        ScheduledFuture<?> timeout = Timeouts.arm(session, components, commands);
        // One connection answers in order: when the last reply is in, all are.
        commands.get(n - 1).whenComplete((reply, error) -> {
            long endNanos = System.nanoTime();
            if (session.eventLoop().inEventLoop()) {
                complete(timeout, commands, endNanos, done);
            } else {
                session.eventLoop().execute(() -> complete(timeout, commands, endNanos, done));
            }
        });
    }

    private static void complete(ScheduledFuture<?> timeout, List<AsyncCommand<String, String, Object>> commands,
                                 long endNanos, Done done) {
        timeout.cancel(false);
        int n = commands.size();
        Object[] replies = new Object[n];
        String[] failures = new String[n];
        for (int i = 0; i < n; i++) {
            AsyncCommand<String, String, Object> c = commands.get(i);
            if (!c.isDone()) {
                failures[i] = "no reply"; // cannot happen after the last reply; a bug shows as KO, not a hang
                continue;
            }
            try {
                replies[i] = c.join();
            } catch (RuntimeException e) {
                failures[i] = RedisAction.message(e);
            }
        }
        done.accept(replies, failures, endNanos);
    }

    static final String TRANSACTIONS_UNSUPPORTED =
            "MULTI/EXEC/DISCARD are not supported over RESP3 or TLS (the Lettuce path) yet; use RESP2 over plain TCP";

    private static boolean touchesTransaction(List<List<String>> lines) {
        for (List<String> argv : lines) {
            String verb = argv.get(0);
            if (verb.equalsIgnoreCase("MULTI") || verb.equalsIgnoreCase("EXEC") || verb.equalsIgnoreCase("DISCARD")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean broken() {
        return !connection.isOpen();
    }

    @Override
    public void close() {
        connection.closeAsync();
    }

    @Override
    public void closeAndWait() {
        connection.close(); // before the client shuts down, which would otherwise close it a second time
    }
}
