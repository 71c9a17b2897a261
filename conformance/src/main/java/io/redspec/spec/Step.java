package io.redspec.spec;

import io.redspec.match.Matcher;
import java.util.List;

/** One thing a case does on one of its clients. */
public sealed interface Step {
    int line();
    Gate gate();

    /**
     * Send a command; read and match its reply unless {@code async}. {@code offSchema}: why the reply
     * is knowingly outside its command's reply_schema (it is then not checked); null for most steps.
     */
    record Send(int line, Gate gate, String client, List<Arg> args, Matcher expect, boolean async,
                Integer withinMs, Save save, String offSchema) implements Step {}

    /**
     * Read the next reply or push on a client and match it. {@code offSchema}: as on a send, for the
     * reply of the async send it reads (checked against that command's reply_schema).
     */
    record Await(int line, Gate gate, String client, Matcher expect, Integer timeoutMs, Save save,
                 String offSchema) implements Step {}

    /**
     * Call a SCAN-family command from cursor 0 ({@code $cursor} in {@code args}) until the server
     * returns cursor 0, then match what all the calls returned together: the distinct elements, or
     * with {@code pairs} the field/value (member/score) pairs. {@code sameAs}, when given, is a
     * command whose reply (SMEMBERS, HGETALL, …) the union must equal.
     */
    record Scan(int line, Gate gate, String client, List<Arg> args, boolean pairs, Matcher expect,
                List<Arg> sameAs, String offSchema) implements Step {
        /** The variable the arguments hold the cursor in: {@code $cursor}. */
        public static final String CURSOR = "cursor";
    }

    /** Wait a bounded time. */
    record Sleep(int line, Gate gate, int ms) implements Step {}

    /** Assert that nothing arrives on a client for a bounded time. */
    record Silence(int line, Gate gate, String client, int ms) implements Step {}

    /**
     * Keep a reply as a variable: the whole reply, one element of an array ({@code index}), or the
     * value of one field of a map — a RESP3 map or a RESP2 flat field/value array ({@code field}).
     */
    record Save(String name, Integer index, String field) {}
}
