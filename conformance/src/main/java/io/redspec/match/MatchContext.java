package io.redspec.match;

import io.redspec.spec.Bindings;

/** The protocol the reply was read under, and the case's placeholders. */
public record MatchContext(int protocol, Bindings bindings) {
    public boolean resp3() {
        return protocol == 3;
    }
}
