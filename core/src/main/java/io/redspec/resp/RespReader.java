package io.redspec.resp;

import io.redspec.resp.RespValue.*;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads RESP2 and RESP3 replies from a stream into {@link RespValue}s, keeping every wire type.
 * Attributes ({@code |}) are read and kept in {@link #lastAttributes()}; the value they annotate
 * is returned. Anything malformed gives a {@link RespProtocolException}; a stream that ends
 * inside a reply gives an {@link EOFException}. Not thread-safe.
 */
public final class RespReader {

    /**
     * Bounds that keep a broken or hostile peer from exhausting memory or stack.
     *
     * @param maxBulkLength      largest accepted bulk/verbatim/blob-error length in bytes
     * @param maxAggregateLength most elements (pairs for maps) of one array, map, set or push
     * @param maxDepth           deepest nesting of aggregates (a flat array is depth 1)
     * @param maxLineLength      longest simple string, error or number line in bytes
     */
    public record Limits(long maxBulkLength, int maxAggregateLength, int maxDepth, int maxLineLength) {
        /** 512 MiB bulks (Redis' proto-max-bulk-len), 16 Mi elements, depth 64, 1 MiB lines. */
        public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 16 * 1024 * 1024, 64, 1024 * 1024);

        public Limits {
            if (maxBulkLength < 0 || maxAggregateLength < 0 || maxDepth < 1 || maxLineLength < 1) {
                throw new IllegalArgumentException("RESP limits must be positive");
            }
        }
    }

    /** Bulks bigger than this are allocated as their bytes arrive, not up front. */
    private static final int EAGER_ALLOCATION = 1024 * 1024;
    private static final int CONTEXT_BYTES = 48;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BIG_NUMBER = Pattern.compile("[+-]?\\d+");

    private final InputStream in;
    private final Limits limits;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    /** Stream offset of buf[0], for error messages. */
    private long bufOffset;
    private long frameStart;
    /** Stream offset of the type byte of the value being read, for error messages. */
    private long valueStart;
    private boolean midFrame;
    private RespMap lastAttributes;

    public RespReader(InputStream in) {
        this(in, Limits.DEFAULT);
    }

    public RespReader(InputStream in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Reads one complete reply. Throws {@link EOFException} if the stream ends before or inside
     * it, {@link RespProtocolException} if it is malformed.
     */
    public RespValue read() throws IOException {
        lastAttributes = null;
        midFrame = false;
        if (pos == lim && !fill()) {
            throw new EOFException("end of stream: the connection was closed before a reply arrived");
        }
        frameStart = offset();
        midFrame = true;
        RespValue value = readValue(0);
        midFrame = false;
        return value;
    }

    /** The attributes ({@code |}) seen during the last {@link #read()}, null if none. */
    public RespMap lastAttributes() {
        return lastAttributes;
    }

    /** True when the last {@link #read()} failed after consuming part of a reply. */
    public boolean midFrame() {
        return midFrame;
    }

    /** True when bytes are already buffered, so a read starts without waiting. */
    public boolean hasBufferedBytes() {
        return pos < lim;
    }

    /**
     * Blocks until at least one byte is buffered (or the stream's own timeout fires).
     * Throws {@link EOFException} when the stream has ended.
     */
    public void awaitData() throws IOException {
        if (pos == lim && !fill()) {
            throw new EOFException("end of stream: the connection was closed");
        }
    }

    private long offset() {
        return bufOffset + pos;
    }

    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        bufOffset += lim;
        pos = 0;
        lim = Math.max(n, 0);
        return n > 0;
    }

    private int readByte(String what) throws IOException {
        if (pos == lim && !fill()) {
            throw truncated(what);
        }
        return buf[pos++] & 0xff;
    }

    private EOFException truncated(String what) {
        return new EOFException("end of stream in the middle of a reply while reading " + what
                + " (" + (offset() - frameStart) + " bytes of the reply received)");
    }

    private RespValue readValue(int depth) throws IOException {
        valueStart = offset();
        int type = readByte("the type byte");
        switch (type) {
            case '+': return new SimpleString(lineText(type, "simple string"));
            case '-': return new RespError(lineText(type, "error"), false);
            case ':': return new RespInteger(parseLong(type, readLine(type, "integer"), "integer"));
            case '$': return readBulk(type);
            case '*': return readAggregate(type, depth);
            case '_': {
                byte[] line = readLine(type, "null");
                if (line.length != 0) {
                    throw protocol("null must be empty", type, line);
                }
                return new RespNull(RespNull.Kind.NULL);
            }
            case ',': return readDouble(type);
            case '#': {
                byte[] line = readLine(type, "boolean");
                if (line.length == 1 && line[0] == 't') return new RespBoolean(true);
                if (line.length == 1 && line[0] == 'f') return new RespBoolean(false);
                throw protocol("boolean must be t or f", type, line);
            }
            case '(': {
                byte[] line = readLine(type, "big number");
                String text = ascii(line);
                if (!BIG_NUMBER.matcher(text).matches()) {
                    throw protocol("big number is not an integer", type, line);
                }
                return new BigNumber(new BigInteger(text));
            }
            case '=': return readVerbatim(type);
            case '!': {
                byte[] bytes = readBlob(type, "blob error", false);
                return new RespError(new String(bytes, StandardCharsets.UTF_8), true);
            }
            case '%': case '~': case '>': return readAggregate(type, depth);
            case '|': {
                lastAttributes = (RespMap) readAggregate(type, depth);
                return readValue(depth);
            }
            default: throw unknownType(type);
        }
    }

    private RespValue readBulk(int type) throws IOException {
        byte[] bytes = readBlob(type, "bulk string", true);
        return bytes == null ? new RespNull(RespNull.Kind.BULK) : new BulkString(bytes);
    }

    private RespValue readVerbatim(int type) throws IOException {
        byte[] bytes = readBlob(type, "verbatim string", false);
        if (bytes.length < 4 || bytes[3] != ':') {
            throw new RespProtocolException("verbatim string must start with a 3-letter format and ':', got "
                    + quote(bytes, 0, bytes.length) + at());
        }
        return new VerbatimString(new String(bytes, 0, 3, StandardCharsets.UTF_8), Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    private RespValue readDouble(int type) throws IOException {
        byte[] line = readLine(type, "double");
        String text = ascii(line);
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        double value;
        if (unsigned.equalsIgnoreCase("inf")) {
            value = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (unsigned.equalsIgnoreCase("nan")) {
            value = Double.NaN;
        } else if (DECIMAL.matcher(text).matches()) {
            value = Double.parseDouble(text);
        } else {
            throw protocol("double is not a number", type, line);
        }
        return new RespDouble(value, text);
    }

    /** Length-prefixed payload; null for {@code -1} when {@code nullable}. */
    private byte[] readBlob(int type, String what, boolean nullable) throws IOException {
        byte[] header = readLine(type, what + " length");
        if (header.length == 1 && header[0] == '?') {
            throw protocol("streamed RESP3 strings are not supported", type, header);
        }
        long length = parseLong(type, header, what + " length");
        if (length == -1 && nullable) {
            return null;
        }
        if (length < 0) {
            throw protocol("negative " + what + " length", type, header);
        }
        long max = Math.min(limits.maxBulkLength(), Integer.MAX_VALUE - 16);
        if (length > max) {
            throw protocol(what + " of " + length + " bytes is over the limit of " + max + " bytes", type, header);
        }
        byte[] bytes = readExactly((int) length, what);
        int cr = readByte("the CRLF after a " + what);
        int lf = cr == '\r' ? readByte("the CRLF after a " + what) : -1;
        if (cr != '\r' || lf != '\n') {
            byte[] got = lf < 0 ? new byte[] {(byte) cr} : new byte[] {(byte) cr, (byte) lf};
            throw new RespProtocolException(what + " of " + length + " bytes is not followed by CRLF: got "
                    + quote(got, 0, got.length) + " after " + quote(bytes, Math.max(0, bytes.length - 16), bytes.length) + at());
        }
        return bytes;
    }

    private byte[] readExactly(int length, String what) throws IOException {
        byte[] bytes = new byte[Math.min(length, EAGER_ALLOCATION)];
        int filled = 0;
        while (filled < length) {
            if (pos == lim && !fill()) {
                throw truncated(what + " (" + filled + " of " + length + " bytes)");
            }
            if (filled == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(length, bytes.length * 2L));
            }
            int n = Math.min(lim - pos, bytes.length - filled);
            System.arraycopy(buf, pos, bytes, filled, n);
            pos += n;
            filled += n;
        }
        return bytes;
    }

    private RespValue readAggregate(int type, int depth) throws IOException {
        String what = aggregateName(type);
        byte[] header = readLine(type, what + " length");
        if (header.length == 1 && header[0] == '?') {
            throw protocol("streamed RESP3 aggregates are not supported", type, header);
        }
        long count = parseLong(type, header, what + " length");
        if (count == -1 && type == '*') {
            return new RespNull(RespNull.Kind.ARRAY);
        }
        if (count < 0) {
            throw protocol("negative " + what + " length", type, header);
        }
        if (count > limits.maxAggregateLength()) {
            throw protocol(what + " of " + count + " elements is over the limit of "
                    + limits.maxAggregateLength(), type, header);
        }
        if (depth + 1 > limits.maxDepth()) {
            throw protocol(what + " nested deeper than the limit of " + limits.maxDepth(), type, header);
        }
        int n = (int) count;
        if (type == '%' || type == '|') {
            List<Map.Entry<RespValue, RespValue>> entries = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                RespValue key = readValue(depth + 1);
                RespValue value = readValue(depth + 1);
                entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
            }
            return new RespMap(List.copyOf(entries));
        }
        List<RespValue> elements = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            elements.add(readValue(depth + 1));
        }
        List<RespValue> list = List.copyOf(elements);
        return switch (type) {
            case '~' -> new RespSet(list);
            case '>' -> new RespPush(list);
            default -> new RespArray(list);
        };
    }

    private static String aggregateName(int type) {
        return switch (type) {
            case '%' -> "map";
            case '|' -> "attribute";
            case '~' -> "set";
            case '>' -> "push";
            default -> "array";
        };
    }

    /** One CRLF-terminated line without its CRLF; CR or LF alone inside it are errors. */
    private byte[] readLine(int type, String what) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(32);
        while (true) {
            if (pos == lim && !fill()) {
                throw truncated(what);
            }
            int start = pos;
            while (pos < lim && buf[pos] != '\r' && buf[pos] != '\n') {
                pos++;
            }
            line.write(buf, start, pos - start);
            if (line.size() > limits.maxLineLength()) {
                byte[] got = line.toByteArray();
                throw protocol(what + " line longer than " + limits.maxLineLength() + " bytes", type,
                        Arrays.copyOf(got, Math.min(got.length, CONTEXT_BYTES)));
            }
            if (pos == lim) {
                continue;
            }
            int stop = buf[pos++];
            if (stop == '\n') {
                throw protocol(what + " line ends in LF without CR", type, line.toByteArray(), "\n");
            }
            int lf = readByte(what);
            if (lf != '\n') {
                throw protocol(what + " line has CR not followed by LF", type, line.toByteArray(),
                        "\r" + (char) lf);
            }
            return line.toByteArray();
        }
    }

    private String lineText(int type, String what) throws IOException {
        return new String(readLine(type, what), StandardCharsets.UTF_8);
    }

    /** Strict decimal long: optional sign, ASCII digits only, no overflow. */
    private long parseLong(int type, byte[] line, String what) throws RespProtocolException {
        int i = 0;
        boolean negative = false;
        if (line.length > 0 && (line[0] == '-' || line[0] == '+')) {
            negative = line[0] == '-';
            i = 1;
        }
        if (i == line.length) {
            throw protocol(what + " is not a number", type, line);
        }
        long value = 0;
        for (; i < line.length; i++) {
            int d = line[i] - '0';
            if (d < 0 || d > 9) {
                throw protocol(what + " is not a number", type, line);
            }
            // accumulate negatively so Long.MIN_VALUE fits
            if (value < (Long.MIN_VALUE + d) / 10) {
                throw protocol(what + " is out of the 64-bit range", type, line);
            }
            value = value * 10 - d;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                throw protocol(what + " is out of the 64-bit range", type, line);
            }
            value = -value;
        }
        return value;
    }

    private RespProtocolException unknownType(int type) {
        int n = Math.min(lim - pos, CONTEXT_BYTES);
        byte[] context = new byte[n + 1];
        context[0] = (byte) type;
        System.arraycopy(buf, pos, context, 1, n);
        return new RespProtocolException(String.format("unknown RESP type byte 0x%02x, starting %s", type,
                quote(context, 0, context.length)) + at());
    }

    private RespProtocolException protocol(String problem, int type, byte[] line) {
        return protocol(problem, type, line, "\r\n");
    }

    private RespProtocolException protocol(String problem, int type, byte[] line, String terminator) {
        byte[] t = terminator.getBytes(StandardCharsets.ISO_8859_1);
        byte[] frame = new byte[1 + Math.min(line.length, CONTEXT_BYTES) + t.length];
        frame[0] = (byte) type;
        System.arraycopy(line, 0, frame, 1, Math.min(line.length, CONTEXT_BYTES));
        System.arraycopy(t, 0, frame, frame.length - t.length, t.length);
        String shown = quote(frame, 0, frame.length);
        if (line.length > CONTEXT_BYTES) {
            shown = quote(frame, 0, 1 + CONTEXT_BYTES) + "...";
        }
        return new RespProtocolException(problem + ": " + shown + at());
    }

    /** Where the offending value starts, counted from the first byte of the reply. */
    private String at() {
        return " (value at byte " + (valueStart - frameStart) + " of the reply)";
    }

    private static String quote(byte[] bytes, int from, int to) {
        return "\"" + RespFormatter.escape(bytes, from, to) + "\"";
    }

    private static String ascii(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1);
    }
}
