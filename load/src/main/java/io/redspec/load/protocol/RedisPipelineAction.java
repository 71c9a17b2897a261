package io.redspec.load.protocol;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.RedisCommand;
import io.netty.util.concurrent.ScheduledFuture;
import io.redspec.load.record.RequestKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes several commands in one flush and waits for all replies. Each command is recorded on
 * its own, as "{prefix} {COMMAND}", so pipelined and single requests compare one to one.
 */
final class RedisPipelineAction extends RedisAction {

    private final Function<io.gatling.javaapi.core.Session, List<List<String>>> commandLines;
    /** "{prefix} {COMMAND}" per command name as written, built once. */
    private final java.util.Map<String, String> requestNames = new java.util.concurrent.ConcurrentHashMap<>();

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
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        connection.dispatch(batch);
        ScheduledFuture<?> timeout = Timeouts.arm(session, components, commands);
        // One connection answers in order: when the last reply is in, all are. Like redis-benchmark,
        // every command of the batch gets the batch's latency.
        commands.get(n - 1).whenComplete((reply, error) -> {
            long endNanos = System.nanoTime();
            if (session.eventLoop().inEventLoop()) {
                complete(session, timeout, lines, commands, startMillis, startNanos, endNanos);
            } else {
                session.eventLoop().execute(() -> complete(session, timeout, lines, commands, startMillis, startNanos, endNanos));
            }
        });
    }

    private void complete(Session session, ScheduledFuture<?> timeout, List<List<String>> lines,
                          List<AsyncCommand<String, String, Object>> commands, long startMillis, long startNanos, long endNanos) {
        timeout.cancel(false);
        boolean allOk = true;
        for (int i = 0; i < lines.size(); i++) {
            String failure = failureOf(commands.get(i));
            String requestName = requestNames.computeIfAbsent(lines.get(i).get(0),
                    verb -> name + " " + verb.toUpperCase(Locale.ROOT));
            finish(session, requestName, RequestKind.COMMAND, startMillis, startNanos, endNanos, failure);
            allOk &= failure == null;
        }
        next.$bang(allOk ? session : session.markAsFailed());
    }

    private static String failureOf(AsyncCommand<String, String, Object> command) {
        if (!command.isDone()) {
            return "no reply"; // cannot happen after the last reply; kept so a bug shows as KO, not a hang
        }
        try {
            command.join();
            return null;
        } catch (RuntimeException e) {
            return message(e);
        }
    }
}
