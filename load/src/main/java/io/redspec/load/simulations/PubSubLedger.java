package io.redspec.load.simulations;

import io.redspec.load.protocol.MessageHandler.Delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages published per publisher, and per subscriber the last sequence number seen from each
 * publisher. A subscriber's messages arrive on one connection thread, so its own map is only
 * touched by that thread; the maps themselves are concurrent for the audit.
 */
final class PubSubLedger {

    private final Map<Long, AtomicLong> published = new ConcurrentHashMap<>();
    private final Map<Long, Integer> publisherRoom = new ConcurrentHashMap<>();
    private final Map<Long, Integer> subscriberRoom = new ConcurrentHashMap<>();
    private final Map<Long, Map<Long, AtomicLong>> lastSeen = new ConcurrentHashMap<>();
    /** Subscribers whose SUBSCRIBE was confirmed; publishers wait for all of them. */
    final LongAdder confirmed = new LongAdder();
    /** Publishers that sent their last message; subscribers wait for all of them. */
    final LongAdder publishersDone = new LongAdder();
    final LongAdder gaps = new LongAdder();
    final LongAdder reordered = new LongAdder();
    final LongAdder received = new LongAdder();

    void subscribed(long subscriber, int room) {
        subscriberRoom.put(subscriber, room);
        lastSeen.put(subscriber, new ConcurrentHashMap<>());
    }

    /** @return the message to publish: publisher|sequence|sentNanos */
    String nextMessage(long publisher, int room) {
        publisherRoom.putIfAbsent(publisher, room);
        long seq = published.computeIfAbsent(publisher, p -> new AtomicLong()).incrementAndGet();
        return publisher + "|" + seq + "|" + System.nanoTime();
    }

    Delivery received(long subscriber, String message) {
        String[] parts = message.split("\\|");
        long publisher = Long.parseLong(parts[0]);
        long seq = Long.parseLong(parts[1]);
        long sentNanos = Long.parseLong(parts[2]);
        received.increment();
        AtomicLong last = lastSeen.get(subscriber).computeIfAbsent(publisher, p -> new AtomicLong());
        long expected = last.get() + 1;
        String failure = null;
        if (seq > expected) {
            gaps.add(seq - expected);
            failure = "missed " + (seq - expected) + " messages of publisher " + publisher;
        } else if (seq < expected) {
            reordered.increment();
            failure = "message " + seq + " of publisher " + publisher + " arrived after " + last.get();
        }
        last.set(Math.max(last.get(), seq));
        return new Delivery(sentNanos, failure);
    }

    /** Messages each subscriber should have had from its room's publishers but did not get. */
    long lost() {
        long lost = 0;
        for (Map.Entry<Long, Integer> sub : subscriberRoom.entrySet()) {
            Map<Long, AtomicLong> seen = lastSeen.get(sub.getKey());
            for (Map.Entry<Long, Integer> pub : publisherRoom.entrySet()) {
                if (pub.getValue().equals(sub.getValue())) {
                    long sent = published.get(pub.getKey()).get();
                    AtomicLong got = seen.get(pub.getKey());
                    lost += sent - (got == null ? 0 : got.get());
                }
            }
        }
        return lost + gaps.sum();
    }

    long published() {
        return published.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
