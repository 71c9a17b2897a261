package io.redspec.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 5s}, {@code 500ms}, {@code 2m} or a plain number of milliseconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String s) {
        String t = s.trim().toLowerCase();
        try {
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), s);
            }
            if (t.endsWith("s")) {
                return positive(Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000)), s);
            }
            if (t.endsWith("m")) {
                return positive(Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60)), s);
            }
            return positive(Duration.ofMillis(Long.parseLong(t)), s);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + s + "' is not a duration (e.g. 5s, 500ms, 2m)");
        }
    }

    private static Duration positive(Duration d, String s) {
        if (d.isNegative() || d.isZero()) {
            throw new TypeConversionException("'" + s + "' must be a positive duration");
        }
        return d;
    }
}
