package io.redspec.options;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of every redspec command and setting: {@code 500ms}, {@code 5s},
 * {@code 1.5s}, {@code 2m}. A bare number is refused: {@code run} once read it as milliseconds and
 * {@code load} as seconds, so a unit is the only reading both agree on.
 */
public final class DurationText {

    /** For help texts and errors. */
    public static final String EXAMPLES = "500ms, 5s, 1.5s or 2m";

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)");
    private static final Pattern BARE = Pattern.compile("\\d+(?:\\.\\d+)?");

    private DurationText() {
    }

    /**
     * @param what the option or setting, named in the error
     * @throws IllegalArgumentException one line saying what to write instead
     */
    public static Duration parse(String what, String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (BARE.matcher(t).matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' has no unit; write e.g. " + t + "ms or " + t + "s");
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must look like " + EXAMPLES + ", got '" + text + "'");
        }
        double n = Double.parseDouble(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofNanos(Math.round(n * 1_000_000));
            case "s" -> Duration.ofNanos(Math.round(n * 1_000_000_000));
            default -> Duration.ofNanos(Math.round(n * 60_000_000_000.0));
        };
        if (d.toMillis() < 1) {
            throw new IllegalArgumentException(what + " must be at least 1ms, got '" + text + "'");
        }
        return d;
    }

    /** The shortest exact spelling {@link #parse} reads back: {@code 10s}, {@code 1500ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 60_000 == 0 ? ms / 60_000 + "m" : ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
