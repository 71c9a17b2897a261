package io.redspec.load.simulations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The simulations {@code redspec load} knows, by the name people type. */
public enum Scenario {
    BASELINE("baseline", "io.redspec.load.simulations.BaselineSimulation"),
    CACHE("cache", "io.redspec.load.simulations.CacheSimulation"),
    LOCK("lock", "io.redspec.load.simulations.LockSimulation"),
    DELAY_QUEUE("delay-queue", "io.redspec.load.simulations.DelayQueueSimulation"),
    PUBSUB("pubsub", "io.redspec.load.simulations.PubSubSimulation"),
    EXPIRY_EVENTS("expiry-events", "io.redspec.load.simulations.ExpiryEventsSimulation");

    private final String cliName;
    private final String simulationClass;

    Scenario(String cliName, String simulationClass) {
        this.cliName = cliName;
        this.simulationClass = simulationClass;
    }

    public String cliName() {
        return cliName;
    }

    public String simulationClass() {
        return simulationClass;
    }

    public static Scenario parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Scenario s : values()) {
            if (s.cliName.equals(n)) {
                return s;
            }
        }
        if (n.equals("queue")) {
            return DELAY_QUEUE;
        }
        if (n.equals("expiry")) {
            return EXPIRY_EVENTS;
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "' (known: " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", "));
    }
}
