package io.redspec.exec;

import io.redspec.resp.RespValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The async sends of each client whose reply a later {@code await} reads, so that reply can be
 * checked against the sent command's reply schema (a BZPOPMIN timeout, an XREAD BLOCK batch).
 * Only an unambiguous pairing is given out: exactly one send waiting on the client, a reply that is
 * not a push, a command that replies once (not the SUBSCRIBE family, MONITOR, CLIENT REPLY, HELLO,
 * RESET). Anything else forgets the client's sends: fewer replies checked, never one checked
 * against the wrong command.
 */
final class AwaitedSends {
    private static final Set<String> NOT_ONE_REPLY = Set.of("SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE",
            "PUNSUBSCRIBE", "SUNSUBSCRIBE", "MONITOR", "CLIENT", "HELLO", "RESET");

    private final Map<String, List<List<byte[]>>> waiting = new HashMap<>();

    /** An async send on {@code client}: its reply comes later. */
    void sent(String client, List<byte[]> args) {
        waiting.computeIfAbsent(client, k -> new ArrayList<>()).add(args);
    }

    /** A plain send or scan on {@code client} reads whatever comes next: the pairing is lost. */
    void forget(String client) {
        waiting.remove(client);
    }

    /**
     * The command an awaited reply answers, or null when that is not certain. A push leaves the
     * waiting sends as they are (a pub/sub message or an invalidation arrives in between).
     */
    List<byte[]> answered(String client, RespValue reply) {
        if (reply instanceof RespValue.RespPush) {
            return null;
        }
        List<List<byte[]>> sends = waiting.remove(client);
        if (sends == null || sends.size() != 1) {
            return null;
        }
        List<byte[]> args = sends.get(0);
        String name = new String(args.get(0), StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
        return NOT_ONE_REPLY.contains(name) ? null : args;
    }
}
