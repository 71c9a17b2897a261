package io.redspec;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and git commit this build was made from, for {@code --version}. Both are written into
 * the classes at build time (a filtered resource; the commit is the {@code redspec.commit} property the
 * launcher sets from git), so a jar copied elsewhere still says what it is.
 */
public final class BuildInfo {
    private BuildInfo() {}

    /** e.g. {@code 0.1.0-SNAPSHOT (commit 06ba5510a893)}. */
    public static String describe() {
        return version() + " (commit " + commit() + ")";
    }

    public static String version() {
        return read("build.properties", "version");
    }

    public static String commit() {
        return read("build.properties", "commit");
    }

    private static String read(String resource, String key) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key, "").strip();
            // an unfiltered placeholder (classes built by an IDE) or an empty git answer says nothing
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
