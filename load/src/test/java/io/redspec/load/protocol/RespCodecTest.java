package io.redspec.load.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lean path's RESP writer and reply parser. */
class RespCodecTest {

    private static ByteBuf bytes(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.UTF_8);
    }

    @Test
    void commandLinesAreArraysOfBulkStringsWithUtf8Lengths() {
        ByteBuf out = Unpooled.buffer();
        RespCommandWriter writer = new RespCommandWriter();
        writer.add(List.of("SET", "clé", "x".repeat(12)));
        writer.add(List.of("GET", "k".repeat(2000))); // grows past its first array
        int mark = writer.size();
        assertThatThrownBy(() -> writer.add(Arrays.asList("SET", null, "x"))).isInstanceOf(NullPointerException.class);
        writer.truncate(mark); // what the connection does before failing that batch alone
        writer.drainTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("*3\r\n$3\r\nSET\r\n$4\r\nclé\r\n$12\r\nxxxxxxxxxxxx\r\n"
                        + "*2\r\n$3\r\nGET\r\n$2000\r\n" + "k".repeat(2000) + "\r\n");
    }

    @Test
    void repliesBecomeTheSameValuesAsWithLettuce() {
        ByteBuf in = bytes("+OK\r\n:-42\r\n$4\r\nhé!\r\n$-1\r\n*-1\r\n*3\r\n$1\r\na\r\n*1\r\n:1\r\n$0\r\n\r\n");
        assertThat(RespReplyParser.parse(in)).isEqualTo("OK");
        assertThat(RespReplyParser.parse(in)).isEqualTo(-42L);
        assertThat(RespReplyParser.parse(in)).isEqualTo("hé!");
        assertThat(RespReplyParser.parse(in)).isNull();
        assertThat(RespReplyParser.parse(in)).isNull();
        assertThat(RespReplyParser.parse(in)).isEqualTo(Arrays.asList("a", List.of(1L), ""));
        assertThat(in.isReadable()).isFalse();
    }

    @Test
    void errorsAnywhereInAReplyAreFound() {
        Object error = RespReplyParser.parse(bytes("-ERR wrong type\r\n"));
        assertThat(RespReplyParser.errorIn(error)).isEqualTo("ERR wrong type");
        Object nested = RespReplyParser.parse(bytes("*2\r\n:1\r\n-WRONGTYPE no\r\n"));
        assertThat(RespReplyParser.errorIn(nested)).isEqualTo("WRONGTYPE no");
        assertThat(RespReplyParser.errorIn(List.of("fine"))).isNull();
    }

    @Test
    void aReplyCutAnywhereIsIncomplete() {
        String whole = "*2\r\n$5\r\nhello\r\n:7\r\n";
        for (int cut = 0; cut < whole.length(); cut++) {
            assertThat(RespReplyParser.parse(bytes(whole.substring(0, cut))))
                    .as("cut at %d", cut).isSameAs(RespReplyParser.INCOMPLETE);
        }
        assertThat(RespReplyParser.parse(bytes(whole))).isEqualTo(List.of("hello", 7L));
    }

    @Test
    void skippingReadsTheSameBytesAndKeepsOnlyErrors() {
        ByteBuf in = bytes("+OK\r\n:-42\r\n$4\r\nhé!\r\n$-1\r\n*-1\r\n*3\r\n$1\r\na\r\n*1\r\n:1\r\n$0\r\n\r\n"
                + "-ERR no\r\n*2\r\n*1\r\n-WRONGTYPE deep\r\n-ERR second\r\n");
        for (int i = 0; i < 6; i++) {
            assertThat(RespReplyParser.skip(in)).as("reply %d", i).isSameAs(RespReplyParser.SKIPPED);
        }
        assertThat(RespReplyParser.errorIn(RespReplyParser.skip(in))).isEqualTo("ERR no");
        assertThat(RespReplyParser.errorIn(RespReplyParser.skip(in))).isEqualTo("WRONGTYPE deep"); // the first one
        assertThat(in.isReadable()).isFalse();
        assertThat(RespReplyParser.errorIn(RespReplyParser.SKIPPED)).isNull();
        String whole = "*2\r\n$5\r\nhello\r\n:7\r\n";
        for (int cut = 0; cut < whole.length(); cut++) {
            assertThat(RespReplyParser.skip(bytes(whole.substring(0, cut))))
                    .as("cut at %d", cut).isSameAs(RespReplyParser.INCOMPLETE);
        }
        assertThatThrownBy(() -> RespReplyParser.skip(bytes(":12a\r\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed RESP integer");
    }

    @Test
    void garbageIsAClearError() {
        assertThatThrownBy(() -> RespReplyParser.parse(bytes("?what\r\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unexpected RESP type byte");
        assertThatThrownBy(() -> RespReplyParser.parse(bytes(":12a\r\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed RESP integer");
    }
}
