package io.redspec.match;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import io.redspec.spec.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Matchers that check a property of a reply rather than spell it out. */
public final class PredicateMatchers {
    private PredicateMatchers() {}

    /** An error whose message starts with the given text (e.g. {@code WRONGTYPE}). */
    public record ErrorPrefix(Template prefix) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            String want = prefix.renderText(ctx.bindings());
            if (actual instanceof RespError e && e.message().startsWith(want)) {
                return null;
            }
            return "expected an error starting with \"" + want + "\", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "(error) " + prefix.renderText(ctx.bindings()) + "…"; }
    }

    /** An error whose message matches a regular expression (find). */
    public record ErrorRegex(Pattern pattern) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (actual instanceof RespError e && pattern.matcher(e.message()).find()) {
                return null;
            }
            return "expected an error matching /" + pattern + "/, got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "(error) /" + pattern + "/"; }
    }

    /** One matcher under RESP2, another under RESP3. */
    public record ByProtocol(Matcher resp2, Matcher resp3) implements Matcher {
        private Matcher pick(MatchContext ctx) { return ctx.resp3() ? resp3 : resp2; }
        public String mismatch(RespValue actual, MatchContext ctx) { return pick(ctx).mismatch(actual, ctx); }
        public String describe(MatchContext ctx) { return pick(ctx).describe(ctx); }
    }

    /** Any reply of one wire type. */
    public record TypeIs(String type) implements Matcher {
        public static final List<String> NAMES = List.of("simple", "bulk", "verbatim", "integer", "double",
                "bignum", "boolean", "null", "array", "map", "set", "push", "error");
        public String mismatch(RespValue actual, MatchContext ctx) {
            return actual.typeName().equals(type) ? null : "expected any " + type + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "any " + type; }
    }

    /**
     * An integer reply within [lo, hi]; with {@code of: double} a double within it (RESP3 {@code ,…};
     * RESP2 a bulk string written as a server writes a double); with {@code of: bulk} a bulk string
     * holding an integer (a stored counter or timestamp, as GET returns it). Bounds may hold
     * placeholders, e.g. {@code ["${now+98}", "${now+101}"]} for an absolute expiry time.
     */
    public record Range(Template lo, Template hi, Of of) implements Matcher {
        /** What the range is over: the reply's wire type. */
        public enum Of { INTEGER, DOUBLE, BULK }

        private static final java.util.regex.Pattern INTEGER_TEXT = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)");

        public Range(Template lo, Template hi) {
            this(lo, hi, Of.INTEGER);
        }

        public String mismatch(RespValue actual, MatchContext ctx) {
            Double low = Replies.parseDouble(lo.renderText(ctx.bindings()));
            Double high = Replies.parseDouble(hi.renderText(ctx.bindings()));
            if (low == null || high == null) {
                return "range bounds are not numbers: " + describe(ctx);
            }
            boolean in;
            if (of == Of.INTEGER) {
                in = actual instanceof RespInteger i && atLeast(i.value(), lo, ctx) && atMost(i.value(), hi, ctx);
            } else if (of == Of.BULK) {
                in = actual instanceof BulkString b && INTEGER_TEXT.matcher(b.text()).matches() && b.text().length() < 20
                        && atLeast(Long.parseLong(b.text()), lo, ctx) && atMost(Long.parseLong(b.text()), hi, ctx);
            } else {
                Double n = actual instanceof RespDouble d && ctx.resp3() ? (Double) d.value()
                        : actual instanceof BulkString b && !ctx.resp3() ? Replies.strictDouble(b.text()) : null;
                in = n != null && n >= low && n <= high;
            }
            return in ? null : "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }

        /** Integer bounds compare exactly (a double would round 2^63-1). */
        private static boolean atLeast(long v, Template bound, MatchContext ctx) {
            return new java.math.BigDecimal(v).compareTo(exact(bound, ctx, false)) >= 0;
        }

        private static boolean atMost(long v, Template bound, MatchContext ctx) {
            return new java.math.BigDecimal(v).compareTo(exact(bound, ctx, true)) <= 0;
        }

        private static java.math.BigDecimal exact(Template bound, MatchContext ctx, boolean upper) {
            String t = bound.renderText(ctx.bindings()).trim();
            if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("+inf")) {
                return new java.math.BigDecimal(Long.MAX_VALUE);
            }
            if (t.equalsIgnoreCase("-inf")) {
                return new java.math.BigDecimal(Long.MIN_VALUE);
            }
            try {
                return new java.math.BigDecimal(t);
            } catch (NumberFormatException e) {
                return upper ? java.math.BigDecimal.valueOf(Double.MAX_VALUE) : java.math.BigDecimal.valueOf(-Double.MAX_VALUE);
            }
        }

        public String describe(MatchContext ctx) {
            String what = switch (of) {
                case INTEGER -> "(integer)";
                case BULK -> "a bulk string holding an integer";
                case DOUBLE -> ctx.resp3() ? "(double)" : "a double's text (bulk)";
            };
            return what + " in [" + lo.renderText(ctx.bindings()) + ", " + hi.renderText(ctx.bindings()) + "]";
        }
    }

    /** Elements of a collection, entries of a map, or bytes of a string. */
    public record Len(int length) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            Integer n = size(actual);
            if (n == null) {
                return "expected something of length " + length + ", got " + Replies.show(actual);
            }
            return n == length ? null : "expected length " + length + ", got length " + n + ": " + Replies.show(actual);
        }
        static Integer size(RespValue v) {
            if (v instanceof RespMap m) {
                return m.entries().size();
            }
            List<RespValue> els = Replies.elements(v);
            if (els != null) {
                return els.size();
            }
            byte[] b = Replies.stringBytes(v);
            return b == null ? null : b.length;
        }
        public String describe(MatchContext ctx) { return "length " + length; }
    }

    /** A simple, bulk or verbatim string in which the regular expression is found. */
    public record Regex(Pattern pattern) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            byte[] b = Replies.stringBytes(actual);
            if (b != null && pattern.matcher(ScalarMatchers.text(b)).find()) {
                return null;
            }
            return "expected a string matching /" + pattern + "/, got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "a string matching /" + pattern + "/"; }
    }

    /** At least one alternative matches. */
    public record OneOf(List<Matcher> options) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            for (Matcher m : options) {
                if (m.mismatch(actual, ctx) == null) {
                    return null;
                }
            }
            return "expected " + describe(ctx) + ", got " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "one of " + CollectionMatchers.describeAll(options, ctx); }
    }

    /** Every element of an array, set or push matches. */
    public record Each(Matcher element) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            List<RespValue> els = Replies.elements(actual);
            if (els == null) {
                return ScalarMatchers.wrongType("an array or set", actual);
            }
            for (int i = 0; i < els.size(); i++) {
                String why = element.mismatch(els.get(i), ctx);
                if (why != null) {
                    return "element " + (i + 1) + ": " + why;
                }
            }
            return null;
        }
        public String describe(MatchContext ctx) { return "each element " + element.describe(ctx); }
    }

    /** An array or set holding, among others, elements matching each of these (each its own element). */
    public record Contains(List<Matcher> elements) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            List<RespValue> els = Replies.elements(actual);
            if (els == null) {
                return ScalarMatchers.wrongType("an array or set", actual);
            }
            int missing = Assignment.firstUnmatched(elements, els, (m, a) -> m.mismatch(a, ctx) == null);
            return missing < 0 ? null : "no element matches " + elements.get(missing).describe(ctx) + " in " + Replies.show(actual);
        }
        public String describe(MatchContext ctx) { return "containing " + CollectionMatchers.describeAll(elements, ctx); }
    }

    /** No element of an array or set repeats. */
    public record Distinct() implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            List<RespValue> els = Replies.elements(actual);
            if (els == null) {
                return ScalarMatchers.wrongType("an array or set", actual);
            }
            List<Object> seen = new ArrayList<>();
            for (RespValue v : els) {
                Object key = v instanceof BulkString b ? Arrays.toString(b.bytes()) : v;
                if (seen.contains(key)) {
                    return "element repeats: " + Replies.show(v);
                }
                seen.add(key);
            }
            return null;
        }
        public String describe(MatchContext ctx) { return "distinct elements"; }
    }

    /** Anything but an error: the default for setup steps. */
    public record NotError() implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            return actual instanceof RespError ? "expected no error, got " + Replies.show(actual) : null;
        }
        public String describe(MatchContext ctx) { return "any reply but an error"; }
    }

    /** Anything at all. */
    public record Any() implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) { return null; }
        public String describe(MatchContext ctx) { return "anything"; }
    }

    /** Several matchers written in one map: all must hold. */
    public record AllOf(List<Matcher> all) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            for (Matcher m : all) {
                String why = m.mismatch(actual, ctx);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        public String describe(MatchContext ctx) {
            return all.stream().map(m -> m.describe(ctx)).collect(Collectors.joining(" and "));
        }
    }
}
