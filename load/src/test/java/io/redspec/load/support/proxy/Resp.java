package io.redspec.load.support.proxy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One RESP2/RESP3 value as it crossed the wire, enough to rewrite it: a line ({@code + - : , # ( _}),
 * a bulk ({@code $ = !}, {@code data} null for a null bulk) or an aggregate ({@code * ~ > % |},
 * {@code items} null for a null array; maps hold key, value, … flattened).
 */
public record Resp(char type, byte[] data, List<Resp> items) {

    public static Resp bulk(String text) {
        return new Resp('$', text == null ? null : text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static Resp integer(long n) {
        return new Resp(':', Long.toString(n).getBytes(StandardCharsets.US_ASCII), null);
    }

    public boolean isBulk() {
        return type == '$';
    }

    public String text() {
        return data == null ? null : new String(data, StandardCharsets.UTF_8);
    }

    /** Reads one value; null at a clean end of stream. */
    public static Resp read(InputStream in) throws IOException {
        int t = in.read();
        if (t < 0) {
            return null;
        }
        char type = (char) t;
        String line = line(in);
        switch (type) {
            case '$', '=', '!' -> {
                int len = Integer.parseInt(line);
                if (len < 0) {
                    return new Resp(type, null, null);
                }
                byte[] data = in.readNBytes(len);
                if (data.length < len || in.read() != '\r' || in.read() != '\n') {
                    throw new EOFException("truncated bulk");
                }
                return new Resp(type, data, null);
            }
            case '*', '~', '>', '%', '|' -> {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return new Resp(type, null, null);
                }
                int count = type == '%' || type == '|' ? 2 * n : n;
                List<Resp> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    Resp item = read(in);
                    if (item == null) {
                        throw new EOFException("truncated aggregate");
                    }
                    items.add(item);
                }
                return new Resp(type, null, items);
            }
            default -> {
                return new Resp(type, line.getBytes(StandardCharsets.UTF_8), null);
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(16);
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new EOFException("truncated line");
            }
            b.write(c);
        }
        if (in.read() != '\n') {
            throw new IOException("CR without LF");
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    public void write(OutputStream out) throws IOException {
        out.write(type);
        switch (type) {
            case '$', '=', '!' -> {
                if (data == null) {
                    out.write("-1\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write((data.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(data);
                    out.write('\r');
                    out.write('\n');
                }
            }
            case '*', '~', '>', '%', '|' -> {
                if (items == null) {
                    out.write("-1\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    int n = type == '%' || type == '|' ? items.size() / 2 : items.size();
                    out.write((n + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    for (Resp item : items) {
                        item.write(out);
                    }
                }
            }
            default -> {
                out.write(data);
                out.write('\r');
                out.write('\n');
            }
        }
    }

    /** A command as a client sends it: an array of bulk strings. */
    public static Resp command(List<String> argv) {
        List<Resp> items = new ArrayList<>(argv.size());
        argv.forEach(a -> items.add(bulk(a)));
        return new Resp('*', null, items);
    }

    /** The command's arguments as text; empty for anything but an array. */
    public List<String> argv() {
        List<String> out = new ArrayList<>();
        if (items != null) {
            items.forEach(i -> out.add(i.text()));
        }
        return out;
    }
}
