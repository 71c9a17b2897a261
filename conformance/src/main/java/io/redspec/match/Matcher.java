package io.redspec.match;

import io.redspec.resp.RespValue;

/** An expectation on one reply, as written in a spec. */
public interface Matcher {

    /** Null when {@code actual} matches; otherwise why not (one short line). */
    String mismatch(RespValue actual, MatchContext ctx);

    /** What is expected under the context's protocol, in redis-cli-like notation. */
    String describe(MatchContext ctx);
}
