package io.redspec.load.protocol;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a simulation close its Redis connections before Gatling ends the run. Gatling closes them
 * itself when its actor system terminates, after {@code after()}; a simulation that deletes its
 * keys in {@code after()} (or on Ctrl-C) must first stop every user's traffic, or a late command
 * could write a key after the clean-up. Give one to {@link RedisProtocolBuilder#closedBy} and call
 * {@link #closeNow()}; closing twice is harmless.
 */
public final class EarlyClose {

    private final Set<RedisComponents> open = ConcurrentHashMap.newKeySet();

    void register(RedisComponents components) {
        open.add(components);
    }

    void closed(RedisComponents components) {
        open.remove(components);
    }

    /** Closes every connection of the protocols built with this handle; blocks until they are. */
    public void closeNow() {
        for (RedisComponents c : List.copyOf(open)) {
            c.close();
        }
    }
}
