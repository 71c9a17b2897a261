package io.redspec.resp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes commands the way every Redis client sends them: an array of bulk strings. */
public final class RespWriter {

    private final OutputStream out;

    public RespWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes one command without flushing. */
    public void write(List<byte[]> args) throws IOException {
        out.write(encode(args));
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** The wire bytes of one command, e.g. {@code *2\r\n$3\r\nGET\r\n$1\r\nk\r\n}. */
    public static byte[] encode(List<byte[]> args) {
        if (args == null || args.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least one argument");
        }
        int size = 16;
        for (byte[] a : args) {
            if (a == null) {
                throw new IllegalArgumentException("command arguments must not be null");
            }
            size += a.length + 16;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(size);
        header(buf, '*', args.size());
        for (byte[] a : args) {
            header(buf, '$', a.length);
            buf.writeBytes(a);
            buf.write('\r');
            buf.write('\n');
        }
        return buf.toByteArray();
    }

    private static void header(ByteArrayOutputStream buf, char type, int length) {
        buf.write(type);
        buf.writeBytes(Integer.toString(length).getBytes(StandardCharsets.US_ASCII));
        buf.write('\r');
        buf.write('\n');
    }
}
