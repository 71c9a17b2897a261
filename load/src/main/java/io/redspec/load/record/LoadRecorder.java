package io.redspec.load.record;

import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Redspec's own record of a run, next to Gatling's: microsecond latencies per request name,
 * invariant counters and derived figures. Gatling's clock has millisecond resolution and its
 * binary log is not meant to be parsed, so summary.json is built from this instead.
 * One recorder per run; {@link #reset()} starts a new one.
 */
public final class LoadRecorder {

    private static volatile LoadRecorder current = new LoadRecorder();

    private final Map<String, RequestStats> requests = new ConcurrentHashMap<>();
    private final RequestStats allCommands = new RequestStats(RequestKind.COMMAND);
    private final AtomicLong firstStartNanos = new AtomicLong(Long.MAX_VALUE);
    private final LongAccumulator lastEndNanos = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final Map<String, LongAdder> invariants = new ConcurrentSkipListMap<>();
    private final java.util.Set<String> gating = ConcurrentHashMap.newKeySet();
    private final Map<String, Double> figures = new ConcurrentSkipListMap<>();
    /** Invariants that could not be computed, with why: reported as unknown, never as 0. */
    private final Map<String, String> unknown = new ConcurrentSkipListMap<>();
    private volatile String cleanUpFailure;
    private volatile String targetGone;

    public static LoadRecorder current() {
        return current;
    }

    /** Starts a fresh record; the previous one stays valid for whoever holds it. */
    public static LoadRecorder reset() {
        current = new LoadRecorder();
        return current;
    }

    public void record(String name, RequestKind kind, long startNanos, long endNanos, boolean ok) {
        record(name, kind, startNanos, endNanos, ok ? 1 : 0, ok ? 0 : 1);
    }

    /** Records {@code ok + ko} requests that took the same time (the commands of one pipeline). */
    public void record(String name, RequestKind kind, long startNanos, long endNanos, int ok, int ko) {
        long micros = (endNanos - startNanos) / 1_000;
        RequestStats stats = requests.get(name);
        if (stats == null) {
            stats = requests.computeIfAbsent(name, n -> new RequestStats(kind));
        }
        stats.record(micros, ok, ko);
        if (kind == RequestKind.COMMAND) {
            allCommands.record(micros, ok, ko);
            // written by the first commands only, so no contention for the rest of the run
            long first = firstStartNanos.get();
            while (startNanos < first && !firstStartNanos.compareAndSet(first, startNanos)) {
                first = firstStartNanos.get();
            }
            lastEndNanos.accumulate(endNanos);
        }
    }

    /**
     * Declares an invariant counter so that a zero count still shows in the summary.
     * {@code mustBeZero} marks counts that fail the run (exit 1); others are reported only,
     * e.g. the violations an unsafe lock recipe is expected to show.
     */
    public void declareInvariant(String name, boolean mustBeZero) {
        invariants.computeIfAbsent(name, n -> new LongAdder());
        if (mustBeZero) {
            gating.add(name);
        }
    }

    /** The declared must-be-zero invariants whose count is not zero. */
    public Map<String, Long> violatedInvariants() {
        Map<String, Long> out = new TreeMap<>();
        for (String name : gating) {
            if (unknown.containsKey(name)) {
                continue;
            }
            long n = invariant(name);
            if (n != 0) {
                out.put(name, n);
            }
        }
        return out;
    }

    /** Marks an invariant as not computable (its audit could not run): it shows as unknown, never as 0. */
    public void markUnknown(String name, String why) {
        invariants.computeIfAbsent(name, n -> new LongAdder());
        unknown.putIfAbsent(name, why);
    }

    public Map<String, String> unknownInvariants() {
        return new TreeMap<>(unknown);
    }

    /** The must-be-zero invariants that could not be computed: a run with any of them is not green. */
    public java.util.Set<String> unknownGating() {
        java.util.Set<String> out = new java.util.TreeSet<>(unknown.keySet());
        out.retainAll(gating);
        return out;
    }

    /** Why the clean-up after the load failed (typically: the target went away), null when it ran. */
    public void cleanUpFailed(String why) {
        cleanUpFailure = why;
    }

    public String cleanUpFailure() {
        return cleanUpFailure;
    }

    /** The target stopped answering mid-run and the load was stopped; the first reason is kept. */
    public void targetWentAway(String why) {
        if (targetGone == null) {
            targetGone = why;
        }
    }

    /** Why the load was stopped because the target went away, null when it did not. */
    public String targetGone() {
        return targetGone;
    }

    public java.util.Set<String> gatingInvariants() {
        return new java.util.TreeSet<>(gating);
    }

    public void countInvariant(String name, long delta) {
        invariants.computeIfAbsent(name, n -> new LongAdder()).add(delta);
    }

    public long invariant(String name) {
        LongAdder a = invariants.get(name);
        return a == null ? 0 : a.sum();
    }

    /** Every invariant's count; null for the ones that could not be computed. */
    public Map<String, Long> invariants() {
        Map<String, Long> out = new TreeMap<>();
        invariants.forEach((k, v) -> out.put(k, unknown.containsKey(k) ? null : v.sum()));
        return out;
    }

    /** A derived figure worth reporting (hit ratio, messages per second…). */
    public void putFigure(String name, double value) {
        figures.put(name, value);
    }

    public Map<String, Double> figures() {
        return new TreeMap<>(figures);
    }

    public Map<String, RequestStats> requests() {
        return new TreeMap<>(requests);
    }

    public long commandsOk() {
        return allCommands.ok();
    }

    public long commandsKo() {
        return allCommands.ko();
    }

    public Histogram allCommands() {
        return allCommands.histogram();
    }

    /** Seconds from the first command sent to the last reply received, 0 before any. */
    public double commandSeconds() {
        long first = firstStartNanos.get();
        long last = lastEndNanos.get();
        return first != Long.MAX_VALUE && last > first ? (last - first) / 1e9 : 0;
    }
}
