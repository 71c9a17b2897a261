package io.redspec.load.protocol;

import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * DSL for one command: {@code Redis.command("get user", s -> List.of("GET", s.getString("key"))).check(notNull()).saveAs("user")}.
 * Immutable: every method returns a new builder.
 */
public final class RedisCommandBuilder implements ActionBuilder {

    private final String name;
    private final Function<Session, List<String>> commandLine;
    private final List<ReplyCheck> checks;
    private final BiFunction<Session, Object, Session> onReply;

    RedisCommandBuilder(String name, Function<Session, List<String>> commandLine, List<ReplyCheck> checks,
                        BiFunction<Session, Object, Session> onReply) {
        this.name = Redis.requireName(name);
        this.commandLine = Objects.requireNonNull(commandLine, "commandLine");
        this.checks = List.copyOf(checks);
        this.onReply = onReply;
    }

    /** Adds checks; the first that fails makes the request KO and marks the session failed. */
    public RedisCommandBuilder check(ReplyCheck... more) {
        List<ReplyCheck> all = new ArrayList<>(checks);
        for (ReplyCheck c : more) {
            all.add(Objects.requireNonNull(c, "check"));
        }
        return new RedisCommandBuilder(name, commandLine, all, onReply);
    }

    /** Saves the reply (String, Long, Double, Boolean, List or null) into the session. */
    public RedisCommandBuilder saveAs(String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        return onReply((session, reply) -> session.set(attribute, reply));
    }

    /** Derives the next session from a successful reply; runs after the checks, must not block. */
    public RedisCommandBuilder onReply(BiFunction<Session, Object, Session> handler) {
        Objects.requireNonNull(handler, "handler");
        BiFunction<Session, Object, Session> previous = onReply;
        BiFunction<Session, Object, Session> combined = previous == null ? handler
                : (session, reply) -> handler.apply(previous.apply(session, reply), reply);
        return new RedisCommandBuilder(name, commandLine, checks, combined);
    }

    public String name() {
        return name;
    }

    /** The command line this builder would send for a session; for tests of simulations. */
    public List<String> commandLine(Session session) {
        return commandLine.apply(session);
    }

    public List<ReplyCheck> checks() {
        return checks;
    }

    @Override
    public io.gatling.core.action.builder.ActionBuilder asScala() {
        return new ScalaActionBuilder((components, next) ->
                new RedisCommandAction(name, components, next, commandLine, checks, onReply));
    }
}
