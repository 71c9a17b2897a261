package io.redspec.load.protocol;

import io.gatling.commons.stats.Status;
import io.gatling.core.stats.StatsEngine;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import scala.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Hands responses to Gatling's stats engine in bursts. Every {@code logResponse} is a message to
 * Gatling's writer actor, and an idle actor is woken on another thread for each one: at 100k
 * responses per second those wake-ups cost more than the requests (measured on 2 cores, baseline
 * per-user without pipelining, one event loop: 66–71k req/s logging each response at once, 93–98k
 * through this buffer, about 113k with no Gatling statistics at all).
 * <p>
 * Responses logged on an event loop are kept on that loop and handed over when {@link #MAX_PENDING}
 * wait or one millisecond after the first: given an executor (Gatling's single actor thread, see
 * {@link GatlingActorThread}), a task there logs the whole burst, so the writer is woken once per
 * burst rather than once per response as the event loop logged them one by one. When one of the
 * loop's users exits they are logged at once, on the loop, before Gatling counts that user as
 * done: on a one-thread executor, bursts handed over earlier are logged before Gatling's end of
 * run, so the last responses are never left behind. (A run cut by Gatling's maxDuration can lose
 * the last millisecond from the Gatling report; Redspec's own summary records every response
 * directly.) Responses from other threads go straight through.
 */
final class StatsBuffer {

    private static final int MAX_PENDING = 512;
    private static final long FLUSH_AFTER_MICROS = 1_000;
    private static final FastThreadLocal<StatsBuffer> BUFFERS = new FastThreadLocal<>() {
        @Override
        protected StatsBuffer initialValue() {
            return new StatsBuffer();
        }
    };

    private record Pending(StatsEngine engine, String scenario, scala.collection.immutable.List<String> groups,
                           String name, long startMillis, long endMillis, Status status, Option<String> message) {
    }

    private List<Pending> pending = new ArrayList<>();
    /** Where bursts are logged; null: on this thread. The latest run's, as runs follow each other. */
    private Executor handOff;
    private final Runnable scheduledFlush = () -> {
        flushScheduled = false;
        handOver();
    };
    private boolean flushScheduled;

    private StatsBuffer() {
    }

    /**
     * Logs one response now or soon; {@code loop} is the event loop of the user it belongs to,
     * {@code handOff} where bursts are logged (null: on that loop).
     */
    static void logResponse(EventLoop loop, Executor handOff, StatsEngine engine, String scenario,
                            scala.collection.immutable.List<String> groups, String name, long startMillis,
                            long endMillis, Status status, Option<String> message) {
        if (!loop.inEventLoop()) {
            engine.logResponse(scenario, groups, name, startMillis, endMillis, status, Option.empty(), message);
            return;
        }
        BUFFERS.get().add(loop, handOff,
                new Pending(engine, scenario, groups, name, startMillis, endMillis, status, message));
    }

    /** Logs what this thread holds, here and now; a user's exit calls it on the user's event loop. */
    static void flushThisThread() {
        if (BUFFERS.isSet()) {
            StatsBuffer buffer = BUFFERS.get();
            logAll(buffer.pending);
            buffer.pending.clear();
        }
    }

    private void add(EventLoop loop, Executor handOff, Pending response) {
        this.handOff = handOff;
        pending.add(response);
        if (pending.size() >= MAX_PENDING) {
            handOver();
        } else if (!flushScheduled) {
            flushScheduled = true;
            loop.schedule(scheduledFlush, FLUSH_AFTER_MICROS, TimeUnit.MICROSECONDS);
        }
    }

    private void handOver() {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> burst = pending;
        pending = new ArrayList<>();
        if (handOff != null) {
            try {
                handOff.execute(() -> logAll(burst));
                return;
            } catch (RejectedExecutionException e) { // Gatling is shutting down: log here
                handOff = null;
            }
        }
        logAll(burst);
    }

    private static void logAll(List<Pending> burst) {
        for (int i = 0, n = burst.size(); i < n; i++) {
            Pending p = burst.get(i);
            p.engine.logResponse(p.scenario, p.groups, p.name, p.startMillis, p.endMillis, p.status,
                    Option.empty(), p.message);
        }
    }
}
