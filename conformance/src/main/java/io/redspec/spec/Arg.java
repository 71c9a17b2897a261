package io.redspec.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One entry of a {@code send} list; expands to zero or more command arguments. */
public sealed interface Arg {

    void expand(Bindings b, List<byte[]> out);

    /** For coverage: the literal word if this argument is plain text. */
    default String literalText() { return null; }

    /** A scalar, with placeholders. */
    record Text(Template template) implements Arg {
        public void expand(Bindings b, List<byte[]> out) { out.add(template.render(b)); }
        @Override public String literalText() { return template.source(); }
    }

    /** {@code {hex: "00ff"}}: exact bytes. */
    record Hex(byte[] bytes) implements Arg {
        public void expand(Bindings b, List<byte[]> out) { out.add(bytes); }
    }

    /** {@code {repeat: "ab", times: 3}}: one argument, the text repeated. */
    record Repeat(Template template, int times) implements Arg {
        public void expand(Bindings b, List<byte[]> out) {
            byte[] one = template.render(b);
            byte[] all = new byte[one.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(one, 0, all, i * one.length, one.length);
            }
            out.add(all);
        }
    }

    /** {@code {seq: ["{i}", "m{i}"], from: 1, to: 3}}: many arguments, {@code {i}} replaced by the counter. */
    record Seq(List<Template> patterns, long from, long to) implements Arg {
        public void expand(Bindings b, List<byte[]> out) {
            List<String> rendered = new ArrayList<>();
            for (Template t : patterns) {
                rendered.add(t.renderText(b));
            }
            for (long i = from; i <= to; i++) {
                for (String p : rendered) {
                    out.add(p.replace("{i}", Long.toString(i)).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }
}
