package io.redspec.load.simulations;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.Redis.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Many users contend for a few locks under each of the tutorial's recipes at once. A holder
 * reads the lock's PTTL right after acquiring (the server must keep the TTL it was given), then
 * works inside a critical section that notices anyone else inside. Some holders die right after
 * acquiring (for SETNX+EXPIRE: between the two commands); some stall for longer than the TTL (a GC
 * pause): inside the critical section for the unsafe recipes, so the lock expires while they work,
 * and before releasing for the safe one, whose compare-and-delete must then spare the next holder.
 * The unsafe recipes must show violations (a sensitivity check: if none do, the harness is blind
 * and the run fails); the safe one (SET NX PX with a token, compare-and-delete release) none.
 * Knobs: locks (3), ttl (1s), hold (20ms), retry (5ms), dieRate (0.02), slowRate (0.05), ttlTolerance (10ms).
 */
public class LockSimulation extends RedspecSimulation {

    /** 1 when the unsafe recipes showed no violation at all: the harness could not see one. */
    static final String BLIND = "lock.unsafe_recipes_blind";

    static final String RELEASE_SCRIPT =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final int locks;
    private final Duration ttl;
    private final Duration hold;
    private final Duration retry;
    private final double dieRate;
    private final double slowRate;
    private final long ttlToleranceMillis;
    private final List<LockLedger> ledgers = new ArrayList<>();
    /** TTL audits that got a reply per recipe: fewer than {@code locks} means the count is unknown. */
    private final java.util.Map<LockRecipe, java.util.concurrent.atomic.LongAdder> audited = new java.util.EnumMap<>(LockRecipe.class);

    public LockSimulation() {
        super("lock");
        locks = settings.intParam("locks", 3);
        ttl = Duration.ofSeconds(Math.max(1, settings.durationParam("ttl", Duration.ofSeconds(1)).toSeconds()));
        hold = settings.durationParam("hold", Duration.ofMillis(20));
        retry = settings.durationParam("retry", Duration.ofMillis(5));
        dieRate = settings.doubleParam("dieRate", 0.02);
        slowRate = settings.doubleParam("slowRate", 0.05);
        ttlToleranceMillis = settings.durationParam("ttlTolerance", Duration.ofMillis(10)).toMillis();
        validate(settings);
        int usersPerRecipe = Math.max(1, settings.users() / LockRecipe.values().length);

        List<PopulationBuilder> populations = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>();
        for (LockRecipe recipe : LockRecipe.values()) {
            LockLedger ledger = new LockLedger();
            ledgers.add(ledger);
            audited.put(recipe, new java.util.concurrent.atomic.LongAdder());
            boolean mustHold = recipe == LockRecipe.SAFE;
            recorder.declareInvariant(recipe.invariant("violations"), mustHold);
            recorder.declareInvariant(recipe.invariant("wrongful_releases"), mustHold);
            recorder.declareInvariant(recipe.invariant("expired_while_held"), mustHold);
            if (recipe.serverTtl) {
                recorder.declareInvariant(recipe.invariant("locks_without_ttl"), mustHold);
                // a server property, not a recipe's flaw: every recipe must see the TTL it asked for
                recorder.declareInvariant(recipe.invariant("ttl_mismatches"), true);
            }
            String lockPrefix = prefix + recipe.label + ":lock:";
            populations.add(contenders(recipe, ledger, lockPrefix).injectOpen(atOnceUsers(usersPerRecipe))
                    .andThen(audit(recipe, lockPrefix).injectOpen(atOnceUsers(1))));
            String acquireCommand = recipe == LockRecipe.SET_NX_EX || recipe == LockRecipe.SAFE ? "SET" : "SETNX";
            assertions.add(details(name(recipe, acquireCommand)).failedRequests().percent().lt(1.0));
        }
        recorder.declareInvariant(BLIND, slowRate > 0 && usersPerRecipe >= 2);
        assertions.add(details(name(LockRecipe.SAFE, "exclusive")).failedRequests().count().is(0L));
        assertions.add(details(name(LockRecipe.SAFE, "release own")).failedRequests().count().is(0L));
        assertions.add(details(name(LockRecipe.SAFE, "audit TTL")).failedRequests().count().is(0L));
        setUp(populations).protocols(protocol()).maxDuration(maxDuration()).assertions(assertions);
    }

    private static String name(LockRecipe recipe, String what) {
        return "lock " + recipe.label + " " + what;
    }

    private ScenarioBuilder contenders(LockRecipe recipe, LockLedger ledger, String lockPrefix) {
        ChainBuilder iteration = exec(s -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return s.remove("deadline").remove("ttlMismatch").set("lock", lockPrefix + r.nextInt(locks)).set("token", UUID.randomUUID().toString())
                    .set("acquired", false).set("waitStart", System.nanoTime())
                    .set("die", r.nextDouble() < dieRate).set("slow", r.nextDouble() < slowRate);
        })
                .asLongAs(s -> !s.getBoolean("acquired") && loadRunning()).on(
                        exec(s -> s.set("acquireSent", System.nanoTime()))
                                .exec(acquire(recipe))
                                .doIf(s -> !s.getBoolean("acquired")).then(pause(retry)))
                .doIf(s -> s.getBoolean("acquired")).then(
                        exec(s -> {
                            ledger.acquired(s.getString("lock"), s.getString("token"));
                            if (s.getBoolean("die")) {
                                ledger.deaths.increment();
                            }
                            return s;
                        })
                                .exec(Redis.span(name(recipe, "wait"), s -> Outcome.span(s.getLong("waitStart"))))
                                // a holder that dies never enters, never releases: its lock must expire
                                .doIf(s -> !s.getBoolean("die")).then(
                                        exec(leaseCheck(recipe))
                                                .exec(Redis.check(name(recipe, "exclusive"), s -> {
                                                    boolean alone = ledger.enter(s.getString("lock"));
                                                    if (!alone) {
                                                        recorder.countInvariant(recipe.invariant("violations"), 1);
                                                    }
                                                    return Outcome.of(alone, "another holder was inside the critical section");
                                                }))
                                                .pause(hold)
                                                .doIf(s -> s.getBoolean("slow") && recipe != LockRecipe.SAFE).then(pause(ttl.plusMillis(200)))
                                                .exec(Redis.check(name(recipe, "lease outlived work"), s -> {
                                                    ledger.exit(s.getString("lock"));
                                                    boolean expired = leaseExpired(s);
                                                    if (expired) {
                                                        recorder.countInvariant(recipe.invariant("expired_while_held"), 1);
                                                    }
                                                    return Outcome.of(!expired || recipe != LockRecipe.SAFE, "the lock expired while its holder worked");
                                                }))
                                                .doIf(s -> s.getBoolean("slow") && recipe == LockRecipe.SAFE).then(pause(ttl.plusMillis(200)))
                                                .exec(release(recipe, ledger))));
        return scenario("lock " + recipe.label).asLongAs(s -> loadRunning()).on(iteration);
    }

    /**
     * PTTL right after acquiring: the TTL the server keeps must be the one asked for. Leaves in
     * "deadline" the latest moment the server can still hold the lock. SETNX+GETSET's lock has no
     * server TTL: its deadline is the expiry time written in its value.
     */
    private ChainBuilder leaseCheck(LockRecipe recipe) {
        if (!recipe.serverTtl) {
            return exec(s -> s.set("deadline", System.nanoTime()
                    + (Long.parseLong(s.getString("expiresAt")) - System.currentTimeMillis()) * 1_000_000));
        }
        return exec(Redis.command(name(recipe, "PTTL"), s -> List.of("PTTL", s.getString("lock")))
                        .onReply((s, reply) -> {
                            long now = System.nanoTime();
                            long pttl = reply instanceof Long l ? l : -3;
                            // -2 (no key): under a DEL-released recipe, a stale holder's DEL can remove the lock
                            // between our acquire and PTTL: the recipe's flaw, not the server's
                            String mismatch = pttl == -2 && recipe != LockRecipe.SAFE ? null
                                    : LockLease.ttlMismatch(pttl, ttl.toMillis(), s.getLong("acquireSent"), now, ttlToleranceMillis);
                            return s.set("deadline", LockLease.deadlineNanos(now, Math.max(0, pttl)))
                                    .set("ttlMismatch", mismatch == null ? "" : mismatch);
                        }))
                .exec(Redis.check(name(recipe, "TTL kept"), s -> {
                    String mismatch = s.getString("ttlMismatch");
                    if (mismatch == null || mismatch.isEmpty()) {
                        return Outcome.ok();
                    }
                    recorder.countInvariant(recipe.invariant("ttl_mismatches"), 1);
                    return Outcome.failed(mismatch);
                }));
    }

    /** Whether the critical section ended after the lock's deadline: someone else may have had it. */
    private static boolean leaseExpired(io.gatling.javaapi.core.Session s) {
        return s.contains("deadline") && System.nanoTime() > s.getLong("deadline");
    }

    private ChainBuilder acquire(LockRecipe recipe) {
        String ttlSeconds = String.valueOf(ttl.toSeconds());
        return switch (recipe) {
            case SETNX_EXPIRE -> exec(Redis.command(name(recipe, "SETNX"),
                            s -> List.of("SETNX", s.getString("lock"), s.getString("token")))
                            .onReply((s, reply) -> s.set("acquired", Long.valueOf(1).equals(reply))))
                    // the crash window: a holder that dies here leaves a lock without TTL
                    .doIf(s -> s.getBoolean("acquired") && !s.getBoolean("die")).then(
                            exec(Redis.command(name(recipe, "EXPIRE"), s -> List.of("EXPIRE", s.getString("lock"), ttlSeconds))));
            case SETNX_GETSET -> exec(s -> s.set("expiresAt", String.valueOf(System.currentTimeMillis() + ttl.toMillis() + 1)))
                    .exec(Redis.command(name(recipe, "SETNX"), s -> List.of("SETNX", s.getString("lock"), s.getString("expiresAt")))
                            .onReply((s, reply) -> s.set("acquired", Long.valueOf(1).equals(reply))))
                    .doIf(s -> !s.getBoolean("acquired")).then(
                            exec(Redis.command(name(recipe, "GET"), s -> List.of("GET", s.getString("lock")))
                                    .onReply((s, reply) -> s.set("expired", expired(reply))))
                                    .doIf(s -> s.getBoolean("expired")).then(
                                            exec(Redis.command(name(recipe, "GETSET"),
                                                    s -> List.of("GETSET", s.getString("lock"), s.getString("expiresAt")))
                                                    .onReply((s, reply) -> s.set("acquired", expired(reply))))));
            case SET_NX_EX -> exec(Redis.command(name(recipe, "SET"),
                    s -> List.of("SET", s.getString("lock"), s.getString("token"), "NX", "EX", ttlSeconds))
                    .onReply((s, reply) -> s.set("acquired", "OK".equals(reply))));
            case SAFE -> exec(Redis.command(name(recipe, "SET"),
                    s -> List.of("SET", s.getString("lock"), s.getString("token"), "NX", "PX", String.valueOf(ttl.toMillis())))
                    .onReply((s, reply) -> s.set("acquired", "OK".equals(reply))));
        };
    }

    /** Whether a SETNX_GETSET lock value (an expiry timestamp in ms) lies in the past. */
    private static boolean expired(Object stamp) {
        if (!(stamp instanceof String text)) {
            return false;
        }
        try {
            return Long.parseLong(text) < System.currentTimeMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Ownership is read from the ledger just before the release is sent: if someone else has
     * acquired since, our lock had expired, and whatever a DEL then deletes is theirs. Reading it
     * after the reply would race with the next holder's acquisition and blame an innocent release.
     */
    private ChainBuilder release(LockRecipe recipe, LockLedger ledger) {
        boolean safe = recipe == LockRecipe.SAFE;
        return exec(s -> s.set("ownedAtRelease", ledger.owns(s.getString("lock"), s.getString("token"))))
                .exec(Redis.command(name(recipe, safe ? "EVAL release" : "DEL"), s -> safe
                                ? List.of("EVAL", RELEASE_SCRIPT, "1", s.getString("lock"), s.getString("token"))
                                : List.of("DEL", s.getString("lock")))
                        .onReply((s, reply) -> s.set("deleted", Long.valueOf(1).equals(reply))))
                .exec(Redis.check(name(recipe, "release own"), s -> {
                    ledger.released(s.getString("lock"), s.getString("token"));
                    boolean wrongful = s.getBoolean("deleted") && !s.getBoolean("ownedAtRelease");
                    if (wrongful) {
                        recorder.countInvariant(recipe.invariant("wrongful_releases"), 1);
                    }
                    return Outcome.of(!wrongful, "deleted a lock held by someone else");
                }));
    }

    private ScenarioBuilder audit(LockRecipe recipe, String lockPrefix) {
        ScenarioBuilder audit = scenario("lock " + recipe.label + " audit");
        if (!recipe.serverTtl) {
            return audit.exec(s -> s);
        }
        return audit.exec(repeat(locks, "i").on(
                exec(Redis.command(name(recipe, "audit TTL"), s -> List.of("TTL", lockPrefix + s.getInt("i")))
                        .check((reply, s) -> {
                            audited.get(recipe).increment();
                            boolean noTtl = Long.valueOf(-1).equals(reply);
                            if (noTtl) {
                                recorder.countInvariant(recipe.invariant("locks_without_ttl"), 1);
                            }
                            return noTtl && recipe == LockRecipe.SAFE ? "lock left without TTL" : null;
                        }))));
    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        for (String d : List.of("ttl", "hold", "retry", "ttlTolerance")) {
            settings.durationParam(d, Duration.ofSeconds(1));
        }
        if (settings.intParam("locks", 3) < 1 || !Knobs.isShare(settings.doubleParam("dieRate", 0.02))
                || !Knobs.isShare(settings.doubleParam("slowRate", 0.05))) {
            throw new IllegalArgumentException("lock needs locks >= 1 and dieRate, slowRate between 0 and 1");
        }
    }

    @Override
    protected void recordOutcome() {
        double seconds = settings.duration().toMillis() / 1000.0;
        LockRecipe[] recipes = LockRecipe.values();
        long unsafeSeen = 0;
        for (int i = 0; i < recipes.length; i++) {
            LockLedger ledger = ledgers.get(i);
            recorder.putFigure("lock." + recipes[i].label + ".acquisitions_per_s", ledger.acquisitions.sum() / seconds);
            recorder.putFigure("lock." + recipes[i].label + ".holders_died", ledger.deaths.sum());
            if (recipes[i] != LockRecipe.SAFE) {
                unsafeSeen += recorder.invariant(recipes[i].invariant("violations"))
                        + recorder.invariant(recipes[i].invariant("wrongful_releases"));
            }
            if (recipes[i].serverTtl && audited.get(recipes[i]).sum() < locks) {
                recorder.markUnknown(recipes[i].invariant("locks_without_ttl"), "the TTL audit got no reply");
            }
        }
        // the sensitivity check: recipes known to be unsafe that show nothing mean the harness went blind
        recorder.putFigure("lock.unsafe_recipes_violations_seen", unsafeSeen);
        if (unsafeSeen == 0) {
            recorder.countInvariant(BLIND, 1);
        }
    }
}
