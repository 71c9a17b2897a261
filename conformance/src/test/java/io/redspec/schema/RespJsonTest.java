package io.redspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.resp.RespValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RESP3 → JSON mapping of README's "Reply schemas" table, one wire type at a time. */
class RespJsonTest {

    private static RespValue bulk(String s) {
        return new RespValue.BulkString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scalars() {
        assertThat(RespJson.of(new RespValue.SimpleString("OK")).toString()).isEqualTo("\"OK\"");
        assertThat(RespJson.of(bulk("v")).toString()).isEqualTo("\"v\"");
        assertThat(RespJson.of(new RespValue.VerbatimString("txt", "hi".getBytes(StandardCharsets.UTF_8))).toString())
                .isEqualTo("\"hi\"");
        assertThat(RespJson.of(new RespValue.RespInteger(7)).isIntegralNumber()).isTrue();
        assertThat(RespJson.of(new RespValue.RespDouble(1.5, "1.5")).doubleValue()).isEqualTo(1.5);
        assertThat(RespJson.of(new RespValue.RespDouble(Double.POSITIVE_INFINITY, "inf")).isNumber()).isTrue();
        assertThat(RespJson.of(new RespValue.BigNumber(new BigInteger("12345678901234567890"))).toString())
                .isEqualTo("\"12345678901234567890\"");
        assertThat(RespJson.of(new RespValue.RespBoolean(true)).toString()).isEqualTo("true");
        assertThat(RespJson.of(new RespValue.RespNull(RespValue.RespNull.Kind.NULL)).isNull()).isTrue();
    }

    @Test
    void aggregates() {
        RespValue map = new RespValue.RespMap(List.of(
                new AbstractMap.SimpleEntry<>(bulk("a"), new RespValue.RespInteger(1)),
                new AbstractMap.SimpleEntry<>(new RespValue.RespInteger(2), new RespValue.RespSet(List.of(bulk("x"))))));
        assertThat(RespJson.of(map).toString()).isEqualTo("{\"a\":1,\"2\":[\"x\"]}");
        assertThat(RespJson.of(new RespValue.RespArray(List.of(bulk("a"), new RespValue.RespInteger(1)))).toString())
                .isEqualTo("[\"a\",1]");
    }

    @Test
    void errorsAndPushesAreNotChecked() {
        assertThat(RespJson.unchecked(new RespValue.RespError("ERR x", false))).isTrue();
        assertThat(RespJson.unchecked(new RespValue.RespPush(List.of(bulk("message"))))).isTrue();
        assertThat(RespJson.unchecked(bulk("x"))).isFalse();
    }
}
