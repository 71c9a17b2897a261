package io.redspec.spec;

import io.redspec.server.Flavour;
import io.redspec.server.Version;
import java.util.Optional;
import java.util.Set;

/**
 * When a case or step applies: a server version range [since, until), a set of flavours, of
 * protocols and of server modes ({@code standalone}, {@code cluster}). Empty sets mean "all".
 */
public record Gate(Version since, Version until, Set<Flavour> flavours, Set<Integer> protocols, Set<String> modes) {

    public static final Gate ALWAYS = new Gate(null, null, Set.of(), Set.of(), Set.of());
    public static final Set<String> MODES = Set.of("standalone", "cluster");

    /** Why this does not apply to the given server, or empty when it applies. */
    public Optional<String> skipReason(Version server, Flavour flavour, int protocol, String mode) {
        if (!protocols.isEmpty() && !protocols.contains(protocol)) {
            return Optional.of("RESP" + protocol + " not applicable (protocols " + protocols + ")");
        }
        if (!flavours.isEmpty() && !flavours.contains(flavour)) {
            return Optional.of("only for " + flavours.stream().map(Flavour::id).sorted().toList()
                    + ", server is " + flavour.id());
        }
        if (!modes.isEmpty() && !modes.contains(mode)) {
            return Optional.of("only in " + String.join("/", modes.stream().sorted().toList()) + " mode, server is " + mode);
        }
        if (since != null && server.compareTo(since) < 0) {
            return Optional.of("needs " + since + ", server is " + server);
        }
        if (until != null && server.compareTo(until) >= 0) {
            return Optional.of("applies before " + until + ", server is " + server);
        }
        return Optional.empty();
    }

    public boolean applies(Version server, Flavour flavour, int protocol, String mode) {
        return skipReason(server, flavour, protocol, mode).isEmpty();
    }
}
