package io.redspec.load.protocol;

import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Session;
import io.redspec.load.record.RequestKind;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Entry point of the Redis DSL for Gatling's Java API.
 * <pre>{@code
 * RedisProtocolBuilder redis = Redis.redis().uri("redis://127.0.0.1:6379").connections(4);
 * scenario("s").exec(Redis.command("set", s -> List.of("SET", "k", "v")).check(ReplyCheck.isOk()));
 * }</pre>
 */
public final class Redis {

    private Redis() {
    }

    /** The result of a {@link #record} step: a span start (0 for none) and null or a failure. */
    public record Outcome(long startNanos, String failure) {
        public static Outcome ok() {
            return new Outcome(0, null);
        }

        public static Outcome failed(String failure) {
            return new Outcome(0, Objects.requireNonNull(failure, "failure"));
        }

        public static Outcome of(boolean held, String failureIfNot) {
            return held ? ok() : failed(failureIfNot);
        }

        public static Outcome span(long startNanos) {
            return new Outcome(startNanos, null);
        }
    }

    public static RedisProtocolBuilder redis() {
        return RedisProtocolBuilder.defaults();
    }

    /** A command whose arguments depend on the session. */
    public static RedisCommandBuilder command(String name, Function<Session, List<String>> commandLine) {
        return new RedisCommandBuilder(name, commandLine, List.of(), null);
    }

    /**
     * A command whose arguments are literal or Gatling EL resolved per session, e.g.
     * {@code command("ping", "PING")}, {@code command("set", "SET", "user:#{id}", "#{value}")}.
     * A missing attribute makes the request crash with Gatling's message (the session fails).
     */
    public static RedisCommandBuilder command(String name, String... argv) {
        return command(name, new ElCommandLine(List.of(argv)));
    }

    /** Several commands in one write; each is recorded as "{name} {COMMAND}"; {@code .check(index, …)} reads their replies. */
    public static RedisPipelineBuilder pipeline(String name, Function<Session, List<List<String>>> commandLines) {
        return new RedisPipelineBuilder(name, commandLines, java.util.Map.of());
    }

    /** The whole reply, for a check in Gatling's style: {@code reply().ofLong().is(1L)}. */
    public static ReplyFind<Object> reply() {
        return ReplyFind.reply();
    }

    /** Element {@code index} of an array reply (0 is the first): {@code element(0).ofString().saveAs("first")}. */
    public static ReplyFind<Object> element(int index) {
        return ReplyFind.element(index);
    }

    /** Opens a pub/sub connection for this user and subscribes; messages go to {@code handler}. */
    public static ActionBuilder subscribe(String name, Function<Session, List<String>> channels, MessageHandler handler) {
        requireName(name);
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(handler, "handler");
        return () -> new ScalaActionBuilder((components, next) ->
                new RedisSubscribeAction(name, components, next, channels, handler));
    }

    /** Closes this user's pub/sub connection. */
    public static ActionBuilder unsubscribe() {
        return () -> new ScalaActionBuilder((components, next) ->
                new RedisSubscribeAction.Unsubscribe("unsubscribe", components, next));
    }

    /** Records an invariant evaluation (OK when it held, KO when violated) as a Gatling request. */
    public static ActionBuilder check(String name, Function<Session, Outcome> outcome) {
        return record(name, RequestKind.CHECK, outcome);
    }

    /** Records a span measured by the scenario itself (lock wait, cache miss path…). */
    public static ActionBuilder span(String name, Function<Session, Outcome> outcome) {
        return record(name, RequestKind.SPAN, outcome);
    }

    private static ActionBuilder record(String name, RequestKind kind, Function<Session, Outcome> outcome) {
        requireName(name);
        Objects.requireNonNull(outcome, "outcome");
        return () -> new ScalaActionBuilder((components, next) ->
                new RecordAction(name, kind, components, next, outcome));
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a request needs a name");
        }
        return name;
    }
}
