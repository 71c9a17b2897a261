package io.redspec.load.simulations;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the cache-aside users did, kept in memory: every value ever written per key (so a read can
 * be checked against it), hits and misses, and how many loaders raced on the same key.
 */
final class CacheLedger {

    private final Map<String, Set<String>> written = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> loading = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();
    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    /** Loads that started while another load of the same key was already running. */
    final LongAdder stampedeLoads = new LongAdder();
    final AtomicInteger maxConcurrentLoads = new AtomicInteger();

    /** Makes a new value for {@code key} and remembers it before anyone can write it. */
    String newValue(String key) {
        String value = key + "|v" + versions.incrementAndGet();
        written.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(value);
        return value;
    }

    boolean wasWritten(String key, String value) {
        Set<String> values = written.get(key);
        return values != null && values.contains(value);
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
