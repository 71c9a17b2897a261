package io.redspec.options;

import java.util.List;
import java.util.Locale;

/**
 * The one protocol syntax of every redspec command: {@code 2}, {@code 3} (or {@code resp2},
 * {@code resp3}), and where several can run, {@code both}.
 */
public final class Protocols {

    /** For help texts: the forms a command that runs one protocol accepts. */
    public static final String ONE = "2|3";
    /** For help texts: the forms a command that can run both accepts. */
    public static final String CHOICE = "2|3|both";

    private Protocols() {
    }

    /** {@code 2}, {@code 3}, {@code resp2} or {@code resp3} (any case) as 2 or 3. */
    public static int one(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "2", "resp2" -> 2;
            case "3", "resp3" -> 3;
            case "both" -> throw new IllegalArgumentException("this command runs one protocol: 2 or 3, not both");
            default -> throw new IllegalArgumentException("protocol must be 2 or 3 (resp2/resp3 also accepted), not '" + text + "'");
        };
    }

    /** One protocol, or {@code both} (also {@code 2,3}) for the two in order. */
    public static List<Integer> choice(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("both") || t.equals("2,3")) {
            return List.of(2, 3);
        }
        try {
            return List.of(one(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("protocol must be 2, 3 or both (resp2/resp3 also accepted), not '" + text + "'");
        }
    }
}
