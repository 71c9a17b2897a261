package io.redspec.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a command's argument tree: the {@code token} field of every argument at any depth
 * (options such as {@code NX}, blocks such as {@code LIMIT offset count}, alternatives inside a
 * {@code oneof}).
 */
final class ArgumentTokens {
    private ArgumentTokens() {}

    /** Every token, upper-case, in tree order, repeated where two arguments share one. */
    static List<String> of(JsonNode arguments) {
        List<String> out = new ArrayList<>();
        walk(arguments, out);
        return out;
    }

    private static void walk(JsonNode arguments, List<String> out) {
        if (arguments == null || !arguments.isArray()) {
            return;
        }
        for (JsonNode a : arguments) {
            JsonNode token = a.get("token");
            if (token != null && token.isTextual()) {
                out.add(token.asText().toUpperCase(Locale.ROOT));
            }
            walk(a.get("arguments"), out);
        }
    }
}
