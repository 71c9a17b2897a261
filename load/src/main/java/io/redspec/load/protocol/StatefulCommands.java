package io.redspec.load.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Commands that are not safe to multiplex on a shared connection: they change the connection's
 * state for the commands after them (MULTI/EXEC, WATCH, SELECT, CLIENT REPLY…) or hold the
 * connection until an event (blocking pops, WAIT, XREAD … BLOCK). Under {@code shared:N}, a user
 * that sends one of them gets a connection of its own, kept for the rest of its life, so that its
 * transaction or its wait is not mixed with other users' commands. Every other command is one
 * request, one reply, no state: safe to multiplex. Pub/sub always has its own connection.
 */
final class StatefulCommands {

    private static final Set<String> STATEFUL = Set.of(
            // transactions: the commands between MULTI and EXEC belong to it
            "MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH",
            // connection state
            "SELECT", "AUTH", "HELLO", "RESET", "READONLY", "READWRITE", "ASKING", "MONITOR",
            // blocking: hold the connection until data (or the timeout) comes
            "BLPOP", "BRPOP", "BRPOPLPUSH", "BLMOVE", "BLMPOP", "BZPOPMIN", "BZPOPMAX", "BZMPOP",
            "WAIT", "WAITAOF",
            // subscriptions turn the connection into a push stream
            "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE");

    /** CLIENT subcommands that change what the connection does. */
    private static final Set<String> STATEFUL_CLIENT = Set.of(
            "REPLY", "SETNAME", "TRACKING", "CACHING", "NO-EVICT", "NO-TOUCH", "SETINFO");

    private StatefulCommands() {
    }

    static boolean needOwnConnection(List<List<String>> lines) {
        for (List<String> line : lines) {
            if (isStateful(line)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStateful(List<String> argv) {
        String verb = argv.get(0).toUpperCase(Locale.ROOT);
        if (STATEFUL.contains(verb)) {
            return true;
        }
        if (verb.equals("CLIENT")) {
            return argv.size() > 1 && STATEFUL_CLIENT.contains(argv.get(1).toUpperCase(Locale.ROOT));
        }
        if (verb.equals("XREAD") || verb.equals("XREADGROUP")) {
            return argv.stream().anyMatch(a -> a.equalsIgnoreCase("BLOCK"));
        }
        return false;
    }
}
