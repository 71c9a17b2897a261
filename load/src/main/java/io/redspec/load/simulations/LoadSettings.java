package io.redspec.load.simulations;

import io.redspec.load.protocol.ConnectionStrategy;
import io.redspec.options.DurationText;
import io.redspec.options.Protocols;

import java.time.Duration;
import java.util.Properties;

/**
 * A simulation's knobs, read from system properties {@code redspec.load.<name>} so that both
 * {@code redspec load} and the Gatling Maven plugin ({@code -Dredspec.load.users=20}) can set them.
 */
public record LoadSettings(String target, String uri, int users, Duration duration, ConnectionStrategy connections,
                           boolean resp3, Duration timeout, Properties source) {

    public static final String PREFIX = "redspec.load.";
    public static final int MAX_DEFAULT_USERS = 200;

    public static LoadSettings fromSystemProperties(int defaultUsers, Duration defaultDuration) {
        return from(System.getProperties(), defaultUsers, defaultDuration);
    }

    public static LoadSettings from(Properties p, int defaultUsers, Duration defaultDuration) {
        String target = p.getProperty(PREFIX + "target", "embedded");
        String uri = p.getProperty(PREFIX + "uri");
        int users = intValue(p, "users", defaultUsers);
        if (users < 1) {
            throw new IllegalArgumentException("users must be at least 1, got " + users);
        }
        Duration duration = durationValue(p, "duration", defaultDuration);
        ConnectionStrategy connections = ConnectionStrategy.parse(p.getProperty(PREFIX + "connections", "shared:4"));
        int protocol = Protocols.one(p.getProperty(PREFIX + "protocol", "2"));
        Duration timeout = durationValue(p, "timeout", Duration.ofSeconds(10));
        return new LoadSettings(target, uri, users, duration, connections, protocol == 3, timeout, p);
    }

    /** A scenario-specific integer knob, e.g. {@code intParam("keySpace", 10000)}. */
    public int intParam(String name, int defaultValue) {
        return intValue(source, name, defaultValue);
    }

    public double doubleParam(String name, double defaultValue) {
        String v = source.getProperty(PREFIX + name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
        }
    }

    public Duration durationParam(String name, Duration defaultValue) {
        return durationValue(source, name, defaultValue);
    }

    public String stringParam(String name, String defaultValue) {
        return source.getProperty(PREFIX + name, defaultValue);
    }

    private static int intValue(Properties p, String name, int defaultValue) {
        String v = p.getProperty(PREFIX + name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + v + "'");
        }
    }

    private static Duration durationValue(Properties p, String name, Duration defaultValue) {
        String v = p.getProperty(PREFIX + name);
        return v == null ? defaultValue : DurationText.parse(name, v);
    }
}
