package io.redspec.server;

import io.redspec.resp.Endpoint;

/**
 * Checks a {@code --target} as typed, without connecting: so a mistyped scheme or version is a usage
 * error while the options are parsed, not a failed run.
 */
public final class TargetForm {
    private TargetForm() {}

    /**
     * @return the target as given (trimmed)
     * @throws IllegalArgumentException one line naming the accepted forms; never the password
     */
    public static String check(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("embedded") || t.equals(JedisMockServer.TARGET)) {
            return t;
        }
        if (t.startsWith("embedded:")) {
            String version = t.substring("embedded:".length());
            if (!EmbeddedServer.versions().contains(version)) {
                throw new IllegalArgumentException("unknown embedded version '" + version + "'; available: "
                        + String.join(", ", EmbeddedServer.versions()));
            }
            return t;
        }
        if (t.startsWith("redis://") || t.startsWith("rediss://")) {
            try {
                Endpoint.parse(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad target '" + Endpoint.redact(t) + "': " + e.getMessage()
                        + "; use " + Target.FORMS);
            }
            return t;
        }
        throw new IllegalArgumentException("unknown target '" + Endpoint.redact(t) + "'; use " + Target.FORMS);
    }
}
