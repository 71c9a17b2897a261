package io.redspec.match;

import io.redspec.server.Version;
import io.redspec.spec.Bindings;

/**
 * The protocol the reply was read under, the case's placeholders, and the server's version (some wire
 * text, such as a double's, changed between releases; null when unknown, taken as a current server).
 */
public record MatchContext(int protocol, Bindings bindings, Version version) {
    public MatchContext(int protocol, Bindings bindings) {
        this(protocol, bindings, null);
    }

    public boolean resp3() {
        return protocol == 3;
    }
}
