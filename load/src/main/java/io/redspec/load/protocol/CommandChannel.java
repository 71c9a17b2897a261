package io.redspec.load.protocol;

import io.gatling.core.session.Session;

import java.util.List;

/**
 * A connection the command and pipeline actions write to. Two kinds: {@link RespConnection}, a
 * lean Netty RESP2 client for the hot path, and {@link LettuceChannel} for what it does not
 * support (TLS, RESP3).
 */
interface CommandChannel {

    /** What a batch of commands ended with; called on the virtual user's event loop. */
    @FunctionalInterface
    interface Done {
        /**
         * @param replies  one reply per command (null where it failed, or everywhere when replies were not kept)
         * @param failures one failure message per command, null where it succeeded
         * @param endNanos when the last reply (or the timeout) came in
         */
        void accept(Object[] replies, String[] failures, long endNanos);
    }

    /**
     * Writes the command lines in one go, never blocking; {@code done} runs on the session's
     * event loop once every command has a reply, a failure or has timed out. Without
     * {@code keepReplies} a connection may only look for errors in the replies and hand none over
     * (a pipeline reads none: building them cost a few percent of the event loop).
     */
    void send(Session session, List<List<String>> lines, boolean keepReplies, Done done);

    /** Whether the link to the server is down (closed or failed): what is sent now fails at once or waits for a reconnect. */
    boolean broken();

    /** Starts closing; never blocks (it runs on Gatling's threads when a user exits). */
    void close();

    /** Closes and waits where closing is quick and the caller may block (end of the run). */
    default void closeAndWait() {
        close();
    }
}
