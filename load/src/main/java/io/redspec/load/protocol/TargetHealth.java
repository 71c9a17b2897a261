package io.redspec.load.protocol;

import io.gatling.core.CoreComponents;
import io.gatling.core.session.Session;
import io.redspec.load.record.LoadRecorder;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the target still answers, for one protocol's connections. A user whose command failed
 * because the link is down (connection closed, refused, reset) waits before its next step,
 * 10 ms doubling to 1 s, instead of failing again at full speed (a killed target once gave
 * 1.95 M KOs in 7 s and 600 MB of heap). When no reply has come for {@link #GONE_AFTER_NANOS}
 * since the first such failure, the target has gone away: the load generator is stopped
 * (gracefully, so the clean-up and summary still run) and the recorder says why.
 */
final class TargetHealth {

    static final long GONE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final String BACKOFF = "redspec.redis.backoffMs";
    private static final long FIRST_BACKOFF_MS = 10;
    private static final long MAX_BACKOFF_MS = 1000;

    private final CoreComponents core;
    /** When the first link failure with no reply since was seen; 0 while the target answers. */
    private final AtomicLong failingSinceNanos = new AtomicLong();
    private final AtomicBoolean gone = new AtomicBoolean();

    TargetHealth(CoreComponents core) {
        this.core = core;
    }

    /** A reply came in: the target answers. A read, and a write only after failures (hot path). */
    Session replied(Session session) {
        if (failingSinceNanos.get() != 0) {
            failingSinceNanos.set(0);
        }
        return session.contains(BACKOFF) ? session.remove(BACKOFF) : session;
    }

    /**
     * The link was down for this user's request: moves the session on to {@code next} after the
     * user's back-off, and stops the run once the target has been gone long enough.
     */
    void linkFailed(Session session, String why, io.gatling.core.action.Action next) {
        long now = System.nanoTime();
        failingSinceNanos.compareAndSet(0, now);
        long since = failingSinceNanos.get();
        if (since != 0 && now - since >= GONE_AFTER_NANOS && gone.compareAndSet(false, true)) {
            String reason = "no reply for " + TimeUnit.NANOSECONDS.toMillis(now - since) + " ms, last error: " + why;
            LoadRecorder.current().targetWentAway(reason);
            core.controller().$bang(new io.gatling.core.controller.Controller$Command$StopLoadGenerator(
                    "the target went away (" + reason + ")", false));
        }
        long previous = session.contains(BACKOFF) ? ((Number) session.attributes().apply(BACKOFF)).longValue() : 0;
        long backoff = previous == 0 ? FIRST_BACKOFF_MS : Math.min(MAX_BACKOFF_MS, previous * 2);
        Session failed = session.set(BACKOFF, backoff).markAsFailed();
        session.eventLoop().schedule(() -> next.$bang(failed), backoff, TimeUnit.MILLISECONDS);
    }

    boolean gone() {
        return gone.get();
    }
}
