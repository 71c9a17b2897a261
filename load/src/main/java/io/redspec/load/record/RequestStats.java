package io.redspec.load.record;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.util.concurrent.atomic.LongAdder;

/** Timings (microseconds) and OK/KO counts of one request name. Thread-safe. */
public final class RequestStats {

    private final RequestKind kind;
    private final ConcurrentHistogram micros = new ConcurrentHistogram(3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder ko = new LongAdder();

    RequestStats(RequestKind kind) {
        this.kind = kind;
    }

    void record(long durationMicros, boolean succeeded) {
        micros.recordValue(Math.max(0, durationMicros));
        (succeeded ? ok : ko).increment();
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

    /** A copy that can be read while recording goes on. */
    public Histogram histogram() {
        return micros.copy();
    }
}
