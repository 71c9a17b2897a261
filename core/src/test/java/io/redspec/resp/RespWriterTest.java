package io.redspec.resp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RespWriterTest {

    @Test void encodesAnArrayOfBulkStrings() {
        assertThat(new String(RespWriter.encode(RespConnection.args("GET", "k")), StandardCharsets.ISO_8859_1))
                .isEqualTo("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
    }

    @Test void emptyAndBinaryArgumentsAreSentAsIs() {
        byte[] binary = {0, '\r', '\n', (byte) 0xff};
        byte[] got = RespWriter.encode(List.of("SET".getBytes(StandardCharsets.UTF_8), new byte[0], binary));
        byte[] want = "*3\r\n$3\r\nSET\r\n$0\r\n\r\n$4\r\n\0\r\n\u00ff\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(got).isEqualTo(want);
    }

    @Test void argsAreUtf8() {
        assertThat(RespConnection.args("é").get(0)).containsExactly(0xc3, 0xa9);
    }

    @Test void writesWithoutFlushingUntilAsked() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RespWriter w = new RespWriter(out);
        w.write(RespConnection.args("PING"));
        w.write(RespConnection.args("ECHO", "x"));
        w.flush();
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$1\r\nx\r\n");
    }

    @Test void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) i;
        RespValue v = new RespReader(new ByteArrayInputStream(RespWriter.encode(List.of(binary, new byte[0])))).read();
        assertThat(v).isEqualTo(new RespValue.RespArray(List.of(new RespValue.BulkString(binary),
                new RespValue.BulkString(new byte[0]))));
    }

    @Test void rejectsEmptyCommandsAndNullArguments() {
        assertThatThrownBy(() -> RespWriter.encode(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one argument");
        assertThatThrownBy(() -> RespWriter.encode(Arrays.asList("GET".getBytes(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }
}
