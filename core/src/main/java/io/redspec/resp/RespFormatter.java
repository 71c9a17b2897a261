package io.redspec.resp;

import io.redspec.resp.RespValue.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Renders replies as redis-cli does, but naming the wire type wherever redis-cli would hide it
 * ({@code "foo" (bulk)} vs {@code foo (simple)}), for failure messages. Long strings and
 * aggregates are cut, saying how much was left out.
 */
public final class RespFormatter {

    /** Characters shown of one string before it is cut. */
    public static final int MAX_STRING = 200;
    /** Elements shown of one aggregate before it is cut. */
    public static final int MAX_ELEMENTS = 50;
    /** Characters of output after which remaining elements are only counted. */
    public static final int MAX_OUTPUT = 20_000;

    private RespFormatter() {
    }

    /** Multi-line rendering, aggregates numbered and indented like redis-cli. */
    public static String format(RespValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value, "");
        return out.toString();
    }

    /** Single-line rendering, e.g. {@code ["a" (bulk), (integer) 1]}. */
    public static String formatInline(RespValue value) {
        StringBuilder out = new StringBuilder();
        appendInline(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, RespValue value, String indent) {
        if (value instanceof RespArray a) {
            appendList(out, a.elements(), ")", indent, "(empty array)");
        } else if (value instanceof RespSet s) {
            appendList(out, s.elements(), "~", indent, "(empty set)");
        } else if (value instanceof RespPush p) {
            out.append("(push) ");
            appendList(out, p.elements(), ")", indent + "       ", "(empty push)");
        } else if (value instanceof RespMap m) {
            appendMap(out, m.entries(), indent);
        } else {
            appendScalar(out, value);
        }
    }

    private static void appendList(StringBuilder out, List<RespValue> elements, String mark, String indent,
                                   String empty) {
        if (elements.isEmpty()) {
            out.append(empty);
            return;
        }
        int shown = Math.min(elements.size(), MAX_ELEMENTS);
        int width = Integer.toString(shown).length();
        for (int i = 0; i < shown; i++) {
            if (out.length() > MAX_OUTPUT) {
                shown = i;
                break;
            }
            String label = pad(Integer.toString(i + 1), width) + mark + " ";
            if (i > 0) {
                out.append('\n').append(indent);
            }
            out.append(label);
            append(out, elements.get(i), indent + " ".repeat(label.length()));
        }
        appendMore(out, elements.size() - shown, indent);
    }

    private static void appendMap(StringBuilder out, List<Map.Entry<RespValue, RespValue>> entries, String indent) {
        if (entries.isEmpty()) {
            out.append("(empty map)");
            return;
        }
        int shown = Math.min(entries.size(), MAX_ELEMENTS);
        int width = Integer.toString(shown).length();
        for (int i = 0; i < shown; i++) {
            if (out.length() > MAX_OUTPUT) {
                shown = i;
                break;
            }
            String label = pad(Integer.toString(i + 1), width) + "# ";
            if (i > 0) {
                out.append('\n').append(indent);
            }
            out.append(label);
            String inner = indent + " ".repeat(label.length());
            Map.Entry<RespValue, RespValue> e = entries.get(i);
            String key = format(e.getKey()).replace("\n", "\n" + inner);
            out.append(key).append(" => ");
            // line a multi-line value up under its first line when the key fits on one line
            int keyWidth = key.contains("\n") ? 0 : key.length();
            append(out, e.getValue(), inner + " ".repeat(keyWidth + 4));
        }
        appendMore(out, entries.size() - shown, indent);
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static void appendMore(StringBuilder out, int more, String indent) {
        if (more > 0) {
            out.append('\n').append(indent).append("... (").append(more).append(" more)");
        }
    }

    private static void appendInline(StringBuilder out, RespValue value) {
        if (value instanceof RespArray a) {
            appendInlineList(out, "[", a.elements(), "]");
        } else if (value instanceof RespSet s) {
            appendInlineList(out, "(set) {", s.elements(), "}");
        } else if (value instanceof RespPush p) {
            appendInlineList(out, "(push) [", p.elements(), "]");
        } else if (value instanceof RespMap m) {
            out.append("{");
            int shown = Math.min(m.entries().size(), MAX_ELEMENTS);
            for (int i = 0; i < shown; i++) {
                if (out.length() > MAX_OUTPUT) {
                    shown = i;
                    break;
                }
                if (i > 0) out.append(", ");
                appendInline(out, m.entries().get(i).getKey());
                out.append(" => ");
                appendInline(out, m.entries().get(i).getValue());
            }
            if (m.entries().size() > shown) out.append(", ... (").append(m.entries().size() - shown).append(" more)");
            out.append("}");
        } else {
            appendScalar(out, value);
        }
    }

    private static void appendInlineList(StringBuilder out, String open, List<RespValue> elements, String close) {
        out.append(open);
        int shown = Math.min(elements.size(), MAX_ELEMENTS);
        for (int i = 0; i < shown; i++) {
            if (out.length() > MAX_OUTPUT) {
                shown = i;
                break;
            }
            if (i > 0) out.append(", ");
            appendInline(out, elements.get(i));
        }
        if (elements.size() > shown) out.append(", ... (").append(elements.size() - shown).append(" more)");
        out.append(close);
    }

    private static void appendScalar(StringBuilder out, RespValue value) {
        if (value instanceof SimpleString s) {
            out.append(plain(s.value())).append(" (simple)");
        } else if (value instanceof BulkString b) {
            out.append(quoted(b.bytes())).append(" (bulk)");
        } else if (value instanceof VerbatimString v) {
            out.append("(verbatim ").append(plain(v.format())).append(") ").append(quoted(v.bytes()));
        } else if (value instanceof RespInteger i) {
            out.append("(integer) ").append(i.value());
        } else if (value instanceof RespDouble d) {
            out.append("(double) ").append(d.raw() != null ? plain(d.raw()) : Double.toString(d.value()));
        } else if (value instanceof BigNumber n) {
            out.append("(big number) ").append(n.value());
        } else if (value instanceof RespBoolean b) {
            out.append(b.value() ? "(true)" : "(false)");
        } else if (value instanceof RespNull n) {
            out.append(switch (n.kind()) {
                case BULK -> "(nil bulk)";
                case ARRAY -> "(nil array)";
                case NULL -> "(null)";
            });
        } else if (value instanceof RespError e) {
            out.append(e.blob() ? "(blob error) " : "(error) ").append(plain(e.message()));
        } else {
            throw new IllegalArgumentException("not a scalar: " + value);
        }
    }

    /** Bytes in double quotes, escaped like redis-cli, cut after {@link #MAX_STRING} bytes. */
    public static String quoted(byte[] bytes) {
        int shown = Math.min(bytes.length, MAX_STRING);
        String s = "\"" + escape(bytes, 0, shown) + "\"";
        return bytes.length > shown ? s + "... (" + (bytes.length - shown) + " more bytes)" : s;
    }

    /** Text without quotes (simple strings, errors), control bytes escaped, cut like {@link #quoted}. */
    private static String plain(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int shown = Math.min(bytes.length, MAX_STRING);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            // keep UTF-8 text readable here: only control bytes are escaped
            if (b < 0x20 || b == 0x7f) {
                appendEscaped(out, b);
            } else {
                out.append((char) b);
            }
        }
        String s = new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return bytes.length > shown ? s + "... (" + (bytes.length - shown) + " more bytes)" : s;
    }

    /**
     * redis-cli's escaping ({@code sdscatrepr}): printable ASCII as is, {@code \\ \" \n \r \t \a \b}
     * by name, every other byte as {@code \xHH}.
     */
    public static String escape(byte[] bytes, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\\' || b == '"') {
                out.append('\\').append((char) b);
            } else if (b >= 0x20 && b < 0x7f) {
                out.append((char) b);
            } else {
                appendEscaped(out, b);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, int b) {
        switch (b) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            default -> out.append(String.format("\\x%02x", b));
        }
    }
}
