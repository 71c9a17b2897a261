package io.redspec.resp;

import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RespReaderTest {

    /** Wire text as bytes: every char is one byte (ISO-8859-1), so "\0" and "\u00ff" are raw bytes. */
    static byte[] wire(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static RespValue read(String s) throws IOException {
        return new RespReader(new ByteArrayInputStream(wire(s))).read();
    }

    static RespValue readTrickled(String s) throws IOException {
        return new RespReader(new OneByteAtATime(wire(s))).read();
    }

    static BulkString bulk(String s) {
        return BulkString.of(s);
    }

    static Map.Entry<RespValue, RespValue> entry(RespValue k, RespValue v) {
        return Map.entry(k, v);
    }

    /** Hands out one byte per read, so every buffer boundary case is exercised. */
    static final class OneByteAtATime extends InputStream {
        private final byte[] data;
        private int pos;

        OneByteAtATime(byte[] data) {
            this.data = data;
        }

        @Override public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (pos >= data.length) return -1;
            b[off] = data[pos++];
            return 1;
        }
    }

    @Nested
    class Resp2Types {
        @Test void simpleString() throws IOException {
            assertThat(read("+OK\r\n")).isEqualTo(new SimpleString("OK"));
            assertThat(read("+\r\n")).isEqualTo(new SimpleString(""));
        }

        @Test void simpleStringIsUtf8() throws IOException {
            assertThat(read("+caf\u00c3\u00a9\r\n")).isEqualTo(new SimpleString("café"));
        }

        @Test void error() throws IOException {
            RespValue v = read("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n");
            assertThat(v).isEqualTo(new RespError("WRONGTYPE Operation against a key holding the wrong kind of value", false));
            assertThat(((RespError) v).prefix()).isEqualTo("WRONGTYPE");
        }

        @Test void integers() throws IOException {
            assertThat(read(":0\r\n")).isEqualTo(new RespInteger(0));
            assertThat(read(":-42\r\n")).isEqualTo(new RespInteger(-42));
            assertThat(read(":+7\r\n")).isEqualTo(new RespInteger(7));
            assertThat(read(":9223372036854775807\r\n")).isEqualTo(new RespInteger(Long.MAX_VALUE));
            assertThat(read(":-9223372036854775808\r\n")).isEqualTo(new RespInteger(Long.MIN_VALUE));
        }

        @Test void bulkStrings() throws IOException {
            assertThat(read("$3\r\nfoo\r\n")).isEqualTo(bulk("foo"));
            assertThat(read("$0\r\n\r\n")).isEqualTo(bulk(""));
        }

        @Test void binaryBulkKeepsCrLfAndNul() throws IOException {
            RespValue v = read("$6\r\na\r\n\0\u00ff\n\r\n");
            assertThat(((BulkString) v).bytes()).containsExactly('a', '\r', '\n', 0, 0xff, '\n');
        }

        @Test void nullBulkAndNullArrayAreDifferent() throws IOException {
            assertThat(read("$-1\r\n")).isEqualTo(new RespNull(RespNull.Kind.BULK));
            assertThat(read("*-1\r\n")).isEqualTo(new RespNull(RespNull.Kind.ARRAY));
        }

        @Test void arrays() throws IOException {
            assertThat(read("*0\r\n")).isEqualTo(new RespArray(List.of()));
            assertThat(read("*3\r\n:1\r\n$1\r\na\r\n+b\r\n"))
                    .isEqualTo(new RespArray(List.of(new RespInteger(1), bulk("a"), new SimpleString("b"))));
        }

        @Test void nestedArraysWithNullsInside() throws IOException {
            assertThat(read("*3\r\n*2\r\n$1\r\na\r\n*0\r\n$-1\r\n*-1\r\n")).isEqualTo(new RespArray(List.of(
                    new RespArray(List.of(bulk("a"), new RespArray(List.of()))),
                    new RespNull(RespNull.Kind.BULK),
                    new RespNull(RespNull.Kind.ARRAY))));
        }

        @Test void pipelinedRepliesComeOneByOne() throws IOException {
            RespReader r = new RespReader(new ByteArrayInputStream(wire("+OK\r\n:1\r\n$1\r\nx\r\n")));
            assertThat(r.read()).isEqualTo(new SimpleString("OK"));
            assertThat(r.read()).isEqualTo(new RespInteger(1));
            assertThat(r.read()).isEqualTo(bulk("x"));
            assertThatThrownBy(r::read).isInstanceOf(EOFException.class).hasMessageContaining("before a reply");
        }

        @Test void bulkLargerThanTheReadBuffer() throws IOException {
            String big = "x".repeat(100_000);
            assertThat(read("$100000\r\n" + big + "\r\n")).isEqualTo(bulk(big));
            assertThat(readTrickled("$100000\r\n" + big + "\r\n")).isEqualTo(bulk(big));
        }

        @Test void bulkOverTheEagerAllocationSize() throws IOException {
            int n = 3 * 1024 * 1024 + 7;
            byte[] head = wire("$" + n + "\r\n");
            byte[] frame = new byte[head.length + n + 2];
            System.arraycopy(head, 0, frame, 0, head.length);
            for (int i = 0; i < n; i++) frame[head.length + i] = (byte) i;
            frame[frame.length - 2] = '\r';
            frame[frame.length - 1] = '\n';
            byte[] got = ((BulkString) new RespReader(new ByteArrayInputStream(frame)).read()).bytes();
            assertThat(got).hasSize(n);
            assertThat(got[n - 1]).isEqualTo((byte) (n - 1));
        }
    }

    @Nested
    class Resp3Types {
        @Test void nullType() throws IOException {
            assertThat(read("_\r\n")).isEqualTo(new RespNull(RespNull.Kind.NULL));
        }

        @Test void doubles() throws IOException {
            assertThat(read(",1.5\r\n")).isEqualTo(new RespDouble(1.5, "1.5"));
            assertThat(read(",-2\r\n")).isEqualTo(new RespDouble(-2, "-2"));
            assertThat(read(",1e10\r\n")).isEqualTo(new RespDouble(1e10, "1e10"));
            assertThat(read(",1.5E-3\r\n")).isEqualTo(new RespDouble(1.5e-3, "1.5E-3"));
            assertThat(read(",.5\r\n")).isEqualTo(new RespDouble(0.5, ".5"));
            assertThat(read(",3.\r\n")).isEqualTo(new RespDouble(3, "3."));
        }

        @Test void infinitiesAndNan() throws IOException {
            assertThat(((RespDouble) read(",inf\r\n")).value()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(((RespDouble) read(",+inf\r\n")).value()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(((RespDouble) read(",-inf\r\n")).value()).isEqualTo(Double.NEGATIVE_INFINITY);
            RespDouble nan = (RespDouble) read(",nan\r\n");
            assertThat(nan.value()).isNaN();
            assertThat(nan.raw()).isEqualTo("nan");
        }

        @Test void bigNumber() throws IOException {
            assertThat(read("(3492890328409238509324850943850943825024385\r\n"))
                    .isEqualTo(new BigNumber(new BigInteger("3492890328409238509324850943850943825024385")));
            assertThat(read("(-1\r\n")).isEqualTo(new BigNumber(BigInteger.ONE.negate()));
        }

        @Test void booleans() throws IOException {
            assertThat(read("#t\r\n")).isEqualTo(new RespBoolean(true));
            assertThat(read("#f\r\n")).isEqualTo(new RespBoolean(false));
        }

        @Test void verbatim() throws IOException {
            assertThat(read("=15\r\ntxt:Some string\r\n")).isEqualTo(new VerbatimString("txt", wire("Some string")));
            assertThat(read("=4\r\nmkd:\r\n")).isEqualTo(new VerbatimString("mkd", new byte[0]));
        }

        @Test void blobError() throws IOException {
            assertThat(read("!21\r\nSYNTAX invalid syntax\r\n")).isEqualTo(new RespError("SYNTAX invalid syntax", true));
        }

        @Test void mapKeepsWireOrderAndTypes() throws IOException {
            assertThat(read("%2\r\n+first\r\n:1\r\n$6\r\nsecond\r\n,2.5\r\n")).isEqualTo(new RespMap(List.of(
                    entry(new SimpleString("first"), new RespInteger(1)),
                    entry(bulk("second"), new RespDouble(2.5, "2.5")))));
        }

        @Test void setAndPush() throws IOException {
            assertThat(read("~2\r\n$1\r\na\r\n:2\r\n")).isEqualTo(new RespSet(List.of(bulk("a"), new RespInteger(2))));
            assertThat(read(">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n"))
                    .isEqualTo(new RespPush(List.of(bulk("message"), bulk("ch"), bulk("hi"))));
        }

        @Test void emptyAggregates() throws IOException {
            assertThat(read("%0\r\n")).isEqualTo(new RespMap(List.of()));
            assertThat(read("~0\r\n")).isEqualTo(new RespSet(List.of()));
            assertThat(read(">0\r\n")).isEqualTo(new RespPush(List.of()));
        }

        @Test void nestedMixedAggregates() throws IOException {
            RespValue v = read("*2\r\n%1\r\n$1\r\nk\r\n~1\r\n#t\r\n>1\r\n_\r\n");
            assertThat(v).isEqualTo(new RespArray(List.of(
                    new RespMap(List.of(entry(bulk("k"), new RespSet(List.of(new RespBoolean(true)))))),
                    new RespPush(List.of(new RespNull(RespNull.Kind.NULL))))));
        }

        @Test void attributesAreKeptAndTheValueReturned() throws IOException {
            RespReader r = new RespReader(new ByteArrayInputStream(wire(
                    "|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*1\r\n:2\r\n+next\r\n")));
            assertThat(r.read()).isEqualTo(new RespArray(List.of(new RespInteger(2))));
            assertThat(r.lastAttributes().entries()).hasSize(1);
            assertThat(r.lastAttributes().entries().get(0).getKey()).isEqualTo(new SimpleString("key-popularity"));
            assertThat(r.read()).isEqualTo(new SimpleString("next"));
            assertThat(r.lastAttributes()).isNull();
        }

        @Test void attributeInsideAnAggregate() throws IOException {
            RespReader r = new RespReader(new ByteArrayInputStream(wire("*2\r\n:1\r\n|1\r\n+ttl\r\n:3\r\n:2\r\n")));
            assertThat(r.read()).isEqualTo(new RespArray(List.of(new RespInteger(1), new RespInteger(2))));
            assertThat(r.lastAttributes()).isEqualTo(new RespMap(List.of(entry(new SimpleString("ttl"), new RespInteger(3)))));
        }
    }

    @Nested
    class Truncation {
        static final String SAMPLE = "*9\r\n+OK\r\n-ERR x\r\n:12\r\n$5\r\na\r\nb\0\r\n$-1\r\n"
                + "%1\r\n,1.5\r\n(123\r\n~1\r\n#t\r\n=7\r\ntxt:abc\r\n|1\r\n_\r\n_\r\n!3\r\nERR\r\n";

        @Test void theSampleIsValid() throws IOException {
            assertThat(read(SAMPLE)).isInstanceOf(RespArray.class);
            assertThat(((RespArray) read(SAMPLE)).elements()).hasSize(9);
        }

        @Test void everyPrefixEndsInEofException() {
            byte[] all = wire(SAMPLE);
            for (int n = 0; n < all.length; n++) {
                byte[] prefix = java.util.Arrays.copyOf(all, n);
                assertThatThrownBy(() -> new RespReader(new ByteArrayInputStream(prefix)).read())
                        .as("prefix of %d bytes", n).isInstanceOf(EOFException.class);
                assertThatThrownBy(() -> new RespReader(new OneByteAtATime(prefix)).read())
                        .as("trickled prefix of %d bytes", n).isInstanceOf(EOFException.class);
            }
        }

        @Test void messageSaysWhatWasBeingRead() {
            assertThatThrownBy(() -> read("$5\r\nab"))
                    .isInstanceOf(EOFException.class)
                    .hasMessageContaining("middle of a reply")
                    .hasMessageContaining("bulk string (2 of 5 bytes)");
        }

        @Test void midFrameIsReported() throws IOException {
            RespReader r = new RespReader(new ByteArrayInputStream(wire("+OK\r\n*2\r\n:1\r\n")));
            r.read();
            assertThat(r.midFrame()).isFalse();
            assertThatThrownBy(r::read).isInstanceOf(EOFException.class);
            assertThat(r.midFrame()).isTrue();
        }
    }

    @Nested
    class Garbage {
        @Test void unknownTypeByteShowsTheBytes() {
            assertThatThrownBy(() -> read("?foo\r\n"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("unknown RESP type byte 0x3f")
                    .hasMessageContaining("\"?foo\\r\\n\"");
        }

        @Test void unknownTypeByteInsideAnArray() {
            assertThatThrownBy(() -> read("*2\r\n:1\r\n\u0000\u0001\r\n"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("0x00")
                    .hasMessageContaining("\\x00\\x01\\r\\n")
                    .hasMessageContaining("byte 8 of the reply");
        }

        @Test void messagesSayWhereTheBadValueStarts() {
            assertThatThrownBy(() -> read("*3\r\n:1\r\n:x\r\n:3\r\n"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessage("integer is not a number: \":x\\r\\n\" (value at byte 8 of the reply)");
        }

        @Test void httpResponseIsRejected() {
            assertThatThrownBy(() -> read("HTTP/1.1 400 Bad Request\r\n"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("0x48").hasMessageContaining("HTTP/1.1");
        }

        @ParameterizedTest
        @ValueSource(strings = {":12a\r\n", ":\r\n", ":-\r\n", ": 1\r\n", ":1.0\r\n", ":0x10\r\n"})
        void nonNumericIntegers(String frame) {
            assertThatThrownBy(() -> read(frame)).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("integer is not a number");
        }

        @Test void integerOverflow() {
            assertThatThrownBy(() -> read(":9223372036854775808\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("out of the 64-bit range").hasMessageContaining(":9223372036854775808\\r\\n");
            assertThatThrownBy(() -> read(":-9223372036854775809\r\n")).isInstanceOf(RespProtocolException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"$abc\r\n", "$\r\n", "$1a\r\nx\r\n", "*x\r\n", "%1.5\r\n", "=\r\n"})
        void badLengths(String frame) {
            assertThatThrownBy(() -> read(frame)).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("length is not a number");
        }

        @ParameterizedTest
        @ValueSource(strings = {"$-2\r\n", "*-5\r\n", "%-1\r\n", "~-1\r\n", ">-1\r\n", "=-1\r\n", "!-1\r\n", "|-1\r\n"})
        void negativeLengthsOtherThanNullArrayAndBulk(String frame) {
            assertThatThrownBy(() -> read(frame)).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("negative");
        }

        @Test void bulkNotFollowedByCrlf() {
            assertThatThrownBy(() -> read("$3\r\nfooXY"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("not followed by CRLF")
                    .hasMessageContaining("\"X\"");
            assertThatThrownBy(() -> read("$3\r\nfoo\rX"))
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("\"\\rX\"");
        }

        @Test void declaredBulkShorterThanItsPayload() {
            assertThatThrownBy(() -> read("$2\r\nfoo\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("not followed by CRLF");
        }

        @Test void crWithoutLfAndLfWithoutCr() {
            assertThatThrownBy(() -> read(":1\rx")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("CR not followed by LF").hasMessageContaining(":1\\rx");
            assertThatThrownBy(() -> read("+OK\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("LF without CR");
        }

        @ParameterizedTest
        @ValueSource(strings = {"#x\r\n", "#\r\n", "#true\r\n", "_x\r\n", ",1.5d\r\n", ",Infinity\r\n",
                ",0x10\r\n", ",\r\n", ",1e\r\n", "(12a\r\n", "(\r\n", "(1.5\r\n", "=3\r\nabc\r\n", "=5\r\ntxtab\r\n"})
        void malformedResp3Scalars(String frame) {
            assertThatThrownBy(() -> read(frame)).isInstanceOf(RespProtocolException.class);
        }

        @Test void streamedValuesAreRejectedClearly() {
            assertThatThrownBy(() -> read("$?\r\n;4\r\nHell\r\n;0\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("streamed");
            assertThatThrownBy(() -> read("*?\r\n:1\r\n.\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("streamed");
        }
    }

    @Nested
    class Limits {
        @Test void bulkOverTheDefault512MiBIsRejected() {
            assertThatThrownBy(() -> read("$536870913\r\n"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("536870913 bytes is over the limit of 536870912");
        }

        @Test void hugeDeclaredLengthsAreRejectedWithoutAllocating() {
            // would need exabytes if allocated; must fail fast on the header alone
            assertThatThrownBy(() -> read("$9000000000000000000\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("over the limit");
            assertThatThrownBy(() -> read("*2147483647\r\n")).isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("over the limit");
            assertThatThrownBy(() -> read("%99999999999\r\n")).isInstanceOf(RespProtocolException.class);
        }

        @Test void lengthAtTheLimitButTruncatedGivesEof() {
            // 512 MiB declared, 3 bytes sent: the reader must not allocate it all before the data comes
            assertThatThrownBy(() -> read("$536870912\r\nabc")).isInstanceOf(EOFException.class);
        }

        @Test void configuredLimits() {
            RespReader.Limits small = new RespReader.Limits(4, 2, 2, 8);
            assertThatThrownBy(() -> new RespReader(new ByteArrayInputStream(wire("$5\r\nhello\r\n")), small).read())
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("over the limit of 4 bytes");
            assertThatThrownBy(() -> new RespReader(new ByteArrayInputStream(wire("*3\r\n")), small).read())
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("3 elements is over the limit of 2");
            assertThatThrownBy(() -> new RespReader(new ByteArrayInputStream(wire("+123456789\r\n")), small).read())
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("longer than 8 bytes");
            assertThatThrownBy(() -> new RespReader(new ByteArrayInputStream(wire("*1\r\n*1\r\n*1\r\n:1\r\n")), small).read())
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("deeper than the limit of 2");
        }

        @Test void nestingUpTo64IsFineAnd65IsRejected() throws IOException {
            assertThat(read("*1\r\n".repeat(63) + "*0\r\n")).isInstanceOf(RespArray.class);
            assertThatThrownBy(() -> read("*1\r\n".repeat(64) + "*0\r\n"))
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("deeper than the limit of 64");
            assertThatThrownBy(() -> read("%1\r\n".repeat(100_000)))
                    .isInstanceOf(RespProtocolException.class).hasMessageContaining("deeper");
        }

        @Test void longGarbageLinesAreShownTruncated() {
            String frame = ":" + "9".repeat(500) + "x\r\n";
            assertThatThrownBy(() -> read(frame)).isInstanceOf(RespProtocolException.class)
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200).contains("..."));
        }
    }
}
