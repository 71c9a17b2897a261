package io.redspec.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server version compared numerically ({@code 6.2.10 > 6.2.9}). Pre-release and build suffixes
 * ({@code 7.2.4-rc1}) are ignored, a missing patch ({@code 7.0}) counts as 0.
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern FORM =
            Pattern.compile("v?(\\d{1,9})\\.(\\d{1,9})(?:\\.(\\d{1,9}))?(?:[-+.~_ ].*)?");

    /**
     * Stands for a server that reports no version: every since-gate passes and every until-gate
     * skips, so the newest documented behaviour is expected.
     */
    public static final Version UNKNOWN_NEWEST = new Version(Integer.MAX_VALUE, 0, 0);

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative: " + major + "." + minor + "." + patch);
        }
    }

    public static Version of(int major, int minor, int patch) {
        return new Version(major, minor, patch);
    }

    /** Parses {@code 6.2.10}, {@code 7.0}, {@code 7.2.4-rc1}, {@code v1.2.3}. */
    public static Version parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no version given (expected major.minor[.patch], e.g. 7.0.15)");
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: '" + text + "' (expected major.minor[.patch], e.g. 7.0.15)");
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    public boolean atLeast(Version other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Version o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) c = Integer.compare(minor, o.minor);
        if (c == 0) c = Integer.compare(patch, o.patch);
        return c;
    }

    @Override
    public String toString() {
        if (major == Integer.MAX_VALUE) {
            return "unknown (taken as newest)";
        }
        return major + "." + minor + "." + patch;
    }
}
