package io.redspec.load.simulations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Every task produced (with its due time) and how often each was delivered. */
final class QueueLedger {

    private final Map<String, Long> dueMillis = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    final LongAdder produced = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    /** Claims lost to another consumer (ZREM returned 0): contention, not an error. */
    final LongAdder lostRaces = new LongAdder();

    /** Registers a task before it is sent, so a fast consumer always finds it here. */
    String newTask(long due) {
        String id = "t" + ids.incrementAndGet();
        dueMillis.put(id, due);
        produced.increment();
        return id;
    }

    /** @return false when the task had been delivered before (a duplicate) or was never produced */
    boolean deliver(String id) {
        if (!dueMillis.containsKey(id)) {
            return false;
        }
        int n = deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        delivered.increment();
        if (n > 1) {
            duplicates.increment();
            return false;
        }
        return true;
    }

    long due(String id) {
        Long due = dueMillis.get(id);
        return due == null ? System.currentTimeMillis() : due;
    }

    /** Tasks produced but never delivered. */
    long lost() {
        return produced.sum() - deliveries.size();
    }

    /** Tasks still waiting to be delivered (drain condition). */
    long pending() {
        return produced.sum() - deliveries.size();
    }
}
