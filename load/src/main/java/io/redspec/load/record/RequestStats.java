package io.redspec.load.record;

import org.HdrHistogram.Histogram;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Timings (microseconds) and OK/KO counts of one request name. Each recording thread writes its
 * own histogram, so recording costs no shared write; {@link #histogram()} merges them and is
 * meant for after the run (counts can be read any time).
 */
public final class RequestStats {

    private final RequestKind kind;
    private final Queue<Histogram> perThread = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Histogram> local = ThreadLocal.withInitial(this::newThreadHistogram);
    private final LongAdder ok = new LongAdder();
    private final LongAdder ko = new LongAdder();

    RequestStats(RequestKind kind) {
        this.kind = kind;
    }

    private Histogram newThreadHistogram() {
        Histogram h = new Histogram(3);
        perThread.add(h);
        return h;
    }

    void record(long durationMicros, int succeeded, int failed) {
        local.get().recordValueWithCount(Math.max(0, durationMicros), succeeded + failed);
        if (succeeded != 0) {
            ok.add(succeeded);
        }
        if (failed != 0) {
            ko.add(failed);
        }
    }

    public RequestKind kind() {
        return kind;
    }

    public long ok() {
        return ok.sum();
    }

    public long ko() {
        return ko.sum();
    }

    public long count() {
        return ok() + ko();
    }

    /** All threads' timings merged into a new histogram. */
    public Histogram histogram() {
        Histogram merged = new Histogram(3);
        for (Histogram h : perThread) {
            merged.add(h);
        }
        return merged;
    }
}
