package io.redspec.match;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small views on replies that several matchers share. */
final class Replies {
    private Replies() {}

    /** The bytes of a simple, bulk or verbatim string; null for other types. */
    static byte[] stringBytes(RespValue v) {
        if (v instanceof SimpleString s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof BulkString b) {
            return b.bytes();
        }
        return v instanceof VerbatimString vs ? vs.bytes() : null;
    }

    /** Elements of an array, set or push; null for other types. */
    static List<RespValue> elements(RespValue v) {
        if (v instanceof RespArray a) {
            return a.elements();
        }
        if (v instanceof RespSet s) {
            return s.elements();
        }
        return v instanceof RespPush p ? p.elements() : null;
    }

    private static final java.util.regex.Pattern DOUBLE_TEXT =
            java.util.regex.Pattern.compile("-?(inf|nan|[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?)");

    /** A double written the way a server writes one ("-1.5", "1e+20", "inf"); null for anything else (" 1", "1.", "+1"). */
    static Double strictDouble(String s) {
        return DOUBLE_TEXT.matcher(s).matches() ? parseDouble(s) : null;
    }

    static Double parseDouble(String s) {
        String t = s.trim().toLowerCase();
        switch (t) {
            case "inf", "+inf", "infinity", "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity": return Double.NEGATIVE_INFINITY;
            case "nan", "-nan": return Double.NaN;
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    static String show(RespValue v) {
        return io.redspec.resp.RespFormatter.formatInline(v);
    }

    static String quote(byte[] bytes) {
        return io.redspec.resp.RespFormatter.quoted(bytes);
    }
}
