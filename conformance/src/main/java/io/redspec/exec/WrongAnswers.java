package io.redspec.exec;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a server's reply into a plausible wrong one (the kind of mistake a compatible server makes:
 * off-by-something numbers, a simple string sent as bulk, a dropped element, a null as an empty
 * string, an error swallowed). With {@code --mutate} every reply a case's steps see is passed through
 * {@link #of(RespValue)}, and a case that still passes asserts too little; {@code --mutate=steps} tries
 * each {@link Kind} on one step at a time.
 */
public final class WrongAnswers {
    private WrongAnswers() {}

    private static final BulkString FILLER = BulkString.of("redspec-mutant");

    /** The wrong answers {@code --mutate=steps} tries on a step, in this order. */
    public enum Kind {
        VALUE("wrong value"), TYPE("wrong type"), DROPPED("dropped element"), NULL("null");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The reply made wrong in the given way; null when that kind does not apply (no element to drop). */
    public static RespValue of(RespValue v, Kind kind) {
        return switch (kind) {
            case VALUE -> otherValue(v);
            case TYPE -> otherType(v);
            case DROPPED -> dropped(v);
            case NULL -> v instanceof RespNull ? new BulkString(new byte[0]) : new RespNull(RespNull.Kind.NULL);
        };
    }

    /** All at once ({@code --mutate}): a wrong value, and for aggregates one element fewer as well. */
    public static RespValue of(RespValue v) {
        if (v instanceof SimpleString s) {
            return BulkString.of(s.value());
        }
        if (v instanceof RespArray a) {
            return new RespArray(shorter(a.elements()));
        }
        if (v instanceof RespSet s) {
            return new RespSet(shorter(s.elements()));
        }
        if (v instanceof RespPush p) {
            return new RespPush(shorter(p.elements()));
        }
        if (v instanceof RespMap m) {
            return dropped(m);
        }
        if (v instanceof RespError) {
            return new SimpleString("OK"); // an error swallowed
        }
        return otherValue(v);
    }

    private static RespValue otherValue(RespValue v) {
        if (v instanceof SimpleString s) {
            return new SimpleString(s.value() + "~");
        }
        if (v instanceof BulkString b) {
            byte[] more = new byte[b.bytes().length + 1];
            System.arraycopy(b.bytes(), 0, more, 0, b.bytes().length);
            more[more.length - 1] = '~';
            return new BulkString(more);
        }
        if (v instanceof VerbatimString vs) {
            return new BulkString(vs.bytes());
        }
        if (v instanceof RespInteger i) {
            return new RespInteger(i.value() + 1_000_003);
        }
        if (v instanceof RespDouble d) {
            double w = Double.isNaN(d.value()) ? 0 : Double.isInfinite(d.value()) ? 0 : d.value() + 1000.5;
            return new RespDouble(w, Double.toString(w));
        }
        if (v instanceof BigNumber n) {
            return new BigNumber(n.value().add(BigInteger.ONE));
        }
        if (v instanceof RespBoolean b) {
            return new RespBoolean(!b.value());
        }
        if (v instanceof RespNull) {
            return new BulkString(new byte[0]);
        }
        if (v instanceof RespArray a) {
            return new RespArray(firstWrong(a.elements()));
        }
        if (v instanceof RespSet s) {
            return new RespSet(firstWrong(s.elements()));
        }
        if (v instanceof RespPush p) {
            return new RespPush(firstWrong(p.elements()));
        }
        if (v instanceof RespMap m) {
            List<Map.Entry<RespValue, RespValue>> e = new ArrayList<>(m.entries());
            if (e.isEmpty()) {
                e.add(Map.entry(FILLER, FILLER));
            } else {
                e.set(0, Map.entry(e.get(0).getKey(), otherValue(e.get(0).getValue())));
            }
            return new RespMap(e);
        }
        RespError err = (RespError) v;
        return new RespError(err.prefix() + " redspec-mutant", err.blob()); // same code, other text
    }

    /** The same content as the next type a sloppy server might send: bulk for simple, text for numbers. */
    private static RespValue otherType(RespValue v) {
        if (v instanceof SimpleString s) {
            return BulkString.of(s.value());
        }
        if (v instanceof BulkString b) {
            String text = new String(b.bytes(), StandardCharsets.UTF_8);
            return text.contains("\r") || text.contains("\n") ? new VerbatimString("txt", b.bytes()) : new SimpleString(text);
        }
        if (v instanceof VerbatimString vs) {
            return new BulkString(vs.bytes());
        }
        if (v instanceof RespInteger i) {
            return BulkString.of(Long.toString(i.value()));
        }
        if (v instanceof RespDouble d) {
            return BulkString.of(d.raw());
        }
        if (v instanceof BigNumber n) {
            return BulkString.of(n.value().toString());
        }
        if (v instanceof RespBoolean b) {
            return new RespInteger(b.value() ? 1 : 0);
        }
        if (v instanceof RespNull n) {
            return n.kind() == RespNull.Kind.ARRAY ? new RespNull(RespNull.Kind.BULK) : new RespArray(List.of());
        }
        if (v instanceof RespArray a) {
            return new RespSet(a.elements());
        }
        if (v instanceof RespSet s) {
            return new RespArray(s.elements());
        }
        if (v instanceof RespPush p) {
            return new RespArray(p.elements());
        }
        if (v instanceof RespMap m) {
            List<RespValue> flat = new ArrayList<>();
            m.entries().forEach(e -> {
                flat.add(e.getKey());
                flat.add(e.getValue());
            });
            return new RespArray(flat);
        }
        return new SimpleString("OK"); // an error swallowed
    }

    private static RespValue dropped(RespValue v) {
        if (v instanceof RespArray a) {
            return a.elements().isEmpty() ? null : new RespArray(a.elements().subList(0, a.elements().size() - 1));
        }
        if (v instanceof RespSet s) {
            return s.elements().isEmpty() ? null : new RespSet(s.elements().subList(0, s.elements().size() - 1));
        }
        if (v instanceof RespPush p) {
            return p.elements().isEmpty() ? null : new RespPush(p.elements().subList(0, p.elements().size() - 1));
        }
        if (v instanceof RespMap m) {
            List<Map.Entry<RespValue, RespValue>> e = new ArrayList<>(m.entries());
            if (e.isEmpty()) {
                e.add(Map.entry(FILLER, FILLER)); // nothing to drop: one too many is as wrong
            } else {
                e.remove(e.size() - 1);
            }
            return new RespMap(e);
        }
        return null;
    }

    /** One element fewer and the first one wrong: order-, length- and content-checks all notice. */
    private static List<RespValue> shorter(List<RespValue> els) {
        if (els.isEmpty()) {
            return List.of(FILLER);
        }
        List<RespValue> out = new ArrayList<>(els.subList(0, els.size() - 1));
        if (!out.isEmpty()) {
            out.set(0, of(out.get(0)));
        }
        return out;
    }

    /** Same length, the first element wrong; an empty one gets an element. */
    private static List<RespValue> firstWrong(List<RespValue> els) {
        if (els.isEmpty()) {
            return List.of(FILLER);
        }
        List<RespValue> out = new ArrayList<>(els);
        out.set(0, otherValue(out.get(0)));
        return out;
    }
}
