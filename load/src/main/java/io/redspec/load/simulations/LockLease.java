package io.redspec.load.simulations;

/**
 * What a PTTL read right after acquiring says about a lock's lease. Both judgements take the
 * safe side of each time (the acquire's send time taken before it left, PTTL's reply time after it
 * came back), so a server that keeps the TTL it was given never fails them.
 */
final class LockLease {

    private LockLease() {
    }

    /**
     * @return null when {@code pttlMillis} fits the TTL asked for: at most {@code ttlMillis}, and at
     * least the TTL minus the time between sending the acquire and PTTL's reply, minus tolerance
     */
    static String ttlMismatch(long pttlMillis, long ttlMillis, long acquireSentNanos, long pttlReplyNanos, long toleranceMillis) {
        long elapsedMillis = (pttlReplyNanos - acquireSentNanos) / 1_000_000;
        long lowest = ttlMillis - elapsedMillis - toleranceMillis;
        if (pttlMillis > ttlMillis || pttlMillis < lowest) {
            return "PTTL " + pttlMillis + " ms right after acquiring with a TTL of " + ttlMillis + " ms (expected "
                    + Math.max(0, lowest) + ".." + ttlMillis + ")";
        }
        return null;
    }

    /** The latest moment the server can still hold the lock (System.nanoTime() scale). */
    static long deadlineNanos(long pttlReplyNanos, long pttlMillis) {
        return pttlReplyNanos + pttlMillis * 1_000_000;
    }
}
