package io.redspec.load.simulations;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code -P} knobs each scenario reads, checked before a run starts: an unknown key or a bad
 * value is a one-line error (exit 2), not a typo silently ignored or a Gatling crash.
 */
public final class Knobs {

    private Knobs() {
    }

    static boolean isShare(double v) {
        return v >= 0 && v <= 1;
    }

    /** The knobs of a scenario, as {@code -P} takes them. */
    public static List<String> of(Scenario scenario) {
        return switch (scenario) {
            case BASELINE -> List.of("valueSize", "keySpace", "readRatio", "pipeline");
            case CACHE -> List.of("keys", "hotShare", "ttl", "loadDelay", "ttlTolerance");
            case LOCK -> List.of("locks", "ttl", "hold", "retry", "dieRate", "slowRate", "ttlTolerance");
            case DELAY_QUEUE -> List.of("maxDelay", "produceEvery", "pollEvery", "drain", "lateBound");
            case PUBSUB -> List.of("rooms", "publishers", "publishEvery", "grace");
            case EXPIRY_EVENTS -> List.of("ttl", "setEvery", "grace", "earlyTolerance");
        };
    }

    /** Throws IllegalArgumentException naming the first unknown key (and the known ones) or bad value. */
    public static void check(Scenario scenario, Set<String> paramKeys, Properties all) {
        List<String> known = of(scenario);
        for (String key : new TreeSet<>(paramKeys)) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown knob -P " + key + " for " + scenario.cliName()
                        + " (known: " + String.join(", ", known) + ")");
            }
        }
        LoadSettings settings = LoadSettings.from(all, RedspecSimulation.DEFAULT_USERS, RedspecSimulation.DEFAULT_DURATION);
        switch (scenario) {
            case BASELINE -> BaselineSimulation.validate(settings);
            case CACHE -> CacheSimulation.validate(settings);
            case LOCK -> LockSimulation.validate(settings);
            case DELAY_QUEUE -> DelayQueueSimulation.validate(settings);
            case PUBSUB -> PubSubSimulation.validate(settings);
            case EXPIRY_EVENTS -> ExpiryEventsSimulation.validate(settings);
        }
    }
}
