package io.redspec.load.protocol;

/**
 * Receives pub/sub messages of one subscriber. Called on Lettuce's I/O threads, possibly
 * concurrently for different subscribers: implementations must be thread-safe and must not block.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @param subscriber the Gatling user id of the subscriber that received the message
     * @return how to record the message: a {@link Delivery} (its latency and whether it was
     *         acceptable), or null to record nothing
     */
    Delivery onMessage(long subscriber, String channel, String message, long receivedNanos);

    /**
     * @param sentNanos {@code System.nanoTime()} when the message was sent (same JVM) or due
     * @param failure   null when the message was acceptable, else why not (lost before it, out of order…)
     */
    record Delivery(long sentNanos, String failure) {
    }
}
