package io.redspec.load.support.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A buffered input that flushes an output just before it would block: what was forwarded goes
 * out in one write per burst, and nothing waits in a buffer while the proxy waits for more input.
 */
final class FlushingInput extends InputStream {

    private final InputStream in;
    private final OutputStream pendingOutput;
    private final byte[] buffer = new byte[16384];
    private int position;
    private int limit;

    FlushingInput(InputStream in, OutputStream pendingOutput) {
        this.in = in;
        this.pendingOutput = pendingOutput;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (in.available() == 0) {
            pendingOutput.flush();
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
