package io.redspec.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with placeholders ({@code $key}, {@code ${key2}}, {@code $ns}, {@code ${now+100}}, {@code $var},
 * {@code $$}), parsed once when the spec is read and rendered to bytes for each run.
 */
public final class Template {

    private static final Pattern KEY = Pattern.compile("key[A-Za-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TIME = Pattern.compile("(now|now_ms)\\s*(?:([+-])\\s*(\\d+))?");
    private static final Pattern VAR_OFFSET = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*([+-])\\s*(\\d{1,18})");

    private sealed interface Part {}
    private record Literal(String text) implements Part {}
    private record KeyRef(String name) implements Part {}
    private record Builtin(String name) implements Part {}
    private record Time(boolean millis, long offset) implements Part {}
    private record VarRef(String name) implements Part {}
    /** A saved integer plus an offset, e.g. {@code ${numpat+2}}: counts relative to a value read before. */
    private record VarOffset(String name, long offset) implements Part {}

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    public static Template literal(String text) {
        return new Template(text, List.of(new Literal(text)));
    }

    /**
     * Parses {@code text}; {@code knownVariables} are the names saved by earlier steps. Throws
     * IllegalArgumentException with a reason the parser turns into file:line.
     */
    public static Template parse(String text, Set<String> knownVariables) {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                lit.append(c);
                i++;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                lit.append('$');
                i += 2;
                continue;
            }
            String ref;
            int end;
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '${' in \"" + text + "\"");
                }
                ref = text.substring(i + 2, close).trim();
                end = close + 1;
            } else {
                Matcher m = NAME.matcher(text).region(i + 1, text.length());
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException("'$' must start a placeholder in \"" + text + "\" (write $$ for a literal $)");
                }
                ref = m.group();
                end = m.end();
            }
            if (lit.length() > 0) {
                parts.add(new Literal(lit.toString()));
                lit.setLength(0);
            }
            parts.add(resolve(ref, text, knownVariables));
            i = end;
        }
        if (lit.length() > 0 || parts.isEmpty()) {
            parts.add(new Literal(lit.toString()));
        }
        return new Template(text, List.copyOf(parts));
    }

    private static Part resolve(String ref, String text, Set<String> knownVariables) {
        Matcher time = TIME.matcher(ref);
        if (time.matches()) {
            long offset;
            try {
                offset = time.group(3) == null ? 0 : Long.parseLong(time.group(3));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("time offset too large in '${" + ref + "}'");
            }
            if ("-".equals(time.group(2))) {
                offset = -offset;
            }
            return new Time(time.group(1).equals("now_ms"), offset);
        }
        if (KEY.matcher(ref).matches()) {
            return new KeyRef(ref);
        }
        if (ref.equals("ns") || ref.equals("db")) {
            return new Builtin(ref);
        }
        if (NAME.matcher(ref).matches() && knownVariables.contains(ref)) {
            return new VarRef(ref);
        }
        Matcher offset = VAR_OFFSET.matcher(ref);
        if (offset.matches() && knownVariables.contains(offset.group(1))) {
            long n = Long.parseLong(offset.group(3));
            return new VarOffset(offset.group(1), "-".equals(offset.group(2)) ? -n : n);
        }
        throw new IllegalArgumentException("unknown placeholder '$" + ref + "' in \"" + text
                + "\" (keys are $key…, built-ins $ns $db $now $now_ms, variables must be saved by an earlier step)");
    }

    public byte[] render(Bindings b) {
        if (parts.size() == 1 && parts.get(0) instanceof Literal l) {
            return l.text().getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(render(p, b));
        }
        return out.toByteArray();
    }

    private static byte[] render(Part p, Bindings b) {
        String text;
        if (p instanceof Literal l) {
            text = l.text();
        } else if (p instanceof KeyRef k) {
            text = b.key(k.name());
        } else if (p instanceof Builtin bi) {
            text = bi.name().equals("ns") ? b.namespace() : String.valueOf(b.db());
        } else if (p instanceof Time t) {
            text = String.valueOf((t.millis() ? b.nowMillis() : b.nowMillis() / 1000) + t.offset());
        } else if (p instanceof VarOffset v) {
            text = String.valueOf(integer(v.name(), b.variable(v.name())) + v.offset());
        } else {
            return b.variable(((VarRef) p).name());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long integer(String name, byte[] value) {
        String text = new String(value, StandardCharsets.UTF_8);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("variable $" + name + " is \"" + text + "\", not an integer: no offset can be added");
        }
    }

    public String renderText(Bindings b) {
        return new String(render(b), StandardCharsets.UTF_8);
    }

    /** The spec's own text, for messages. */
    public String source() {
        return source;
    }

    /** The key names this template refers to. */
    public List<String> keyNames() {
        return parts.stream().filter(p -> p instanceof KeyRef).map(p -> ((KeyRef) p).name()).toList();
    }

    @Override
    public String toString() {
        return source;
    }
}
