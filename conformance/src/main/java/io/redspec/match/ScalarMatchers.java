package io.redspec.match;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import io.redspec.spec.Template;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Matchers for single values: strings, numbers, booleans, nulls. Each checks the wire type first. */
public final class ScalarMatchers {
    private ScalarMatchers() {}

    static String wrongType(String expected, RespValue actual) {
        return "expected " + expected + ", got " + Replies.show(actual);
    }

    /** A bulk string with exactly these bytes (placeholders rendered). */
    public record Bulk(Template text) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            byte[] want = text.render(ctx.bindings());
            if (!(actual instanceof BulkString b)) {
                return wrongType("bulk string " + Replies.quote(want), actual);
            }
            return Arrays.equals(want, b.bytes()) ? null
                    : "expected bulk string " + Replies.quote(want) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return Replies.quote(text.render(ctx.bindings())) + " (bulk)"; }
    }

    /** A bulk string with these exact bytes, written in hex. */
    public record Hex(byte[] bytes) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (actual instanceof BulkString b && Arrays.equals(bytes, b.bytes())) {
                return null;
            }
            return "expected bulk string " + Replies.quote(bytes) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return Replies.quote(bytes) + " (bulk)"; }
    }

    /** A simple string such as {@code +OK}. */
    public record Simple(Template text) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            String want = text.renderText(ctx.bindings());
            if (actual instanceof SimpleString s && s.value().equals(want)) {
                return null;
            }
            return "expected simple string " + want + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return text.renderText(ctx.bindings()) + " (simple)"; }
    }

    /** RESP3 verbatim string; under RESP2 the same text as a bulk string. */
    public record Verbatim(Template text, String format) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            byte[] want = text.render(ctx.bindings());
            if (!ctx.resp3()) {
                return new Bulk(text).mismatch(actual, ctx);
            }
            if (actual instanceof VerbatimString v && Arrays.equals(want, v.bytes())
                    && (format == null || format.equals(v.format()))) {
                return null;
            }
            return "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) {
            String q = Replies.quote(text.render(ctx.bindings()));
            return ctx.resp3() ? "(verbatim " + (format == null ? "*" : format) + ") " + q : q + " (bulk)";
        }
    }

    /** An integer reply. */
    public record Int(long value) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (actual instanceof RespInteger i && i.value() == value) {
                return null;
            }
            return "expected (integer) " + value + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "(integer) " + value; }
    }

    /**
     * A double as {@code addReplyDouble} writes it: RESP3 {@code ,1.5} with this value; RESP2 a bulk string
     * with exactly the text the server's version writes ({@link DoubleText}). With a tolerance (opt-in, for
     * computed values) RESP2 text is read as a number and |actual - value| <= tolerance under both.
     */
    public record Double(double value, double tolerance) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            double got;
            if (ctx.resp3()) {
                if (!(actual instanceof RespDouble d)) {
                    return wrongType("(double) " + fmt(value), actual);
                }
                got = d.value();
            } else if (tolerance == 0) {
                String want = DoubleText.of(value, ctx.version());
                return actual instanceof BulkString b && b.text().equals(want) ? null
                        : "expected " + describe(ctx) + ", got " + Replies.show(actual);
            } else {
                java.lang.Double n = actual instanceof BulkString b ? Replies.strictDouble(b.text()) : null;
                if (n == null) {
                    return "expected " + describe(ctx) + ", got " + Replies.show(actual);
                }
                got = n;
            }
            return close(got) ? null : "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }

        private boolean close(double got) {
            if (java.lang.Double.isNaN(value)) {
                return java.lang.Double.isNaN(got);
            }
            if (java.lang.Double.isInfinite(value) || tolerance == 0) {
                return got == value;
            }
            return Math.abs(got - value) <= tolerance;
        }

        public String describe(MatchContext ctx) {
            String tol = tolerance > 0 ? " ± " + fmt(tolerance) : "";
            if (ctx.resp3()) {
                return "(double) " + fmt(value) + tol;
            }
            return tolerance > 0 ? "\"" + fmt(value) + "\"" + tol + " (bulk, as a number)"
                    : "\"" + DoubleText.of(value, ctx.version()) + "\" (bulk, a double's text)";
        }

        static String fmt(double d) {
            return DoubleText.shortest(d);
        }
    }

    /** RESP3 big number; RESP2 bulk string with the digits. */
    public record BigNum(BigInteger value) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (ctx.resp3()) {
                return actual instanceof BigNumber n && n.value().equals(value) ? null
                        : "expected (big number) " + value + ", got " + Replies.show(actual);
            }
            return actual instanceof BulkString b && b.text().equals(value.toString()) ? null
                    : "expected \"" + value + "\" (bulk), got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) {
            return ctx.resp3() ? "(big number) " + value : "\"" + value + "\" (bulk)";
        }
    }

    /** RESP3 boolean; RESP2 integer 1 or 0. */
    public record Bool(boolean value) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            boolean ok = ctx.resp3()
                    ? actual instanceof RespBoolean b && b.value() == value
                    : actual instanceof RespInteger i && i.value() == (value ? 1 : 0);
            return ok ? null : "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) {
            return ctx.resp3() ? "(" + value + ")" : "(integer) " + (value ? 1 : 0);
        }
    }

    /** RESP2 {@code $-1} or {@code *-1} (as declared); RESP3 {@code _}. */
    public record Null(RespNull.Kind resp2Kind) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            RespNull.Kind want = ctx.resp3() ? RespNull.Kind.NULL : resp2Kind;
            return actual instanceof RespNull n && n.kind() == want ? null
                    : "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) {
            if (ctx.resp3()) {
                return "(null)";
            }
            return resp2Kind == RespNull.Kind.ARRAY ? "(nil array) *-1" : "(nil bulk) $-1";
        }
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
