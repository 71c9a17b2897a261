package io.redspec.resp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One reply exactly as the server put it on the wire: every RESP2/RESP3 type is its own record,
 * so a simple string is never confused with a bulk string, nor a map with an array.
 */
public sealed interface RespValue {

    /** The wire type, named as in the spec format's {@code type:} matcher. */
    String typeName();

    /** {@code +OK} */
    record SimpleString(String value) implements RespValue {
        public String typeName() { return "simple"; }
    }

    /** {@code $3\r\nfoo} — binary safe. */
    record BulkString(byte[] bytes) implements RespValue {
        public String typeName() { return "bulk"; }
        public String text() { return new String(bytes, StandardCharsets.UTF_8); }
        public static BulkString of(String s) { return new BulkString(s.getBytes(StandardCharsets.UTF_8)); }
        @Override public boolean equals(Object o) {
            return o instanceof BulkString b && java.util.Arrays.equals(bytes, b.bytes);
        }
        @Override public int hashCode() { return java.util.Arrays.hashCode(bytes); }
        @Override public String toString() { return "BulkString[" + text() + "]"; }
    }

    /** RESP3 {@code =15\r\ntxt:Some string}: a three-letter format and the text. */
    record VerbatimString(String format, byte[] bytes) implements RespValue {
        public String typeName() { return "verbatim"; }
        public String text() { return new String(bytes, StandardCharsets.UTF_8); }
        @Override public boolean equals(Object o) {
            return o instanceof VerbatimString v && format.equals(v.format) && java.util.Arrays.equals(bytes, v.bytes);
        }
        @Override public int hashCode() { return format.hashCode() * 31 + java.util.Arrays.hashCode(bytes); }
        @Override public String toString() { return "VerbatimString[" + format + ":" + text() + "]"; }
    }

    /** {@code :42} */
    record RespInteger(long value) implements RespValue {
        public String typeName() { return "integer"; }
    }

    /** RESP3 {@code ,1.5}; {@code raw} keeps the server's own text (e.g. {@code inf}). */
    record RespDouble(double value, String raw) implements RespValue {
        public String typeName() { return "double"; }
    }

    /** RESP3 {@code (3492890328409238509324850943850943825024385} */
    record BigNumber(BigInteger value) implements RespValue {
        public String typeName() { return "bignum"; }
    }

    /** RESP3 {@code #t} / {@code #f} */
    record RespBoolean(boolean value) implements RespValue {
        public String typeName() { return "boolean"; }
    }

    /** The three nulls: RESP2 {@code $-1} (BULK) and {@code *-1} (ARRAY), RESP3 {@code _} (NULL). */
    record RespNull(Kind kind) implements RespValue {
        public enum Kind { BULK, ARRAY, NULL }
        public String typeName() { return "null"; }
    }

    /** {@code *} */
    record RespArray(List<RespValue> elements) implements RespValue {
        public String typeName() { return "array"; }
    }

    /** RESP3 {@code %}: entries in wire order. */
    record RespMap(List<Map.Entry<RespValue, RespValue>> entries) implements RespValue {
        public String typeName() { return "map"; }
    }

    /** RESP3 {@code ~}: elements in wire order. */
    record RespSet(List<RespValue> elements) implements RespValue {
        public String typeName() { return "set"; }
    }

    /** RESP3 {@code >}: out-of-band data such as pub/sub messages. */
    record RespPush(List<RespValue> elements) implements RespValue {
        public String typeName() { return "push"; }
    }

    /** {@code -ERR ...} or RESP3 blob error {@code !}: the whole message including its prefix. */
    record RespError(String message, boolean blob) implements RespValue {
        public String typeName() { return "error"; }
        /** The first word, e.g. {@code WRONGTYPE}. */
        public String prefix() {
            int sp = message.indexOf(' ');
            return sp < 0 ? message : message.substring(0, sp);
        }
    }
}
