package io.redspec.load.simulations;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 500ms}, {@code 10s}, {@code 2m} or a bare number of seconds. */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m)?");

    private Durations() {
    }

    public static Duration parse(String what, String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must look like 500ms, 10s or 2m, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got '" + text + "'");
        }
        return d;
    }
}
