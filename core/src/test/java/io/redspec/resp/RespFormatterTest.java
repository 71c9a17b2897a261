package io.redspec.resp;

import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.redspec.resp.RespFormatter.format;
import static io.redspec.resp.RespFormatter.formatInline;
import static org.assertj.core.api.Assertions.assertThat;

class RespFormatterTest {

    static RespValue parse(String wire) throws IOException {
        return new RespReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1))).read();
    }

    static BulkString bulk(String s) {
        return BulkString.of(s);
    }

    @Test void scalarsNameTheirType() {
        assertThat(format(new SimpleString("OK"))).isEqualTo("OK (simple)");
        assertThat(format(bulk("foo"))).isEqualTo("\"foo\" (bulk)");
        assertThat(format(new RespInteger(3))).isEqualTo("(integer) 3");
        assertThat(format(new RespDouble(1.5, "1.5"))).isEqualTo("(double) 1.5");
        assertThat(format(new RespDouble(Double.NEGATIVE_INFINITY, "-inf"))).isEqualTo("(double) -inf");
        assertThat(format(new BigNumber(new BigInteger("123")))).isEqualTo("(big number) 123");
        assertThat(format(new RespBoolean(true))).isEqualTo("(true)");
        assertThat(format(new RespBoolean(false))).isEqualTo("(false)");
        assertThat(format(new VerbatimString("txt", "Some string".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("(verbatim txt) \"Some string\"");
    }

    @Test void theThreeNullsAreDistinct() {
        assertThat(format(new RespNull(RespNull.Kind.BULK))).isEqualTo("(nil bulk)");
        assertThat(format(new RespNull(RespNull.Kind.ARRAY))).isEqualTo("(nil array)");
        assertThat(format(new RespNull(RespNull.Kind.NULL))).isEqualTo("(null)");
    }

    @Test void errors() {
        assertThat(format(new RespError("WRONGTYPE Operation against a key", false)))
                .isEqualTo("(error) WRONGTYPE Operation against a key");
        assertThat(format(new RespError("SYNTAX bad", true))).isEqualTo("(blob error) SYNTAX bad");
    }

    @Test void bytesAreEscapedLikeRedisCli() {
        byte[] b = {'a', 0, '\r', '\n', '\t', 7, '\b', '"', '\\', (byte) 0xff, 0x7f};
        assertThat(format(new BulkString(b))).isEqualTo("\"a\\x00\\r\\n\\t\\a\\b\\\"\\\\\\xff\\x7f\" (bulk)");
        assertThat(format(bulk("café"))).isEqualTo("\"caf\\xc3\\xa9\" (bulk)");
    }

    @Test void simpleStringsAndErrorsStayReadableButEscapeControls() {
        assertThat(format(new SimpleString("caf\u00e9\u0001"))).isEqualTo("caf\u00e9\\x01 (simple)");
    }

    @Test void arraysAreNumberedAndNestedIndented() throws IOException {
        RespValue v = parse("*3\r\n$1\r\na\r\n*2\r\n$1\r\nb\r\n*1\r\n:1\r\n:1\r\n");
        assertThat(format(v)).isEqualTo(String.join("\n",
                "1) \"a\" (bulk)",
                "2) 1) \"b\" (bulk)",
                "   2) 1) (integer) 1",
                "3) (integer) 1"));
    }

    @Test void indexesAreRightAligned() {
        List<RespValue> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) ten.add(new RespInteger(i));
        String[] lines = format(new RespArray(ten)).split("\n");
        assertThat(lines[0]).isEqualTo(" 1) (integer) 0");
        assertThat(lines[9]).isEqualTo("10) (integer) 9");
    }

    @Test void emptyAggregates() {
        assertThat(format(new RespArray(List.of()))).isEqualTo("(empty array)");
        assertThat(format(new RespMap(List.of()))).isEqualTo("(empty map)");
        assertThat(format(new RespSet(List.of()))).isEqualTo("(empty set)");
    }

    @Test void mapsSetsAndPushes() throws IOException {
        assertThat(format(parse("%2\r\n$1\r\nk\r\n$1\r\nv\r\n+n\r\n*2\r\n:1\r\n:2\r\n"))).isEqualTo(String.join("\n",
                "1# \"k\" (bulk) => \"v\" (bulk)",
                "2# n (simple) => 1) (integer) 1",
                "                 2) (integer) 2"));
        assertThat(format(parse("~2\r\n$1\r\na\r\n$1\r\nb\r\n"))).isEqualTo("1~ \"a\" (bulk)\n2~ \"b\" (bulk)");
        assertThat(format(parse(">2\r\n$7\r\nmessage\r\n$2\r\nhi\r\n")))
                .isEqualTo("(push) 1) \"message\" (bulk)\n       2) \"hi\" (bulk)");
    }

    @Test void longStringsAreCut() {
        String s = format(bulk("x".repeat(1000)));
        assertThat(s).isEqualTo("\"" + "x".repeat(200) + "\"... (800 more bytes) (bulk)");
    }

    @Test void longAggregatesAreCut() {
        List<RespValue> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) many.add(new RespInteger(i));
        String[] lines = format(new RespArray(many)).split("\n");
        assertThat(lines).hasSize(51);
        assertThat(lines[50]).isEqualTo("... (70 more)");
        assertThat(formatInline(new RespArray(many))).endsWith(", (integer) 49, ... (70 more)]");
    }

    @Test void hugeNestedRepliesStopAtTheOutputLimit() {
        List<RespValue> inner = new ArrayList<>();
        for (int i = 0; i < 50; i++) inner.add(bulk("y".repeat(300)));
        List<RespValue> outer = new ArrayList<>();
        for (int i = 0; i < 50; i++) outer.add(new RespArray(inner));
        String multi = format(new RespArray(outer));
        assertThat(multi.length()).isLessThan(RespFormatter.MAX_OUTPUT + 2_000);
        assertThat(multi).endsWith("more)");
        String inline = formatInline(new RespArray(outer));
        assertThat(inline.length()).isLessThan(RespFormatter.MAX_OUTPUT + 2_000);
        assertThat(inline).endsWith("more)]");
    }

    @Test void inlineForm() throws IOException {
        assertThat(formatInline(parse("*2\r\n$1\r\na\r\n%1\r\n+k\r\n~1\r\n#t\r\n")))
                .isEqualTo("[\"a\" (bulk), {k (simple) => (set) {(true)}}]");
        assertThat(formatInline(new RespPush(List.of(bulk("m"))))).isEqualTo("(push) [\"m\" (bulk)]");
        assertThat(formatInline(new RespMap(List.of(Map.entry(bulk("a"), new RespNull(RespNull.Kind.NULL))))))
                .isEqualTo("{\"a\" (bulk) => (null)}");
    }
}
