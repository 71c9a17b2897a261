package io.redspec.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The server implementation behind a target; spec cases can be limited to some flavours. */
public enum Flavour {
    REDIS, VALKEY, KEYDB, DRAGONFLY, GARNET, OTHER;

    /** The lower-case name used in spec files ({@code flavours: [redis, valkey]}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Flavour parse(String text) {
        if (text != null) {
            String wanted = text.trim();
            for (Flavour f : values()) {
                if (f.id().equalsIgnoreCase(wanted)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown flavour '" + text + "'; use one of "
                + Arrays.stream(values()).map(Flavour::id).collect(Collectors.joining(", ")));
    }
}
