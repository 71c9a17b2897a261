package io.redspec.engine;

import io.redspec.server.Target;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts an embedded server while the CLI parses the specs and discovers the cases (the two took
 * about as long as each other, one after the other): the engine then takes the started target
 * instead of starting one. Only embedded targets: opening a URI target is a connect, not worth a
 * thread. A target started but never taken (a spec error, --list) is closed by {@link #discard}.
 */
public final class TargetPrefetch {
    private record Key(String target, Duration timeout) {}

    private static final Map<Key, CompletableFuture<Target>> STARTED = new ConcurrentHashMap<>();

    private TargetPrefetch() {}

    /** Begins opening an embedded target in the background; other targets are opened by the engine. */
    public static void start(String target, Duration timeout) {
        if (target == null || !target.trim().startsWith("embedded")) {
            return;
        }
        STARTED.computeIfAbsent(new Key(target, timeout), k -> CompletableFuture.supplyAsync(() -> Target.open(target, timeout)));
    }

    /** The prefetched target (waiting for its start), or one opened now; its failure is the same exception. */
    static Target take(String target, Duration timeout) {
        CompletableFuture<Target> started = STARTED.remove(new Key(target, timeout));
        if (started == null) {
            return Target.open(target, timeout);
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Closes what was started and not taken. */
    public static void discard() {
        for (Key k : STARTED.keySet()) {
            CompletableFuture<Target> f = STARTED.remove(k);
            if (f != null) {
                f.thenAccept(t -> {
                    try {
                        t.close();
                    } catch (Exception ignored) {
                        // a server that fails to stop is gone with the JVM
                    }
                }).exceptionally(x -> null).join();
            }
        }
    }
}
