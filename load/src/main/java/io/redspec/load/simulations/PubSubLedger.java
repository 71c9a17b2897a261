package io.redspec.load.simulations;

import io.redspec.load.protocol.MessageHandler.Delivery;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages published per publisher, and per subscriber which sequence numbers it got from each
 * publisher (a bit set), so that losses, duplicates, reordering and messages from another room
 * are told apart: a message that arrives late is reordered, not also lost.
 */
final class PubSubLedger {

    /** What one subscriber got from one publisher: the numbers seen and the highest. */
    private static final class Seen {
        final BitSet numbers = new BitSet();
        long highest;
    }

    private final Map<Long, AtomicLong> published = new ConcurrentHashMap<>();
    private final Map<Long, Integer> publisherRoom = new ConcurrentHashMap<>();
    private final Map<Long, Integer> subscriberRoom = new ConcurrentHashMap<>();
    private final Map<Long, Map<Long, Seen>> seen = new ConcurrentHashMap<>();
    /** Subscribers whose SUBSCRIBE was confirmed; publishers wait for all of them. */
    final LongAdder confirmed = new LongAdder();
    /** Publishers that sent their last message; subscribers wait for all of them. */
    final LongAdder publishersDone = new LongAdder();
    final LongAdder reordered = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder wrongChannel = new LongAdder();
    final LongAdder received = new LongAdder();
    private final Map<Long, LongAdder> reorderedByPublisher = new ConcurrentHashMap<>();

    void subscribed(long subscriber, int room) {
        subscriberRoom.put(subscriber, room);
        seen.put(subscriber, new ConcurrentHashMap<>());
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
        if (!subscriberRoom.get(subscriber).equals(publisherRoom.get(publisher))) {
            wrongChannel.increment();
            return new Delivery(sentNanos, "message of publisher " + publisher + " from another room");
        }
        Seen s = seen.get(subscriber).computeIfAbsent(publisher, p -> new Seen());
        synchronized (s) {
            if (s.numbers.get((int) seq)) {
                duplicates.increment();
                return new Delivery(sentNanos, "message " + seq + " of publisher " + publisher + " received twice");
            }
            s.numbers.set((int) seq);
            if (seq < s.highest) {
                reordered.increment();
                reorderedByPublisher.computeIfAbsent(publisher, k -> new LongAdder()).increment();
                return new Delivery(sentNanos, "message " + seq + " of publisher " + publisher + " arrived after " + s.highest);
            }
            long skipped = seq - s.highest - 1;
            s.highest = seq;
            return new Delivery(sentNanos, skipped > 0 ? "missed " + skipped + " messages of publisher " + publisher + " so far" : null);
        }
    }

    /** Messages each subscriber should have had from its room's publishers but did not get. */
    long lost() {
        return lostByPublisher().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Per publisher: messages its room's subscribers never received (late ones are not lost). */
    Map<Long, Long> lostByPublisher() {
        Map<Long, Long> lost = new java.util.TreeMap<>();
        for (Map.Entry<Long, Integer> pub : publisherRoom.entrySet()) {
            long sent = published.get(pub.getKey()).get();
            long n = 0;
            for (Map.Entry<Long, Integer> sub : subscriberRoom.entrySet()) {
                if (pub.getValue().equals(sub.getValue())) {
                    Seen s = seen.get(sub.getKey()).get(pub.getKey());
                    long got;
                    if (s == null) {
                        got = 0;
                    } else {
                        synchronized (s) {
                            got = s.numbers.cardinality();
                        }
                    }
                    n += sent - got;
                }
            }
            lost.put(pub.getKey(), n);
        }
        return lost;
    }

    Map<Long, Long> reorderedByPublisher() {
        Map<Long, Long> out = new java.util.TreeMap<>();
        for (Long publisher : publisherRoom.keySet()) {
            out.put(publisher, reorderedByPublisher.getOrDefault(publisher, new LongAdder()).sum());
        }
        return out;
    }

    long published() {
        return published.values().stream().mapToLong(AtomicLong::get).sum();
    }
}
