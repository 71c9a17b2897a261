package io.redspec.load.protocol;

import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.redspec.load.record.RequestKind;

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

    private void send(Session session, CommandChannel connection, List<List<String>> lines) {
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        // Like redis-benchmark, every command of the batch gets the batch's latency.
        connection.send(session, lines, (replies, failures, endNanos) -> {
            boolean allOk = true;
            String scenario = session.scenario();
            scala.collection.immutable.List<String> groups = session.groups(); // computed on each call
            for (int i = 0; i < lines.size(); i++) {
                String requestName = requestNames.computeIfAbsent(lines.get(i).get(0),
                        verb -> name + " " + verb.toUpperCase(Locale.ROOT));
                finish(scenario, groups, requestName, RequestKind.COMMAND, startMillis, startNanos, endNanos, failures[i]);
                allOk &= failures[i] == null;
            }
            next.$bang(allOk ? session : session.markAsFailed());
        });
    }
}
