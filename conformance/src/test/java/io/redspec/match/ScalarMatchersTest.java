package io.redspec.match;

import io.redspec.server.Version;
import io.redspec.spec.TestBindings;

import io.redspec.resp.RespValue.RespNull;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

import static io.redspec.match.R.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every scalar matcher checks the wire type first: look-alikes of another type never match. */
class ScalarMatchersTest {

    @Test
    void bulkIsOnlyABulkString() {
        Matcher ok = b("OK");
        acceptsBoth(ok, bulk("OK"));
        rejectsBoth(ok, simple("OK"), verbatim("txt", "OK"), bulk("ok"), bulk("OK "), error("OK"), array(bulk("OK")));
        acceptsBoth(b("42"), bulk("42"));
        rejectsBoth(b("42"), integer(42));
        acceptsBoth(b(""), bulk(""));
        rejectsBoth(b(""), NIL_BULK, NIL);
    }

    @Test
    void bulkRendersPlaceholders() {
        acceptsBoth(b("${key}:x"), bulk("ns:key:x"));
        rejectsBoth(b("${key}:x"), bulk("${key}:x"));
    }

    @Test
    void simpleIsOnlyASimpleString() {
        Matcher ok = new ScalarMatchers.Simple(t("OK"));
        acceptsBoth(ok, simple("OK"));
        rejectsBoth(ok, bulk("OK"), simple("OK2"), error("OK"), verbatim("txt", "OK"));
    }

    @Test
    void hexIsExactBytes() {
        Matcher m = new ScalarMatchers.Hex(new byte[] {0, (byte) 0xff, 0x41});
        acceptsBoth(m, bytes(0x00, 0xff, 0x41));
        rejectsBoth(m, bytes(0x00, 0xff), bytes(0x00, 0xff, 0x41, 0x00), simple("\u0000\u00ffA"));
    }

    @Test
    void verbatimIsBulkUnderResp2AndVerbatimUnderResp3() {
        Matcher any = new ScalarMatchers.Verbatim(t("hello"), null);
        Matcher txt = new ScalarMatchers.Verbatim(t("hello"), "txt");
        accepts(any, RESP2, bulk("hello"));
        rejects(any, RESP2, verbatim("txt", "hello"), simple("hello"));
        accepts(any, RESP3, verbatim("txt", "hello"), verbatim("mkd", "hello"));
        rejects(any, RESP3, bulk("hello"), verbatim("txt", "hell"));
        accepts(txt, RESP3, verbatim("txt", "hello"));
        rejects(txt, RESP3, verbatim("mkd", "hello"));
    }

    @Test
    void intIsOnlyAnInteger() {
        acceptsBoth(i(42), integer(42));
        rejectsBoth(i(42), integer(43), bulk("42"), simple("42"), dbl(42), bool(true));
        rejectsBoth(i(1), bool(true));
        acceptsBoth(i(-1), integer(-1));
    }

    @Test
    void doubleIsTheServersExactTextUnderResp2AndADoubleUnderResp3() {
        Matcher m = new ScalarMatchers.Double(1.5, 0);
        accepts(m, RESP2, bulk("1.5"));
        rejects(m, RESP2, bulk("1.50"), bulk("15e-1"), bulk(" 1.5"), dbl(1.5), simple("1.5"), bulk("1.6"), bulk("abc"), integer(1));
        accepts(m, RESP3, dbl(1.5));
        rejects(m, RESP3, bulk("1.5"), dbl(1.6), integer(1), simple("1.5"));
        Matcher whole = new ScalarMatchers.Double(83, 0);
        accepts(whole, RESP2, bulk("83"));
        rejects(whole, RESP2, bulk("83.0"), bulk("8.3e1"), bulk(" 83"), bulk("83 "), integer(83));
    }

    @Test
    void resp2DoubleTextFollowsTheServersVersion() {
        MatchContext v70 = new MatchContext(2, new TestBindings(), Version.of(7, 0, 15));
        MatchContext v72 = new MatchContext(2, new TestBindings(), Version.of(7, 2, 6));
        Matcher tenth = new ScalarMatchers.Double(0.1, 0);
        accepts(tenth, v70, bulk("0.10000000000000001"));
        rejects(tenth, v70, bulk("0.1"));
        accepts(tenth, v72, bulk("0.1"));
        rejects(tenth, v72, bulk("0.10000000000000001"));
        Matcher tiny = new ScalarMatchers.Double(1.5e-7, 0);
        accepts(tiny, v70, bulk("1.4999999999999999e-07"));
        accepts(tiny, v72, bulk("1.5e-7"));
        assertThat(tenth.describe(v70)).isEqualTo("\"0.10000000000000001\" (bulk, a double's text)");
    }

    @Test
    void doubleToleranceIsOptInAndReadsTheTextAsANumber() {
        Matcher near = new ScalarMatchers.Double(10.5, 0.01);
        accepts(near, RESP2, bulk("10.5"), bulk("10.50000000000000178"), bulk("10.509"));
        rejects(near, RESP2, bulk("10.52"), bulk(" 10.5"), bulk("10.5 "), bulk("+10.5"), simple("10.5"), dbl(10.5));
        accepts(near, RESP3, dbl(10.49));
        rejects(near, RESP3, bulk("10.5"));
    }

    @Test
    void doubleInfinityAndNan() {
        Matcher inf = new ScalarMatchers.Double(Double.POSITIVE_INFINITY, 0);
        accepts(inf, RESP2, bulk("inf"));
        rejects(inf, RESP2, bulk("+inf"), bulk("Infinity"), bulk("-inf"), bulk("1e308"));
        accepts(inf, RESP3, dbl(Double.POSITIVE_INFINITY));
        rejects(inf, RESP3, dbl(Double.NEGATIVE_INFINITY));
        Matcher nan = new ScalarMatchers.Double(Double.NaN, 0);
        accepts(nan, RESP2, bulk("nan"));
        rejects(nan, RESP2, bulk("-nan"));
        accepts(nan, RESP3, dbl(Double.NaN));
        rejects(nan, RESP3, dbl(0));
        rejects(new ScalarMatchers.Double(3, 0), RESP3, integer(3));
    }

    @Test
    void bignumIsDigitsUnderResp2AndABigNumberUnderResp3() {
        Matcher m = new ScalarMatchers.BigNum(new BigInteger("3492890328409238509324850943850943825024385"));
        accepts(m, RESP2, bulk("3492890328409238509324850943850943825024385"));
        rejects(m, RESP2, big("3492890328409238509324850943850943825024385"), simple("3492890328409238509324850943850943825024385"));
        accepts(m, RESP3, big("3492890328409238509324850943850943825024385"));
        rejects(m, RESP3, bulk("3492890328409238509324850943850943825024385"), big("1"));
    }

    @Test
    void boolIsOneOrZeroUnderResp2AndABooleanUnderResp3() {
        Matcher yes = new ScalarMatchers.Bool(true);
        Matcher no = new ScalarMatchers.Bool(false);
        accepts(yes, RESP2, integer(1));
        rejects(yes, RESP2, integer(0), bool(true), bulk("1"), integer(2));
        accepts(no, RESP2, integer(0));
        rejects(no, RESP2, bool(false), NIL_BULK);
        accepts(yes, RESP3, bool(true));
        rejects(yes, RESP3, integer(1), bool(false), simple("true"));
        accepts(no, RESP3, bool(false));
        rejects(no, RESP3, integer(0), NIL);
    }

    @Test
    void nullKindsPerProtocol() {
        Matcher bulkNull = new ScalarMatchers.Null(RespNull.Kind.BULK);
        Matcher arrayNull = new ScalarMatchers.Null(RespNull.Kind.ARRAY);
        accepts(bulkNull, RESP2, NIL_BULK);
        rejects(bulkNull, RESP2, NIL_ARRAY, NIL, bulk(""), array());
        accepts(arrayNull, RESP2, NIL_ARRAY);
        rejects(arrayNull, RESP2, NIL_BULK, NIL, array());
        accepts(bulkNull, RESP3, NIL);
        accepts(arrayNull, RESP3, NIL);
        rejects(bulkNull, RESP3, NIL_BULK, NIL_ARRAY, bulk(""));
        rejects(arrayNull, RESP3, NIL_ARRAY, array());
    }

    @Test
    void describeSaysTheWireType() {
        assertThat(b("OK").describe(RESP2)).isEqualTo("\"OK\" (bulk)");
        assertThat(new ScalarMatchers.Simple(t("OK")).describe(RESP3)).isEqualTo("OK (simple)");
        assertThat(i(3).describe(RESP2)).isEqualTo("(integer) 3");
        assertThat(new ScalarMatchers.Double(1.5, 0).describe(RESP3)).isEqualTo("(double) 1.5");
        assertThat(new ScalarMatchers.Double(1.5, 0.01).describe(RESP2)).isEqualTo("\"1.5\" ± 0.01 (bulk, as a number)");
        assertThat(new ScalarMatchers.Double(1.5, 0).describe(RESP2)).isEqualTo("\"1.5\" (bulk, a double's text)");
        assertThat(new ScalarMatchers.Double(Double.NEGATIVE_INFINITY, 0).describe(RESP3)).isEqualTo("(double) -inf");
        assertThat(new ScalarMatchers.Double(2, 0).describe(RESP3)).isEqualTo("(double) 2");
        assertThat(new ScalarMatchers.Bool(true).describe(RESP2)).isEqualTo("(integer) 1");
        assertThat(new ScalarMatchers.Bool(false).describe(RESP3)).isEqualTo("(false)");
        assertThat(new ScalarMatchers.Null(RespNull.Kind.ARRAY).describe(RESP2)).isEqualTo("(nil array) *-1");
        assertThat(new ScalarMatchers.Null(RespNull.Kind.BULK).describe(RESP2)).isEqualTo("(nil bulk) $-1");
        assertThat(new ScalarMatchers.Null(RespNull.Kind.BULK).describe(RESP3)).isEqualTo("(null)");
        assertThat(new ScalarMatchers.Verbatim(t("hi"), "txt").describe(RESP3)).isEqualTo("(verbatim txt) \"hi\"");
        assertThat(new ScalarMatchers.Verbatim(t("hi"), null).describe(RESP2)).isEqualTo("\"hi\" (bulk)");
        assertThat(new ScalarMatchers.Hex(new byte[] {0, (byte) 0xff}).describe(RESP2)).isEqualTo("\"\\x00\\xff\" (bulk)");
    }

    @Test
    void mismatchNamesWhatCameInstead() {
        assertThat(b("OK").mismatch(simple("OK"), RESP2)).isEqualTo("expected bulk string \"OK\", got OK (simple)");
        assertThat(i(1).mismatch(bool(true), RESP3)).isEqualTo("expected (integer) 1, got (true)");
        assertThat(new ScalarMatchers.Double(1.5, 0).mismatch(bulk("1.5"), RESP3))
                .isEqualTo("expected (double) 1.5, got \"1.5\" (bulk)");
    }
}
