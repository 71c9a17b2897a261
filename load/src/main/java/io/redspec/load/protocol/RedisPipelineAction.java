package io.redspec.load.protocol;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.RedisCommand;
import io.redspec.load.record.RequestKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writes several commands in one flush and waits for all replies. Each command is recorded on
 * its own, as "{prefix} {COMMAND}", so pipelined and single requests compare one to one.
 */
final class RedisPipelineAction extends RedisAction {

    private final Function<io.gatling.javaapi.core.Session, List<List<String>>> commandLines;

    RedisPipelineAction(String name, RedisComponents components, Action next,
                        Function<io.gatling.javaapi.core.Session, List<List<String>>> commandLines) {
        super(name, components, next);
        this.commandLines = commandLines;
    }

    @Override
    public void execute(Session session) {
        List<List<String>> lines;
        try {
            lines = commandLines.apply(new io.gatling.javaapi.core.Session(session));
            if (lines == null || lines.isEmpty() || lines.stream().anyMatch(l -> l == null || l.isEmpty())) {
                throw new IllegalArgumentException("a pipeline needs at least one non-empty command line");
            }
        } catch (RuntimeException e) {
            crash(session, name, e);
            return;
        }
        withConnection(session, (s, connection) -> send(s, connection, lines));
    }

    private void send(Session session, StatefulRedisConnection<String, String> connection, List<List<String>> lines) {
        int n = lines.size();
        List<RedisCommand<String, String, ?>> batch = new ArrayList<>(n);
        List<AsyncCommand<String, String, Object>> commands = new ArrayList<>(n);
        for (List<String> argv : lines) {
            AsyncCommand<String, String, Object> c = new AsyncCommand<>(
                    new Command<>(CommandKeyword.of(argv.get(0)), new AnyReplyOutput(), CommandArgv.of(argv)));
            commands.add(c);
            batch.add(c);
        }
        long[] endNanos = new long[n];
        String[] failures = new String[n];
        AtomicInteger pending = new AtomicInteger(n);
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        connection.dispatch(batch);
        for (int i = 0; i < n; i++) {
            int index = i;
            commands.get(i).whenComplete((reply, error) -> {
                endNanos[index] = System.nanoTime();
                failures[index] = error == null ? null : message(error);
                if (pending.decrementAndGet() == 0) {
                    session.eventLoop().execute(() -> complete(session, lines, startMillis, startNanos, endNanos, failures));
                }
            });
        }
    }

    private void complete(Session session, List<List<String>> lines, long startMillis, long startNanos,
                          long[] endNanos, String[] failures) {
        boolean allOk = true;
        for (int i = 0; i < lines.size(); i++) {
            String requestName = name + " " + lines.get(i).get(0).toUpperCase(Locale.ROOT);
            finish(session, requestName, RequestKind.COMMAND, startMillis, startNanos, endNanos[i], failures[i]);
            allOk &= failures[i] == null;
        }
        next.$bang(allOk ? session : session.markAsFailed());
    }
}
