package io.redspec.match;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Matchers for arrays, sets, maps, pairs and pushes, in order or not, projected per protocol. */
public final class CollectionMatchers {
    private CollectionMatchers() {}

    static String describeAll(List<Matcher> ms, MatchContext ctx) {
        return ms.stream().map(m -> m.describe(ctx)).collect(Collectors.joining(", ", "[", "]"));
    }

    static String inOrder(List<Matcher> expected, List<RespValue> actual, MatchContext ctx) {
        if (expected.size() != actual.size()) {
            return "expected " + expected.size() + " elements, got " + actual.size();
        }
        for (int i = 0; i < expected.size(); i++) {
            String why = expected.get(i).mismatch(actual.get(i), ctx);
            if (why != null) {
                return "element " + (i + 1) + ": " + why;
            }
        }
        return null;
    }

    static String anyOrder(List<Matcher> expected, List<RespValue> actual, MatchContext ctx) {
        if (expected.size() != actual.size()) {
            return "expected " + expected.size() + " elements, got " + actual.size();
        }
        int missing = Assignment.firstUnmatched(expected, actual, (m, a) -> m.mismatch(a, ctx) == null);
        return missing < 0 ? null : "no element matches " + expected.get(missing).describe(ctx);
    }

    /** {@code *}: elements in order. */
    public record Array(List<Matcher> elements) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (!(actual instanceof RespArray a)) {
                return ScalarMatchers.wrongType("an array", actual);
            }
            return inOrder(elements, a.elements(), ctx);
        }
        public String describe(MatchContext ctx) { return "(array) " + describeAll(elements, ctx); }
    }

    /** {@code *}: the same elements in any order (a multiset). */
    public record Unordered(List<Matcher> elements) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (!(actual instanceof RespArray a)) {
                return ScalarMatchers.wrongType("an array", actual);
            }
            return anyOrder(elements, a.elements(), ctx);
        }
        public String describe(MatchContext ctx) { return "(array, any order) " + describeAll(elements, ctx); }
    }

    /** RESP3 {@code ~} set; RESP2 an array; any order either way. */
    public record Set(List<Matcher> elements) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (ctx.resp3()) {
                if (!(actual instanceof RespSet s)) {
                    return ScalarMatchers.wrongType("a set", actual);
                }
                return anyOrder(elements, s.elements(), ctx);
            }
            return new Unordered(elements).mismatch(actual, ctx);
        }
        public String describe(MatchContext ctx) {
            return (ctx.resp3() ? "(set) " : "(array, any order) ") + describeAll(elements, ctx);
        }
    }

    /** RESP3 {@code >} push; RESP2 an array (how pub/sub messages arrive there). */
    public record Push(List<Matcher> elements) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (ctx.resp3()) {
                if (!(actual instanceof RespPush p)) {
                    return ScalarMatchers.wrongType("a push", actual);
                }
                return inOrder(elements, p.elements(), ctx);
            }
            return new Array(elements).mismatch(actual, ctx);
        }
        public String describe(MatchContext ctx) {
            return (ctx.resp3() ? "(push) " : "(array) ") + describeAll(elements, ctx);
        }
    }

    /** One expected key/value entry. */
    public record Entry(Matcher key, Matcher value) {}

    /** RESP3 {@code %} map; RESP2 a flat array k1 v1 k2 v2; entries in any order. */
    public record MapOf(List<Entry> entries) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            List<Map.Entry<RespValue, RespValue>> got;
            if (ctx.resp3()) {
                if (!(actual instanceof RespMap m)) {
                    return ScalarMatchers.wrongType("a map", actual);
                }
                got = m.entries();
            } else {
                if (!(actual instanceof RespArray a)) {
                    return ScalarMatchers.wrongType("a flat array of field/value pairs", actual);
                }
                if (a.elements().size() % 2 != 0) {
                    return "expected an even number of elements (field/value pairs), got " + a.elements().size();
                }
                got = new ArrayList<>();
                for (int i = 0; i < a.elements().size(); i += 2) {
                    got.add(Map.entry(a.elements().get(i), a.elements().get(i + 1)));
                }
            }
            if (got.size() != entries.size()) {
                return "expected " + entries.size() + " entries, got " + got.size();
            }
            int missing = Assignment.firstUnmatched(entries, got,
                    (e, g) -> e.key().mismatch(g.getKey(), ctx) == null && e.value().mismatch(g.getValue(), ctx) == null);
            if (missing < 0) {
                return null;
            }
            Entry e = entries.get(missing);
            for (Map.Entry<RespValue, RespValue> g : got) {
                if (e.key().mismatch(g.getKey(), ctx) == null) {
                    return "entry " + e.key().describe(ctx) + ": " + e.value().mismatch(g.getValue(), ctx);
                }
            }
            return "no entry " + e.key().describe(ctx);
        }
        public String describe(MatchContext ctx) {
            String body = entries.stream().map(e -> e.key().describe(ctx) + " => " + e.value().describe(ctx))
                    .collect(Collectors.joining(", ", "{", "}"));
            return (ctx.resp3() ? "(map) " : "(flat array of pairs, any order) ") + body;
        }
    }

    /** Ordered pairs: RESP2 a flat array k1 v1 k2 v2; RESP3 an array of 2-element arrays. */
    public record Pairs(List<Entry> pairs) implements Matcher {
        public String mismatch(RespValue actual, MatchContext ctx) {
            if (!(actual instanceof RespArray a)) {
                return ScalarMatchers.wrongType("an array of pairs", actual);
            }
            List<RespValue> els = a.elements();
            if (ctx.resp3()) {
                if (els.size() != pairs.size()) {
                    return "expected " + pairs.size() + " pairs, got " + els.size() + " elements";
                }
                for (int i = 0; i < pairs.size(); i++) {
                    if (!(els.get(i) instanceof RespArray pair) || pair.elements().size() != 2) {
                        return "pair " + (i + 1) + ": expected a 2-element array, got " + Replies.show(els.get(i));
                    }
                    String why = pairMismatch(pairs.get(i), pair.elements().get(0), pair.elements().get(1), ctx);
                    if (why != null) {
                        return "pair " + (i + 1) + ": " + why;
                    }
                }
                return null;
            }
            if (els.size() != pairs.size() * 2) {
                return "expected " + pairs.size() * 2 + " elements (" + pairs.size() + " pairs), got " + els.size();
            }
            for (int i = 0; i < pairs.size(); i++) {
                String why = pairMismatch(pairs.get(i), els.get(2 * i), els.get(2 * i + 1), ctx);
                if (why != null) {
                    return "pair " + (i + 1) + ": " + why;
                }
            }
            return null;
        }

        private static String pairMismatch(Entry e, RespValue k, RespValue v, MatchContext ctx) {
            String why = e.key().mismatch(k, ctx);
            return why != null ? why : e.value().mismatch(v, ctx);
        }

        public String describe(MatchContext ctx) {
            String body = pairs.stream().map(e -> "[" + e.key().describe(ctx) + ", " + e.value().describe(ctx) + "]")
                    .collect(Collectors.joining(", ", "[", "]"));
            return (ctx.resp3() ? "(array of pairs) " : "(flat array) ") + body;
        }
    }
}
