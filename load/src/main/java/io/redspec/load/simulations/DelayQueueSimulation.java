package io.redspec.load.simulations;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.Redis.Outcome;
import io.redspec.load.protocol.ReplyCheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The tutorial's sorted-set delay queue. Producers ZADD tasks scored by due time; consumers poll
 * ZRANGEBYSCORE key 0 now LIMIT 0 1 and claim with ZREM (variant "zrem-claim", the tutorial's),
 * or pop atomically with a script (variant "atomic"). Both variants run at once on their own keys.
 * Invariants: every task delivered exactly once (lost, duplicates), never before it is due (early:
 * its score above the poll's "now", exact) nor later than lateBound after (late).
 * Knobs: maxDelay (200ms), produceEvery (10ms per producer), pollEvery (5ms on an empty poll),
 * drain (5s: how long consumers go on after producers stop, while tasks are pending), lateBound (1s).
 */
public class DelayQueueSimulation extends RedspecSimulation {

    static final String POP_SCRIPT = "local m = redis.call('ZRANGEBYSCORE', KEYS[1], 0, ARGV[1], 'LIMIT', 0, 1) "
            + "if #m > 0 and redis.call('ZREM', KEYS[1], m[1]) == 1 then return m[1] end return false";

    private final List<String> variants = List.of("zrem-claim", "atomic");
    private final List<QueueLedger> ledgers = new ArrayList<>();

    public DelayQueueSimulation() {
        super("delay-queue");
        int maxDelay = (int) settings.durationParam("maxDelay", Duration.ofMillis(200)).toMillis();
        Duration produceEvery = settings.durationParam("produceEvery", Duration.ofMillis(10));
        Duration pollEvery = settings.durationParam("pollEvery", Duration.ofMillis(5));
        Duration drain = settings.durationParam("drain", Duration.ofSeconds(5));
        long lateBoundMillis = settings.durationParam("lateBound", Duration.ofSeconds(1)).toMillis();
        int perVariant = Math.max(2, settings.users() / variants.size());
        int producers = Math.max(1, perVariant / 5);
        int consumers = perVariant - producers;

        List<PopulationBuilder> populations = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>();
        for (String variant : variants) {
            QueueLedger ledger = new QueueLedger();
            ledgers.add(ledger);
            String key = prefix + variant + ":queue";
            recorder.declareInvariant("queue." + variant + ".lost", true);
            recorder.declareInvariant("queue." + variant + ".duplicates", true);
            recorder.declareInvariant("queue." + variant + ".early", true);
            recorder.declareInvariant("queue." + variant + ".late", true);

            ScenarioBuilder produce = scenario("queue " + variant + " producer").asLongAs(s -> loadRunning()).on(
                    exec(s -> {
                        long due = System.currentTimeMillis() + ThreadLocalRandom.current().nextInt(maxDelay + 1);
                        return s.set("due", due).set("task", ledger.newTask(due));
                    })
                            .exec(Redis.command("queue " + variant + " ZADD",
                                    s -> List.of("ZADD", key, String.valueOf(s.getLong("due")), s.getString("task")))
                                    .check(ReplyCheck.isEqualTo(1L)))
                            .pause(produceEvery));

            ScenarioBuilder consume = scenario("queue " + variant + " consumer")
                    .asLongAs(s -> loadRunning() || (ledger.pending() > 0 && System.nanoTime() < loadEndNanos() + drain.toNanos()))
                    .on(exec(s -> s.set("task", "").set("pollNow", System.currentTimeMillis()))
                            .exec(claim(variant, key, ledger))
                            .doIfOrElse(s -> s.getString("task").isEmpty()).then(pause(pollEvery)).orElse(
                                    exec(Redis.check("queue " + variant + " exactly once", s -> {
                                        boolean first = ledger.deliver(s.getString("task"));
                                        return Outcome.of(first, "task delivered twice: " + s.getString("task"));
                                    }))
                                            .exec(Redis.check("queue " + variant + " on time", s -> {
                                                long due = ledger.due(s.getString("task"));
                                                long earlyMillis = due - s.getLong("pollNow");
                                                long lateMillis = System.currentTimeMillis() - due;
                                                if (earlyMillis > 0) {
                                                    recorder.countInvariant("queue." + variant + ".early", 1);
                                                    return Outcome.failed("handed out " + earlyMillis + " ms before it was due");
                                                }
                                                if (lateMillis > lateBoundMillis) {
                                                    recorder.countInvariant("queue." + variant + ".late", 1);
                                                    return Outcome.failed("delivered " + lateMillis + " ms after it was due");
                                                }
                                                return Outcome.ok();
                                            }))
                                            // a span cannot be negative: early hand-outs are counted above, not here
                                            .exec(Redis.span("queue " + variant + " lateness", s -> {
                                                long lateMillis = Math.max(0, System.currentTimeMillis() - ledger.due(s.getString("task")));
                                                return Outcome.span(System.nanoTime() - lateMillis * 1_000_000);
                                            }))));

            ScenarioBuilder audit = scenario("queue " + variant + " audit")
                    .exec(Redis.check("queue " + variant + " nothing lost", s -> {
                        long lost = ledger.lost();
                        return Outcome.of(lost == 0, lost + " tasks never delivered");
                    }));

            populations.add(produce.injectOpen(atOnceUsers(producers)));
            populations.add(consume.injectOpen(atOnceUsers(consumers)).andThen(audit.injectOpen(atOnceUsers(1))));
            assertions.add(details("queue " + variant + " exactly once").failedRequests().count().is(0L));
            assertions.add(details("queue " + variant + " on time").failedRequests().count().is(0L));
            assertions.add(details("queue " + variant + " nothing lost").failedRequests().count().is(0L));
            assertions.add(details("queue " + variant + " ZADD").failedRequests().percent().lt(1.0));
        }
        setUp(populations).protocols(protocol()).maxDuration(maxDuration().plus(drain)).assertions(assertions);
    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        for (String d : List.of("maxDelay", "produceEvery", "pollEvery", "drain", "lateBound")) {
            settings.durationParam(d, Duration.ofSeconds(1));
        }
    }

    /** Leaves the claimed task id in "task", or "" when nothing was due. */
    private ChainBuilder claim(String variant, String key, QueueLedger ledger) {
        if (variant.equals("atomic")) {
            return exec(Redis.command("queue atomic EVAL pop",
                    s -> List.of("EVAL", POP_SCRIPT, "1", key, String.valueOf(s.getLong("pollNow"))))
                    .onReply((s, reply) -> s.set("task", reply instanceof String id ? id : "")));
        }
        return exec(Redis.command("queue zrem-claim ZRANGEBYSCORE",
                s -> List.of("ZRANGEBYSCORE", key, "0", String.valueOf(s.getLong("pollNow")), "LIMIT", "0", "1"))
                .onReply((s, reply) -> s.set("candidate", reply instanceof List<?> l && !l.isEmpty() ? (String) l.get(0) : "")))
                .doIf(s -> !s.getString("candidate").isEmpty()).then(
                        exec(Redis.command("queue zrem-claim ZREM", s -> List.of("ZREM", key, s.getString("candidate")))
                                .onReply((s, reply) -> {
                                    if (Long.valueOf(1).equals(reply)) {
                                        return s.set("task", s.getString("candidate"));
                                    }
                                    ledger.lostRaces.increment();
                                    return s;
                                })));
    }

    @Override
    protected void recordOutcome() {
        for (int i = 0; i < variants.size(); i++) {
            String v = variants.get(i);
            QueueLedger ledger = ledgers.get(i);
            recorder.countInvariant("queue." + v + ".lost", ledger.lost());
            recorder.countInvariant("queue." + v + ".duplicates", ledger.duplicates.sum());
            recorder.putFigure("queue." + v + ".produced", ledger.produced.sum());
            recorder.putFigure("queue." + v + ".delivered", ledger.delivered.sum());
            recorder.putFigure("queue." + v + ".claim_races_lost", ledger.lostRaces.sum());
        }
    }
}
