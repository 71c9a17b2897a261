package io.redspec.load.protocol;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.redspec.load.protocol.Redis.Outcome;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.redspec.load.protocol.Redis.element;
import static io.redspec.load.protocol.Redis.reply;

/** Exercises every action once against a real server; {@link ActionsTest} reads the outcome. */
public class ActionsSimulation extends Simulation {

    static final Set<Object> PER_USER_CLIENT_IDS = ConcurrentHashMap.newKeySet();
    static final AtomicInteger MESSAGES = new AtomicInteger();
    static final AtomicBoolean SUBSCRIBED = new AtomicBoolean();

    public ActionsSimulation() {
        PER_USER_CLIENT_IDS.clear();
        MESSAGES.set(0);
        SUBSCRIBED.set(false);
        String uri = System.getProperty("redspec.test.uri");
        String p = "redspec:test:actions:";

        ScenarioBuilder command = scenario("command")
                .exec(Redis.command("command SET", "SET", p + "k", "v").check(ReplyCheck.isOk()))
                .exec(Redis.command("command GET", s -> List.of("GET", p + "k")).check(ReplyCheck.isEqualTo("v")).saveAs("got"))
                .exec(Redis.check("command saved reply", s -> Outcome.of("v".equals(s.getString("got")), "saveAs lost the reply")))
                .exec(Redis.command("command failing check", "GET", p + "absent").check(ReplyCheck.notNull()))
                .exec(Redis.command("command server error", "INCR", p + "k"));

        ScenarioBuilder pipeline = scenario("pipeline")
                .exec(Redis.pipeline("pipe", s -> List.of(List.of("SET", p + "p", "1"), List.of("INCR", p + "p"), List.of("GET", p + "p"))))
                .exec(Redis.command("pipe after", "GET", p + "p").check(ReplyCheck.isEqualTo("2")));

        ScenarioBuilder subscriber = scenario("subscriber")
                .exec(Redis.subscribe("sub", s -> List.of(p + "ch"),
                        (user, channel, message, received) -> {
                            MESSAGES.incrementAndGet();
                            return new MessageHandler.Delivery(Long.parseLong(message), null);
                        }))
                .exec(s -> {
                    SUBSCRIBED.set(true);
                    return s;
                })
                .asLongAs(s -> MESSAGES.get() < 5).on(pause(Duration.ofMillis(20)))
                .exec(Redis.unsubscribe());

        ScenarioBuilder publisher = scenario("publisher")
                .asLongAs(s -> !SUBSCRIBED.get()).on(pause(Duration.ofMillis(20)))
                .exec(repeat(5).on(exec(Redis.command("pub", s -> List.of("PUBLISH", p + "ch", String.valueOf(System.nanoTime())))
                        .check(ReplyCheck.isEqualTo(1L)))));

        ScenarioBuilder record = scenario("record")
                .exec(s -> s.set("start", System.nanoTime()))
                .pause(Duration.ofMillis(50))
                .exec(Redis.span("record span", s -> Outcome.span(s.getLong("start"))))
                .exec(Redis.check("record check ok", s -> Outcome.ok()))
                .exec(Redis.check("record check ko", s -> Outcome.failed("violated")));

        ScenarioBuilder perUser = scenario("per-user")
                .exec(Redis.command("per-user CLIENT ID", "CLIENT", "ID").check(ReplyCheck.isInteger()).saveAs("id"))
                .exec(Redis.command("per-user CLIENT ID again", "CLIENT", "ID").check((reply, s) ->
                        reply.equals(s.get("id")) ? null : "a user's commands moved to another connection"))
                .exec(s -> {
                    PER_USER_CLIENT_IDS.add(s.get("id"));
                    return s;
                });

        ScenarioBuilder resp3 = scenario("resp3")
                .exec(Redis.command("resp3 HSET", "HSET", p + "h", "f", "1"))
                .exec(Redis.command("resp3 HGETALL", "HGETALL", p + "h").check(ReplyCheck.isEqualTo(List.of("f", "1"))))
                .exec(Redis.command("resp3 DEL", "DEL", p + "h")); // its own key only: the other scenarios run meanwhile

        // BLPOP on an empty list answers after 1 s; the protocol gives up after 300 ms
        ScenarioBuilder timeout = scenario("timeout")
                .exec(Redis.command("timeout BLPOP", "BLPOP", p + "empty", "1"))
                .exec(Redis.pipeline("timeout pipe", s -> List.of(List.of("PING"), List.of("BLPOP", p + "empty", "1"))));

        // Gatling's block exits, as around an HTTP request: a KO inside exitBlockOnFail skips the
        // rest of the block; inside tryMax(3) it retries the block, skipping its rest each time
        ScenarioBuilder exitBlock = scenario("exit-block")
                .exec(Redis.command("blocks SET", "SET", p + "s", "text").check(ReplyCheck.isOk()))
                .exitBlockOnFail().on(
                        exec(Redis.command("exitBlock failing", "INCR", p + "s"))
                                .exec(Redis.command("exitBlock skipped", "PING")))
                .exec(Redis.command("exitBlock after", "PING"));
        ScenarioBuilder tryMax = scenario("try-max")
                .pause(Duration.ofMillis(100)) // after exit-block's SET
                .tryMax(3).on(
                        exec(Redis.command("tryMax failing", "INCR", p + "s"))
                                .exec(Redis.command("tryMax skipped", "PING")))
                .exec(Redis.command("tryMax after", "PING"));

        // Gatling EL in arguments, checks in Gatling's style, pipelines that check their replies
        ScenarioBuilder dsl = scenario("dsl")
                .exec(s -> s.set("id", 7).set("value", "v7"))
                .exec(Redis.command("el SET", "SET", p + "el:#{id}", "#{value}").check(reply().is("OK")))
                .exec(Redis.command("el GET", "GET", p + "el:#{id}")
                        .check(reply().ofString().is("v7"), reply().ofString().transform(String::length).saveAs("len")))
                .exec(Redis.check("el saved length", s -> Outcome.of(s.getInt("len") == 2, "saveAs after transform lost the length")))
                .exitBlockOnFail().on(
                        exec(Redis.command("el missing attribute", "GET", "#{nope}"))
                                .exec(Redis.command("el skipped", "PING")))
                .exec(Redis.command("checks RPUSH", "RPUSH", p + "l", "a", "b").check(reply().ofLong().is(2L)))
                .exec(Redis.command("checks LRANGE", "LRANGE", p + "l", "0", "-1").check(
                        element(1).ofString().is("b"), element(5).notExists(),
                        reply().ofList().transform(List::size).is(2), element(0).saveAs("first")))
                .exec(Redis.check("checks saved element", s -> Outcome.of("a".equals(s.getString("first")), "element(0).saveAs lost it")))
                .exec(Redis.command("checks wrong type", "LRANGE", p + "l", "0", "-1").check(reply().ofLong().exists()))
                .exec(Redis.command("checks nil", "GET", p + "absent").check(reply().exists()))
                .exec(Redis.pipeline("pcheck", s -> List.of(List.of("SET", p + "pc", "1"), List.of("INCR", p + "pc")))
                        .check(1, reply().ofLong().is(2L).saveAs("pc")))
                .exec(Redis.check("pcheck saved", s -> Outcome.of(s.getLong("pc") == 2L, "pipeline saveAs lost the reply")))
                .exec(Redis.pipeline("pfail", s -> List.of(List.of("SET", p + "pc", "1"), List.of("GET", p + "pc")))
                        .check(1, reply().is("2")));

        // MULTI/INCR/EXEC by 20 users on 2 shared connections: each user gets its own connection
        ScenarioBuilder transactions = scenario("transactions")
                .repeat(10).on(
                        exec(Redis.command("tx MULTI", "MULTI").check(reply().is("OK")))
                                .exec(Redis.command("tx INCR", "INCR", p + "tx").check(reply().is("QUEUED")))
                                .exec(Redis.command("tx EXEC", "EXEC").check(element(0).ofLong().exists())));

        RedisProtocolBuilder redis = Redis.redis().uri(uri).connections(2).timeout(Duration.ofSeconds(5));
        setUp(command.injectOpen(atOnceUsers(1)),
                pipeline.injectOpen(atOnceUsers(1)),
                subscriber.injectOpen(atOnceUsers(1)),
                publisher.injectOpen(atOnceUsers(1)),
                record.injectOpen(atOnceUsers(1)),
                perUser.injectOpen(atOnceUsers(3)).protocols(redis.connectionPerUser()),
                resp3.injectOpen(atOnceUsers(1)).protocols(redis.resp3()),
                timeout.injectOpen(atOnceUsers(1)).protocols(redis.timeout(Duration.ofMillis(300))),
                exitBlock.injectOpen(atOnceUsers(1)),
                tryMax.injectOpen(atOnceUsers(1)),
                dsl.injectOpen(atOnceUsers(1)),
                transactions.injectOpen(atOnceUsers(20)))
                .protocols(redis)
                .maxDuration(Duration.ofSeconds(20));
    }

    // no after(): Gatling closes the protocol's connections when its actor system terminates
}
