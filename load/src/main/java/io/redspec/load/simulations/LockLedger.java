package io.redspec.load.simulations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The truth the server cannot tell: who believes they hold which lock, and who is inside a
 * critical section right now. Shared by the users of one recipe.
 */
final class LockLedger {

    private final Map<String, AtomicInteger> inside = new ConcurrentHashMap<>();
    private final Map<String, String> owner = new ConcurrentHashMap<>();
    final LongAdder acquisitions = new LongAdder();
    final LongAdder deaths = new LongAdder();

    void acquired(String lock, String token) {
        owner.put(lock, token);
        acquisitions.increment();
    }

    /** @return true when nobody else was inside the critical section of this lock */
    boolean enter(String lock) {
        return inside.computeIfAbsent(lock, k -> new AtomicInteger()).incrementAndGet() == 1;
    }

    void exit(String lock) {
        inside.get(lock).decrementAndGet();
    }

    /** Whether {@code token} is the last holder to have acquired {@code lock}. */
    boolean owns(String lock, String token) {
        return token.equals(owner.get(lock));
    }

    void released(String lock, String token) {
        owner.remove(lock, token);
    }
}
