package io.redspec.load.protocol;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnyReplyOutputTest {

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scalarRepliesBecomePlainValues() {
        AnyReplyOutput status = new AnyReplyOutput();
        status.set(bytes("OK"));
        assertThat(status.get()).isEqualTo("OK");

        AnyReplyOutput integer = new AnyReplyOutput();
        integer.set(42L);
        assertThat(integer.get()).isEqualTo(42L);

        AnyReplyOutput nil = new AnyReplyOutput();
        nil.set((ByteBuffer) null);
        assertThat(nil.get()).isNull();
    }

    @Test
    void nestedArraysCloseByCount() {
        AnyReplyOutput out = new AnyReplyOutput();
        out.multi(3);
        out.set(bytes("a"));
        out.multi(2);
        out.set(1L);
        out.set(bytes("b"));
        out.set(bytes("c"));
        assertThat(out.get()).isEqualTo(List.of("a", List.of(1L, "b"), "c"));
    }

    @Test
    void emptyAndNullArrays() {
        AnyReplyOutput out = new AnyReplyOutput();
        out.multi(2);
        out.multi(0);
        out.multi(-1);
        assertThat((List<?>) out.get()).hasSize(2);
        assertThat(((List<?>) out.get()).get(0)).isEqualTo(List.of());
        assertThat(((List<?>) out.get()).get(1)).isNull();
    }

    @Test
    void mapsAreFlattened() {
        AnyReplyOutput out = new AnyReplyOutput();
        out.multiMap(2);
        out.set(bytes("k1"));
        out.set(bytes("v1"));
        out.set(bytes("k2"));
        out.set(2L);
        assertThat(out.get()).isEqualTo(List.of("k1", "v1", "k2", 2L));
    }
}
