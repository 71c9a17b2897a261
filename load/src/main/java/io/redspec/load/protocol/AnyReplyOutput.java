package io.redspec.load.protocol;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.CommandOutput;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects any reply shape into plain Java values: String (bulk and status), Long, Double,
 * Boolean, null, and List for arrays, sets, pushes and maps (maps flattened to key, value, ...).
 * Arrays are closed by counting their elements, so it does not depend on Lettuce's depth calls.
 */
final class AnyReplyOutput extends CommandOutput<String, String, Object> {

    private static final class OpenArray {
        final List<Object> items;
        int remaining;

        OpenArray(List<Object> items, int remaining) {
            this.items = items;
            this.remaining = remaining;
        }
    }

    private final Deque<OpenArray> open = new ArrayDeque<>();

    AnyReplyOutput() {
        super(StringCodec.UTF8, null);
    }

    private void add(Object value) {
        if (open.isEmpty()) {
            output = value;
            return;
        }
        OpenArray top = open.peek();
        top.items.add(value);
        top.remaining--;
        while (!open.isEmpty() && open.peek().remaining <= 0) {
            open.pop();
        }
    }

    @Override
    public void set(ByteBuffer bytes) {
        add(bytes == null ? null : StandardCharsets.UTF_8.decode(bytes).toString());
    }

    @Override
    public void setSingle(ByteBuffer bytes) {
        set(bytes);
    }

    @Override
    public void setBigNumber(ByteBuffer bytes) {
        set(bytes);
    }

    @Override
    public void set(long integer) {
        add(integer);
    }

    @Override
    public void set(double number) {
        add(number);
    }

    @Override
    public void set(boolean value) {
        add(value);
    }

    @Override
    public void multi(int count) {
        if (count < 0) {
            add(null);
            return;
        }
        List<Object> items = new ArrayList<>(count);
        add(items);
        if (count > 0) {
            open.push(new OpenArray(items, count));
        }
    }
}
