package io.redspec.load.protocol;

import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import scala.runtime.BoxedUnit;
import io.gatling.core.session.Session;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestKind;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes several commands in one flush and waits for all replies. Redspec's recorder (summary.json)
 * counts and times each command on its own, as "{name} {COMMAND}", so pipelined and single requests
 * compare one to one; Gatling's statistics get one request per round trip, named {name}, KO when
 * any command failed (the message names the first).
 */
final class RedisPipelineAction extends RedisAction {

    private final Function<io.gatling.javaapi.core.Session, List<List<String>>> commandLines;
    /** Checks by command index; empty: replies are not kept (the fast path). */
    private final java.util.Map<Integer, List<ReplyCheck>> checks;
    /** "{prefix} {COMMAND}" per command name as written, built once. */
    private final java.util.Map<String, String> requestNames = new java.util.concurrent.ConcurrentHashMap<>();

    RedisPipelineAction(String name, RedisComponents components, Action next,
                        Function<io.gatling.javaapi.core.Session, List<List<String>>> commandLines,
                        java.util.Map<Integer, List<ReplyCheck>> checks) {
        super(name, components, next);
        this.commandLines = commandLines;
        this.checks = checks;
    }

    @Override
    public Validation<BoxedUnit> sendRequest(Session session) {
        List<List<String>> lines;
        try {
            lines = commandLines.apply(new io.gatling.javaapi.core.Session(session));
            if (lines == null || lines.isEmpty() || lines.stream().anyMatch(l -> l == null || l.isEmpty())) {
                throw new IllegalArgumentException("a pipeline needs at least one non-empty command line");
            }
        } catch (RuntimeException e) {
            return crashed(e);
        }
        withConnection(session, lines, (s, connection) -> send(s, connection, lines));
        return sent();
    }

    private void send(Session session, CommandChannel connection, List<List<String>> lines) {
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        connection.send(session, lines, !checks.isEmpty(), (replies, failures, endNanos) -> {
            io.gatling.javaapi.core.Session javaSession = new io.gatling.javaapi.core.Session(session);
            checkReplies(lines, replies, failures, javaSession);
            String firstFailure = recordCommands(lines, failures, startNanos, endNanos);
            if (firstFailure == null) {
                javaSession = saveReplies(replies, javaSession);
            }
            // One Gatling request per round trip: Gatling's writer takes one message per request,
            // and at a million commands per second those messages cost more than the commands.
            logToGatling(session, name, startMillis, startNanos, endNanos, firstFailure);
            next.$bang(firstFailure == null ? javaSession.asScala() : session.markAsFailed());
        });
    }

    /** A failed check turns its command's slot into a failure (counted as that command's KO). */
    private void checkReplies(List<List<String>> lines, Object[] replies, String[] failures,
                              io.gatling.javaapi.core.Session session) {
        for (java.util.Map.Entry<Integer, List<ReplyCheck>> e : checks.entrySet()) {
            int i = e.getKey();
            if (i >= lines.size()) {
                failures[0] = failures[0] != null ? failures[0]
                        : "a check names command " + i + " of a pipeline of " + lines.size();
                continue;
            }
            if (failures[i] != null) {
                continue;
            }
            for (ReplyCheck check : e.getValue()) {
                String failure;
                try {
                    failure = check.verify(replies[i], session);
                } catch (RuntimeException ex) {
                    failure = "check failed: " + message(ex);
                }
                if (failure != null) {
                    failures[i] = failure;
                    break;
                }
            }
        }
    }

    private io.gatling.javaapi.core.Session saveReplies(Object[] replies, io.gatling.javaapi.core.Session session) {
        io.gatling.javaapi.core.Session s = session;
        for (java.util.Map.Entry<Integer, List<ReplyCheck>> e : checks.entrySet()) {
            for (ReplyCheck check : e.getValue()) {
                s = check.afterSuccess(replies[e.getKey()], s);
            }
        }
        return s;
    }

    /**
     * Records the batch's commands in Redspec's recorder, once per command name with its OK and KO
     * counts: like redis-benchmark, every command of the batch gets the batch's latency. Returns the
     * first failure as "{verb}: {message}", or null.
     */
    private String recordCommands(List<List<String>> lines, String[] failures, long startNanos, long endNanos) {
        int n = lines.size();
        String[] verbs = new String[n];
        int[] ok = new int[n];
        int[] ko = new int[n];
        int distinct = 0;
        String firstFailure = null;
        for (int i = 0; i < n; i++) {
            String verb = lines.get(i).get(0);
            int v = 0;
            while (v < distinct && !verbs[v].equals(verb)) {
                v++;
            }
            if (v == distinct) {
                verbs[distinct++] = verb;
            }
            if (failures[i] == null) {
                ok[v]++;
            } else {
                ko[v]++;
                if (firstFailure == null) {
                    firstFailure = verb + ": " + failures[i];
                }
            }
        }
        LoadRecorder recorder = LoadRecorder.current();
        for (int v = 0; v < distinct; v++) {
            String requestName = requestNames.computeIfAbsent(verbs[v],
                    verb -> name + " " + verb.toUpperCase(Locale.ROOT));
            recorder.record(requestName, RequestKind.COMMAND, startNanos, endNanos, ok[v], ko[v]);
        }
        return firstFailure;
    }
}
