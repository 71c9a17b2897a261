package io.redspec.load.protocol;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one RESP2 reply into the same plain values as {@link AnyReplyOutput}: String (bulk and
 * status), Long, null, List for arrays; an error reply becomes a {@link ServerError}. Returns
 * {@link #INCOMPLETE} (reader index left anywhere: the caller resets it) when the buffer does not
 * yet hold the whole reply. {@link #skip} reads the same bytes without building the values.
 */
final class RespReplyParser {

    static final Object INCOMPLETE = new Object();
    /** What {@link #skip} returns for a reply without an error. */
    static final Object SKIPPED = new Object();

    /** An error reply; inside an array it fails the whole command, as with Lettuce. */
    record ServerError(String message) {
    }

    private RespReplyParser() {
    }

    static Object parse(ByteBuf in) {
        return read(in, true);
    }

    /**
     * Reads past one reply: its first {@link ServerError} (arrays searched), {@link #SKIPPED} when
     * it holds none, or {@link #INCOMPLETE}.
     */
    static Object skip(ByteBuf in) {
        return read(in, false);
    }

    private static Object read(ByteBuf in, boolean build) {
        if (!in.isReadable()) {
            return INCOMPLETE;
        }
        byte type = in.readByte();
        switch (type) {
            case '+': {
                int eol = lineEnd(in);
                if (eol < 0) {
                    return INCOMPLETE;
                }
                Object s = build
                        ? in.toString(in.readerIndex(), eol - in.readerIndex(), StandardCharsets.UTF_8) : SKIPPED;
                in.readerIndex(eol + 2);
                return s;
            }
            case '-': {
                int eol = lineEnd(in);
                if (eol < 0) {
                    return INCOMPLETE;
                }
                String s = in.toString(in.readerIndex(), eol - in.readerIndex(), StandardCharsets.UTF_8);
                in.readerIndex(eol + 2);
                return new ServerError(s);
            }
            case ':': {
                int eol = lineEnd(in);
                if (eol < 0) {
                    return INCOMPLETE;
                }
                long value = readLong(in, eol);
                return build ? (Object) value : SKIPPED;
            }
            case '$': {
                int eol = lineEnd(in);
                if (eol < 0) {
                    return INCOMPLETE;
                }
                long len = readLong(in, eol);
                if (len < 0) {
                    return build ? null : SKIPPED;
                }
                if (in.readableBytes() < len + 2) {
                    return INCOMPLETE;
                }
                Object s = build ? in.toString(in.readerIndex(), (int) len, StandardCharsets.UTF_8) : SKIPPED;
                in.skipBytes((int) len + 2);
                return s;
            }
            case '*': {
                int eol = lineEnd(in);
                if (eol < 0) {
                    return INCOMPLETE;
                }
                long count = readLong(in, eol);
                if (count < 0) {
                    return build ? null : SKIPPED;
                }
                List<Object> items = build ? new ArrayList<>((int) Math.min(count, 1024)) : null;
                Object firstError = null;
                for (long i = 0; i < count; i++) {
                    Object item = read(in, build);
                    if (item == INCOMPLETE) {
                        return INCOMPLETE;
                    }
                    if (build) {
                        items.add(item);
                    } else if (firstError == null && item != SKIPPED) {
                        firstError = item;
                    }
                }
                return build ? items : firstError != null ? firstError : SKIPPED;
            }
            default:
                throw new IllegalStateException("unexpected RESP type byte '" + (char) type + "'");
        }
    }

    /** The first server error in a reply (arrays searched), or null. */
    static String errorIn(Object reply) {
        if (reply instanceof ServerError e) {
            return e.message();
        }
        if (reply instanceof List<?> items) {
            for (Object item : items) {
                String error = errorIn(item);
                if (error != null) {
                    return error;
                }
            }
        }
        return null;
    }

    private static int lineEnd(ByteBuf in) {
        int cr = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\r');
        return cr < 0 || cr + 1 >= in.writerIndex() ? -1 : cr;
    }

    private static long readLong(ByteBuf in, int eol) {
        int i = in.readerIndex();
        boolean negative = in.getByte(i) == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        for (; i < eol; i++) {
            byte b = in.getByte(i);
            if (b < '0' || b > '9') {
                throw new IllegalStateException("malformed RESP integer");
            }
            value = value * 10 + (b - '0');
        }
        in.readerIndex(eol + 2);
        return negative ? -value : value;
    }
}
