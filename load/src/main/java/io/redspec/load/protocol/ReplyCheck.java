package io.redspec.load.protocol;

import io.gatling.javaapi.core.Session;

import java.util.Objects;

/**
 * Verifies one reply. Returns null when the reply is acceptable, otherwise a short message that
 * becomes the KO message in Gatling's statistics. Runs on the virtual user's event loop: it must
 * not block.
 */
@FunctionalInterface
public interface ReplyCheck {

    String verify(Object reply, Session session);

    /** Once every check of the request passed: the session to go on with (a {@link RedisCheck} may save what it found). */
    default Session afterSuccess(Object reply, Session session) {
        return session;
    }

    /** The reply is the status {@code OK}. */
    static ReplyCheck isOk() {
        return isEqualTo("OK");
    }

    /** The reply equals {@code expected} (Long for integers, String for bulk and status replies). */
    static ReplyCheck isEqualTo(Object expected) {
        return (reply, session) -> Objects.equals(reply, expected) ? null
                : "expected " + expected + " but got " + reply;
    }

    /** The reply is not a null bulk string or null array. */
    static ReplyCheck notNull() {
        return (reply, session) -> reply != null ? null : "expected a value but got null";
    }

    /** The reply is an integer. */
    static ReplyCheck isInteger() {
        return (reply, session) -> reply instanceof Long ? null : "expected an integer but got " + reply;
    }
}
