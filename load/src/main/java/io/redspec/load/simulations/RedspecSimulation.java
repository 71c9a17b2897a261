package io.redspec.load.simulations;

import io.gatling.javaapi.core.Simulation;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.EarlyClose;
import io.redspec.load.protocol.RedisProtocolBuilder;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.server.LoadTarget;
import io.redspec.load.server.LoadTargets;
import io.redspec.resp.Endpoint;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What every Redspec simulation shares: settings from system properties, the target (started
 * here when embedded), a key prefix of its own, a fresh recorder, and clean-up afterwards.
 */
public abstract class RedspecSimulation extends Simulation {

    public static final int DEFAULT_USERS = 50;
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);

    protected final String scenarioName;
    protected final LoadSettings settings;
    protected final Endpoint endpoint;
    protected final String prefix;
    protected final LoadRecorder recorder;
    private final LoadTarget ownTarget;
    /** Closes the users' connections before the clean-up; Gatling would close them only after it. */
    private final EarlyClose connections = new EarlyClose();

    protected RedspecSimulation(String scenarioName) {
        this.scenarioName = scenarioName;
        this.settings = LoadSettings.fromSystemProperties(DEFAULT_USERS, DEFAULT_DURATION);
        this.recorder = LoadRecorder.reset();
        if (settings.uri() != null) {
            this.ownTarget = null;
            Endpoint parsed = Endpoint.parse(settings.uri());
            this.endpoint = Boolean.parseBoolean(settings.stringParam("tlsInsecure", "false")) ? parsed.withTlsInsecure(true) : parsed;
        } else {
            this.ownTarget = LoadTargets.open(settings.target(), settings.timeout(),
                    Boolean.parseBoolean(settings.stringParam("tlsInsecure", "false")));
            this.endpoint = ownTarget.endpoint();
        }
        this.prefix = "redspec:load:" + scenarioName + ":" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ":";
    }

    private final java.util.concurrent.atomic.AtomicLong loadEndNanos = new java.util.concurrent.atomic.AtomicLong();

    /** When the planned load ends, fixed by the first user that asks (System.nanoTime() scale). */
    protected long loadEndNanos() {
        long end = loadEndNanos.get();
        if (end == 0) {
            loadEndNanos.compareAndSet(0, System.nanoTime() + settings.duration().toNanos());
            end = loadEndNanos.get();
        }
        return end;
    }

    protected boolean loadRunning() {
        return System.nanoTime() < loadEndNanos();
    }

    protected RedisProtocolBuilder protocol() {
        RedisProtocolBuilder p = Redis.redis().endpoint(endpoint).connections(settings.connections()).timeout(settings.timeout())
                .closedBy(connections);
        return settings.resp3() ? p.resp3() : p.resp2();
    }

    /** A hard stop well after the planned end, so a stuck run still ends. */
    protected Duration maxDuration() {
        return settings.duration().plusSeconds(60);
    }

    protected AdminClient admin() {
        return new AdminClient(endpoint, settings.timeout());
    }

    /**
     * Runs after the load, before any connection is opened: counts the invariants and figures
     * from what the users observed (the ledgers), so they hold even when the target went away.
     */
    protected void recordOutcome() {
    }

    /** Runs after {@link #recordOutcome()}, with a blocking admin connection: restore configuration. */
    protected void afterLoad(AdminClient admin) {
    }

    /** The simulation of this JVM's current run, so that an interrupted run can still clean up. */
    private static final java.util.concurrent.atomic.AtomicReference<RedspecSimulation> RUNNING =
            new java.util.concurrent.atomic.AtomicReference<>();
    private boolean finished;

    {
        RUNNING.set(this);
    }

    @Override
    public void after() {
        finish();
    }

    /**
     * Called from a shutdown hook (Ctrl-C, SIGTERM): stops the users' traffic, then does what
     * {@link #after()} does: invariants from the ledgers, settings restored, keys deleted.
     * Waits for an {@code after()} already under way instead of running twice.
     */
    public static void finishRunning() {
        RedspecSimulation s = RUNNING.get();
        if (s != null) {
            s.finish();
        }
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        // the users' connections close first, so nothing writes a key after the clean-up
        connections.closeNow();
        try {
            recordOutcome();
            try (AdminClient admin = admin()) {
                afterLoad(admin);
                admin.deleteByPrefix(prefix);
            }
        } catch (RuntimeException e) {
            String why = Endpoint.redact(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            recorder.cleanUpFailed(why);
            System.err.println("redspec: clean-up after " + scenarioName + " failed: " + why);
        } finally {
            if (ownTarget != null) {
                ownTarget.close();
            }
        }
    }
}
