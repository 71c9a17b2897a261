package io.redspec.load.simulations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the cache-aside users did, kept in memory: every value written per key with when its
 * SETEX was sent and acknowledged (so a read can be checked for staleness and expiry), hits,
 * misses and refills, and how many loaders raced on the same key. Times are System.nanoTime().
 */
final class CacheLedger {

    /** What a read returned, judged against the writes. */
    enum Verdict { FRESH, UNWRITTEN, STALE, AFTER_TTL }

    /** One value written: sent before the SETEX left, acknowledged after its reply came back. */
    private static final class Write {
        final String key;
        final long sentNanos;
        volatile long ackNanos = Long.MAX_VALUE;

        Write(String key, long sentNanos) {
            this.key = key;
            this.sentNanos = sentNanos;
        }
    }

    private final Map<String, Write> writes = new ConcurrentHashMap<>();
    /** Per key, the latest send time among acknowledged writes. */
    private final Map<String, AtomicLong> newestAckedSend = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> loading = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();
    private final long ttlNanos;
    private final long toleranceNanos;
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder refills = new LongAdder();
    /** Loads that started while another load of the same key was already running. */
    final LongAdder stampedeLoads = new LongAdder();
    final AtomicInteger maxConcurrentLoads = new AtomicInteger();

    CacheLedger(long ttlNanos, long toleranceNanos) {
        this.ttlNanos = ttlNanos;
        this.toleranceNanos = toleranceNanos;
    }

    /** Makes a new value for {@code key} and remembers it before anyone can write it. */
    String newValue(String key) {
        String value = key + "|v" + versions.incrementAndGet();
        writes.put(value, new Write(key, System.nanoTime()));
        return value;
    }

    /** The SETEX of {@code value} was acknowledged. */
    void acknowledged(String value) {
        Write w = writes.get(value);
        w.ackNanos = System.nanoTime();
        newestAckedSend.computeIfAbsent(w.key, k -> new AtomicLong(Long.MIN_VALUE)).accumulateAndGet(w.sentNanos, Math::max);
        refills.increment();
    }

    /** Taken just before a GET is sent: the send time of the newest write the read must not be older than. */
    long newestAckedSend(String key) {
        AtomicLong n = newestAckedSend.get(key);
        return n == null ? Long.MIN_VALUE : n.get();
    }

    boolean wasWritten(String key, String value) {
        Write w = writes.get(value);
        return w != null && w.key.equals(key);
    }

    /**
     * A read that started at {@code readStartNanos} (when {@code newestAckedSend} was taken) returned
     * {@code value}. Stale: a write sent after this value's write was acknowledged had itself been
     * acknowledged before the read started, so the server must have overwritten the value.
     * After TTL: the read started later than the value's acknowledgement plus TTL plus tolerance.
     * Both use the safe side of each time (sent early, acknowledged late), so a correct server never fails.
     */
    Verdict judge(String key, String value, long readStartNanos, long newestAckedSendAtStart) {
        Write w = writes.get(value);
        if (w == null || !w.key.equals(key)) {
            return Verdict.UNWRITTEN;
        }
        long ack = w.ackNanos;
        if (ack == Long.MAX_VALUE) {
            return Verdict.FRESH; // read overlapped the write
        }
        if (newestAckedSendAtStart > ack) {
            return Verdict.STALE;
        }
        if (readStartNanos - ack > ttlNanos + toleranceNanos) {
            return Verdict.AFTER_TTL;
        }
        return Verdict.FRESH;
    }

    void beginLoad(String key) {
        int now = loading.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (now > 1) {
            stampedeLoads.increment();
        }
        maxConcurrentLoads.accumulateAndGet(now, Math::max);
    }

    void endLoad(String key) {
        loading.get(key).decrementAndGet();
    }
}
