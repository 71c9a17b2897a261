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
    private final Map<Long, LongAdder> gapsByPublisher = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> reorderedByPublisher = new ConcurrentHashMap<>();

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
            gapsByPublisher.computeIfAbsent(publisher, k -> new LongAdder()).add(seq - expected);
            failure = "missed " + (seq - expected) + " messages of publisher " + publisher;
        } else if (seq < expected) {
            reordered.increment();
            reorderedByPublisher.computeIfAbsent(publisher, k -> new LongAdder()).increment();
            failure = "message " + seq + " of publisher " + publisher + " arrived after " + last.get();
        }
        last.set(Math.max(last.get(), seq));
        return new Delivery(sentNanos, failure);
    }

    /** Messages each subscriber should have had from its room's publishers but did not get. */
    long lost() {
        return lostByPublisher().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Per publisher: gaps seen plus messages its room's subscribers never received at all. */
    Map<Long, Long> lostByPublisher() {
        Map<Long, Long> lost = new java.util.TreeMap<>();
        for (Map.Entry<Long, Integer> pub : publisherRoom.entrySet()) {
            long n = gapsByPublisher.getOrDefault(pub.getKey(), new LongAdder()).sum();
            long sent = published.get(pub.getKey()).get();
            for (Map.Entry<Long, Integer> sub : subscriberRoom.entrySet()) {
                if (pub.getValue().equals(sub.getValue())) {
                    AtomicLong got = lastSeen.get(sub.getKey()).get(pub.getKey());
                    n += sent - (got == null ? 0 : got.get());
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
