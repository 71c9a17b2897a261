package io.redspec.server;

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
        TargetKinds.of(t).check(t);
        return t;
    }
}
