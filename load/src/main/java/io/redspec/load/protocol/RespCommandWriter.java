package io.redspec.load.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.util.List;

/** Writes command lines as RESP arrays of bulk strings, straight into a buffer. */
final class RespCommandWriter {

    private static final byte[] CRLF = {'\r', '\n'};

    private RespCommandWriter() {
    }

    static void write(ByteBuf out, List<String> argv) {
        out.writeByte('*');
        writeDecimal(out, argv.size());
        out.writeBytes(CRLF);
        for (int i = 0, n = argv.size(); i < n; i++) {
            String arg = argv.get(i);
            out.writeByte('$');
            writeDecimal(out, ByteBufUtil.utf8Bytes(arg));
            out.writeBytes(CRLF);
            ByteBufUtil.writeUtf8(out, arg);
            out.writeBytes(CRLF);
        }
    }

    /** Estimated encoded size, so one buffer usually fits a whole batch. */
    static int sizeHint(List<String> argv) {
        int size = 16;
        for (int i = 0, n = argv.size(); i < n; i++) {
            size += argv.get(i).length() + 16;
        }
        return size;
    }

    private static void writeDecimal(ByteBuf out, int value) {
        if (value < 10) {
            out.writeByte('0' + value);
            return;
        }
        int digits = 1;
        for (int v = value / 10; v > 0; v /= 10) {
            digits++;
        }
        int end = out.writerIndex() + digits;
        out.ensureWritable(digits);
        for (int i = end - 1; i >= end - digits; i--) {
            out.setByte(i, '0' + value % 10);
            value /= 10;
        }
        out.writerIndex(end);
    }
}
