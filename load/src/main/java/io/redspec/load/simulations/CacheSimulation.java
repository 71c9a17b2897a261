package io.redspec.load.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.Redis.Outcome;
import io.redspec.load.protocol.ReplyCheck;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The tutorial's cache-aside: GET; on a miss, load from a slow source (a pause) and SETEX with a
 * TTL. A hot key takes a large share of reads, so its expiry shows the stampede (concurrent
 * loads of one key). Invariants: a reader never sees a value never written for that key, nor
 * one older than a write acknowledged before the read started (per-key version order), nor a
 * value read after its TTL plus a tolerance.
 * Knobs: keys (100), hotShare (0.5), ttl (1s, whole seconds as SETEX takes), loadDelay (20ms),
 * ttlTolerance (50ms).
 */
public class CacheSimulation extends RedspecSimulation {

    static final String UNWRITTEN = "cache.unwritten_values";
    static final String STALE = "cache.stale_reads";
    static final String AFTER_TTL = "cache.reads_after_ttl";

    private final CacheLedger ledger;

    public CacheSimulation() {
        super("cache");
        int keys = settings.intParam("keys", 100);
        double hotShare = settings.doubleParam("hotShare", 0.5);
        long ttlSeconds = Math.max(1, settings.durationParam("ttl", Duration.ofSeconds(1)).toSeconds());
        Duration loadDelay = settings.durationParam("loadDelay", Duration.ofMillis(20));
        // Redis expires at its own clock's millisecond; the tolerance covers clock reads and scheduling
        Duration tolerance = settings.durationParam("ttlTolerance", Duration.ofMillis(50));
        ledger = new CacheLedger(Duration.ofSeconds(ttlSeconds).toNanos(), tolerance.toNanos());
        validate(settings);
        recorder.declareInvariant(UNWRITTEN, true);
        recorder.declareInvariant(STALE, true);
        recorder.declareInvariant(AFTER_TTL, true);
        String keyPrefix = prefix + "item:";

        ScenarioBuilder readers = scenario("cache").during(settings.duration()).on(
                exec(s -> {
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    int index = r.nextDouble() < hotShare ? 0 : r.nextInt(keys);
                    String key = keyPrefix + index;
                    return s.set("key", key).set("newestAckedSend", ledger.newestAckedSend(key)).set("readStart", System.nanoTime());
                })
                .exec(Redis.command("cache GET", s -> List.of("GET", s.getString("key")))
                        .onReply((s, reply) -> {
                            (reply == null ? ledger.misses : ledger.hits).increment();
                            return s.set("hit", reply != null).set("value", reply == null ? "" : reply);
                        }))
                .doIfOrElse(s -> s.getBoolean("hit")).then(
                        exec(Redis.check("cache read was written", s -> {
                            CacheLedger.Verdict verdict = ledger.judge(s.getString("key"), s.getString("value"),
                                    s.getLong("readStart"), s.getLong("newestAckedSend"));
                            String counter = switch (verdict) {
                                case UNWRITTEN -> UNWRITTEN;
                                case STALE -> STALE;
                                case AFTER_TTL -> AFTER_TTL;
                                case FRESH -> null;
                            };
                            if (counter != null) {
                                recorder.countInvariant(counter, 1);
                            }
                            return Outcome.of(counter == null, verdict + " read of " + s.getString("key") + ": " + s.getString("value"));
                        }))
                ).orElse(
                        exec(s -> {
                            ledger.beginLoad(s.getString("key"));
                            return s.set("missStart", System.nanoTime());
                        })
                        .pause(loadDelay)
                        .exec(s -> s.set("newValue", ledger.newValue(s.getString("key"))))
                        .exec(Redis.command("cache SETEX", s -> List.of("SETEX", s.getString("key"),
                                String.valueOf(ttlSeconds), s.getString("newValue"))).check(ReplyCheck.isOk())
                                .onReply((s, reply) -> {
                                    ledger.acknowledged(s.getString("newValue"));
                                    return s;
                                }))
                        .exec(s -> {
                            ledger.endLoad(s.getString("key"));
                            return s;
                        })
                        .exec(Redis.span("cache miss path", s -> Outcome.span(s.getLong("missStart"))))
                ));

        setUp(readers.injectOpen(atOnceUsers(settings.users())))
                .protocols(protocol())
                .maxDuration(maxDuration())
                .assertions(
                        details("cache GET").failedRequests().percent().lt(1.0),
                        details("cache read was written").failedRequests().count().is(0L));

    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        settings.durationParam("ttl", Duration.ofSeconds(1));
        settings.durationParam("loadDelay", Duration.ofMillis(20));
        settings.durationParam("ttlTolerance", Duration.ofMillis(50));
        if (settings.intParam("keys", 100) < 1 || !Knobs.isShare(settings.doubleParam("hotShare", 0.5))) {
            throw new IllegalArgumentException("cache needs keys >= 1 and 0 <= hotShare <= 1");
        }
    }

    @Override
    protected void recordOutcome() {
        long hits = ledger.hits.sum();
        long misses = ledger.misses.sum();
        recorder.putFigure("cache.hit_ratio", hits + misses == 0 ? 0 : (double) hits / (hits + misses));
        recorder.putFigure("cache.hits", hits);
        recorder.putFigure("cache.misses", misses);
        recorder.putFigure("cache.refills", ledger.refills.sum());
        recorder.putFigure("cache.stampede_loads", ledger.stampedeLoads.sum());
        recorder.putFigure("cache.max_concurrent_loads_of_one_key", ledger.maxConcurrentLoads.get());
    }
}
