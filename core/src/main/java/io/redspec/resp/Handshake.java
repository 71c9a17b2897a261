package io.redspec.resp;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands that open a session, for every client of the project (the conformance client and the
 * load module's lean path): {@code HELLO 3 [AUTH user pass]} for RESP3, {@code AUTH [user] pass} for
 * RESP2 when a password is set, then {@code SELECT db} unless db is 0.
 */
public final class Handshake {
    private Handshake() {}

    /**
     * @param argv  the command
     * @param shown how to name it in messages: the password as {@code ***}
     * @param hello whether the reply is HELLO's map (else it must be +OK)
     */
    public record Command(List<String> argv, String shown, boolean hello) {}

    public static List<Command> commands(Endpoint endpoint, int protocol) {
        if (protocol != 2 && protocol != 3) {
            throw new IllegalArgumentException("protocol must be 2 or 3, not " + protocol);
        }
        List<Command> commands = new ArrayList<>();
        if (protocol == 3) {
            List<String> argv = new ArrayList<>(List.of("HELLO", "3"));
            String shown = "HELLO 3";
            if (endpoint.password() != null) {
                String user = endpoint.user() != null ? endpoint.user() : "default";
                argv.addAll(List.of("AUTH", user, endpoint.password()));
                shown += " AUTH " + user + " ***";
            }
            commands.add(new Command(List.copyOf(argv), shown, true));
        } else if (endpoint.password() != null) {
            commands.add(endpoint.user() != null
                    ? new Command(List.of("AUTH", endpoint.user(), endpoint.password()), "AUTH " + endpoint.user() + " ***", false)
                    : new Command(List.of("AUTH", endpoint.password()), "AUTH ***", false));
        }
        if (endpoint.db() != 0) {
            String db = Integer.toString(endpoint.db());
            commands.add(new Command(List.of("SELECT", db), "SELECT " + db, false));
        }
        return commands;
    }
}
