package io.redspec.load.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.MessageHandler.Delivery;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.Redis.Outcome;
import io.redspec.load.protocol.ReplyCheck;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The tutorial's expiry listener: users SETEX many keys with a short TTL while one subscriber
 * listens on {@code __keyevent@<db>__:expired} (notify-keyspace-events is switched on for the
 * run and restored after). Every key set must produce exactly one event; the notification delay
 * is event receipt minus the key's due time; an event before it (less earlyTolerance) is early.
 * Knobs: ttl (1s), setEvery (10ms per user), grace (3s after the last key is due), earlyTolerance (5ms).
 */
public class ExpiryEventsSimulation extends RedspecSimulation {

    private final Map<String, Long> dueMillis = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private final LongAdder events = new LongAdder();
    private final LongAdder duplicateEvents = new LongAdder();
    private final LongAdder earlyEvents = new LongAdder();
    private final AtomicLong keys = new AtomicLong();
    private final LongAdder settersDone = new LongAdder();
    private final java.util.concurrent.atomic.AtomicBoolean listening = new java.util.concurrent.atomic.AtomicBoolean();
    private String previousNotify;

    public ExpiryEventsSimulation() {
        super("expiry-events");
        long ttlSeconds = Math.max(1, settings.durationParam("ttl", Duration.ofSeconds(1)).toSeconds());
        Duration setEvery = settings.durationParam("setEvery", Duration.ofMillis(10));
        Duration grace = settings.durationParam("grace", Duration.ofSeconds(3));
        int setters = Math.max(1, settings.users() - 1);
        String keyPrefix = prefix + "k:";
        String channel = "__keyevent@" + endpoint.db() + "__:expired";
        recorder.declareInvariant("expiry.missing_events", true);
        recorder.declareInvariant("expiry.duplicate_events", true);
        recorder.declareInvariant("expiry.early_events", true);
        // Redis and this JVM read the same wall clock; the tolerance covers millisecond rounding
        long earlyToleranceMillis = settings.durationParam("earlyTolerance", Duration.ofMillis(5)).toMillis();
        long capNanos = settings.duration().plusSeconds(ttlSeconds + 30).toNanos();

        ScenarioBuilder listener = scenario("expiry listener")
                .exec(s -> s.set("joined", System.nanoTime()))
                .exec(Redis.subscribe("expiry SUBSCRIBE", s -> List.of(channel), (subscriber, ch, key, receivedNanos) -> {
                    Long due = dueMillis.get(key);
                    if (due == null) {
                        return null; // not one of ours
                    }
                    events.increment();
                    if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
                        duplicateEvents.increment();
                        return new Delivery(receivedNanos, "second expired event for " + key);
                    }
                    long delayMillis = System.currentTimeMillis() - due;
                    if (delayMillis < -earlyToleranceMillis) {
                        // due was taken before the SETEX left, so the server's own expiry time is later still
                        earlyEvents.increment();
                        return new Delivery(receivedNanos, "expired " + -delayMillis + " ms before its TTL for " + key);
                    }
                    return new Delivery(receivedNanos - Math.max(0, delayMillis) * 1_000_000, null);
                }))
                .exec(s -> {
                    listening.set(true);
                    return s;
                })
                .asLongAs(s -> settersDone.sum() < setters && System.nanoTime() - s.getLong("joined") < capNanos)
                .on(pause(Duration.ofMillis(50)))
                // the last keys are due ttl after the last SETEX; expiry itself may lag behind
                .pause(Duration.ofSeconds(ttlSeconds).plus(grace))
                .exec(Redis.unsubscribe())
                .exec(Redis.check("expiry every key notified", s -> {
                    long missing = keys.get() - seen.size();
                    return Outcome.of(missing == 0, missing + " expired keys without an event");
                }));

        ScenarioBuilder setter = scenario("expiry setter")
                .exec(s -> s.set("arrived", System.nanoTime()))
                // keys set before the listener subscribed could expire unheard
                .asLongAs(s -> !listening.get() && System.nanoTime() - s.getLong("arrived") < capNanos)
                .on(pause(Duration.ofMillis(20)))
                .during(settings.duration()).on(
                        exec(Redis.command("expiry SETEX", s -> {
                            String key = keyPrefix + keys.incrementAndGet();
                            dueMillis.put(key, System.currentTimeMillis() + ttlSeconds * 1000);
                            return List.of("SETEX", key, String.valueOf(ttlSeconds), "v");
                        }).check(ReplyCheck.isOk()))
                                .pause(setEvery))
                .exec(s -> {
                    settersDone.increment();
                    return s;
                });

        setUp(listener.injectOpen(atOnceUsers(1)), setter.injectOpen(atOnceUsers(setters)))
                .protocols(protocol())
                .maxDuration(maxDuration().plusSeconds(ttlSeconds).plus(grace))
                .assertions(
                        details("expiry SETEX").failedRequests().percent().lt(1.0),
                        details("expiry SUBSCRIBE delivery").failedRequests().count().is(0L),
                        details("expiry every key notified").failedRequests().count().is(0L));
    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        for (String d : List.of("ttl", "setEvery", "grace", "earlyTolerance")) {
            settings.durationParam(d, Duration.ofSeconds(1));
        }
    }

    @Override
    public void before() {
        try (AdminClient admin = admin()) {
            previousNotify = admin.configGet("notify-keyspace-events");
            String flags = previousNotify.contains("E") ? previousNotify : previousNotify + "E";
            if (!flags.contains("x") && !flags.contains("A")) {
                flags += "x";
            }
            admin.sync().configSet("notify-keyspace-events", flags);
        }
    }

    @Override
    protected void afterLoad(AdminClient admin) {
        if (previousNotify != null) {
            admin.sync().configSet("notify-keyspace-events", previousNotify);
        }
    }

    @Override
    protected void recordOutcome() {
        recorder.countInvariant("expiry.missing_events", keys.get() - seen.size());
        recorder.countInvariant("expiry.duplicate_events", duplicateEvents.sum());
        recorder.countInvariant("expiry.early_events", earlyEvents.sum());
        recorder.putFigure("expiry.keys_set", keys.get());
        recorder.putFigure("expiry.events_received", events.sum());
    }
}
