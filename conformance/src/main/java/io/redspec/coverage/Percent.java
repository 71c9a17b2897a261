package io.redspec.coverage;

import java.util.Locale;

/** {@code 97.3%}, or a dash when there is nothing to cover (a group without tokens). */
public final class Percent {
    private Percent() {}

    public static String of(int covered, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * covered / total);
    }
}
