package io.redspec.load.protocol;

import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import scala.runtime.BoxedUnit;
import io.gatling.core.session.Session;
import io.redspec.load.record.RequestKind;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Sends one command, checks its reply, optionally transforms the session, and moves on. */
final class RedisCommandAction extends RedisAction {

    private final Function<io.gatling.javaapi.core.Session, List<String>> commandLine;
    private final List<ReplyCheck> checks;
    private final BiFunction<io.gatling.javaapi.core.Session, Object, io.gatling.javaapi.core.Session> onReply;

    RedisCommandAction(String name, RedisComponents components, Action next,
                       Function<io.gatling.javaapi.core.Session, List<String>> commandLine, List<ReplyCheck> checks,
                       BiFunction<io.gatling.javaapi.core.Session, Object, io.gatling.javaapi.core.Session> onReply) {
        super(name, components, next);
        this.commandLine = commandLine;
        this.checks = checks;
        this.onReply = onReply;
    }

    @Override
    public Validation<BoxedUnit> sendRequest(Session session) {
        List<String> argv;
        try {
            argv = commandLine.apply(new io.gatling.javaapi.core.Session(session));
            if (argv == null || argv.isEmpty()) {
                throw new IllegalArgumentException("empty command line");
            }
        } catch (RuntimeException e) {
            return crashed(e);
        }
        withConnection(session, List.of(argv), (s, connection) -> send(s, connection, argv));
        return sent();
    }

    private void send(Session session, CommandChannel connection, List<String> argv) {
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        connection.send(session, List.of(argv), true, (replies, failures, endNanos) ->
                complete(session, startMillis, startNanos, endNanos, replies[0], failures[0]));
    }

    private void complete(Session session, long startMillis, long startNanos, long endNanos,
                          Object reply, String error) {
        io.gatling.javaapi.core.Session javaSession = new io.gatling.javaapi.core.Session(session);
        String failure;
        try {
            failure = error != null ? error : firstFailure(reply, javaSession);
            if (failure == null) {
                for (ReplyCheck check : checks) {
                    javaSession = check.afterSuccess(reply, javaSession);
                }
                if (onReply != null) {
                    javaSession = onReply.apply(javaSession, reply);
                }
            }
        } catch (RuntimeException e) {
            failure = "reply handler failed: " + message(e);
        }
        finish(session, name, RequestKind.COMMAND, startMillis, startNanos, endNanos, failure);
        next.$bang(failure == null ? javaSession.asScala() : session.markAsFailed());
    }

    private String firstFailure(Object reply, io.gatling.javaapi.core.Session session) {
        for (ReplyCheck check : checks) {
            String failure = check.verify(reply, session);
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }
}
