package io.redspec.match;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import io.redspec.spec.Template;
import io.redspec.spec.TestBindings;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Short builders for hand-made replies and matchers, and accept/reject assertions under one protocol. */
final class R {
    private R() {}

    static final MatchContext RESP2 = new MatchContext(2, new TestBindings());
    static final MatchContext RESP3 = new MatchContext(3, new TestBindings());

    static RespValue simple(String s) { return new SimpleString(s); }
    static RespValue bulk(String s) { return BulkString.of(s); }
    static RespValue bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return new BulkString(out);
    }
    static RespValue verbatim(String format, String s) { return new VerbatimString(format, s.getBytes(StandardCharsets.UTF_8)); }
    static RespValue integer(long v) { return new RespInteger(v); }
    static RespValue dbl(double v) { return new RespDouble(v, Double.toString(v)); }
    static RespValue big(String digits) { return new BigNumber(new BigInteger(digits)); }
    static RespValue bool(boolean v) { return new RespBoolean(v); }
    static final RespValue NIL_BULK = new RespNull(RespNull.Kind.BULK);
    static final RespValue NIL_ARRAY = new RespNull(RespNull.Kind.ARRAY);
    static final RespValue NIL = new RespNull(RespNull.Kind.NULL);
    static RespValue array(RespValue... els) { return new RespArray(List.of(els)); }
    static RespValue set(RespValue... els) { return new RespSet(List.of(els)); }
    static RespValue push(RespValue... els) { return new RespPush(List.of(els)); }
    static RespValue error(String message) { return new RespError(message, false); }
    /** A RESP3 map from alternating keys and values. */
    static RespValue map(RespValue... kv) {
        List<Map.Entry<RespValue, RespValue>> entries = new ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            entries.add(Map.entry(kv[i], kv[i + 1]));
        }
        return new RespMap(entries);
    }
    /** Bulk strings, for arrays of plain words. */
    static RespValue[] bulks(String... words) {
        return java.util.Arrays.stream(words).map(R::bulk).toArray(RespValue[]::new);
    }

    static Template t(String text) { return Template.parse(text, Set.of()); }
    static Matcher b(String text) { return new ScalarMatchers.Bulk(t(text)); }
    static List<Matcher> bs(String... words) { return java.util.Arrays.stream(words).map(R::b).toList(); }
    static Matcher i(long v) { return new ScalarMatchers.Int(v); }

    static void accepts(Matcher m, MatchContext ctx, RespValue... replies) {
        for (RespValue v : replies) {
            assertThat(m.mismatch(v, ctx)).as("RESP%d: %s should match %s", ctx.protocol(), m.describe(ctx), v).isNull();
        }
    }

    static void rejects(Matcher m, MatchContext ctx, RespValue... replies) {
        for (RespValue v : replies) {
            assertThat(m.mismatch(v, ctx)).as("RESP%d: %s should not match %s", ctx.protocol(), m.describe(ctx), v)
                    .isNotNull().isNotBlank();
        }
    }

    static void acceptsBoth(Matcher m, RespValue... replies) {
        accepts(m, RESP2, replies);
        accepts(m, RESP3, replies);
    }

    static void rejectsBoth(Matcher m, RespValue... replies) {
        rejects(m, RESP2, replies);
        rejects(m, RESP3, replies);
    }
}
