package io.redspec.load.protocol;

import io.netty.util.concurrent.EventExecutor;

import java.util.List;

/**
 * Commands written together on a {@link RespConnection}, waiting for their replies. Filled on the
 * connection's event loop; handed to the user's event loop ({@code completeOn}) (it is the Runnable) once complete.
 */
final class RespBatch implements Runnable {

    private final EventExecutor completeOn;
    final List<List<String>> lines;
    /** Whether replies are built and handed over, or only searched for errors. */
    final boolean keepReplies;
    final long startNanos;
    private final CommandChannel.Done done;
    private final Object[] replies;
    private final String[] failures;
    /** Replies received so far, late ones after a timeout included: they keep the FIFO aligned. */
    private int received;
    private boolean completed;
    private long endNanos;

    RespBatch(EventExecutor completeOn, List<List<String>> lines, boolean keepReplies, long startNanos,
              CommandChannel.Done done) {
        this.completeOn = completeOn;
        this.lines = lines;
        this.keepReplies = keepReplies;
        this.startNanos = startNanos;
        this.done = done;
        this.replies = new Object[lines.size()];
        this.failures = new String[lines.size()];
    }

    /** Takes the next reply; true when this batch has all its replies and leaves the queue. */
    boolean reply(Object reply) {
        if (!completed) {
            String error = RespReplyParser.errorIn(reply);
            if (error != null) {
                failures[received] = error;
            } else if (keepReplies) {
                replies[received] = reply;
            }
        }
        received++;
        if (received == replies.length) {
            complete(System.nanoTime());
            return true;
        }
        return false;
    }

    /** Fails the commands still without a reply (timeout, lost connection). */
    void fail(String failure) {
        if (completed) {
            return;
        }
        for (int i = received; i < failures.length; i++) {
            failures[i] = failure;
        }
        complete(System.nanoTime());
    }

    boolean completed() {
        return completed;
    }

    private void complete(long now) {
        if (completed) {
            return;
        }
        completed = true;
        endNanos = now;
        if (completeOn.inEventLoop()) {
            run();
        } else {
            completeOn.execute(this);
        }
    }

    @Override
    public void run() {
        done.accept(replies, failures, endNanos);
    }
}
