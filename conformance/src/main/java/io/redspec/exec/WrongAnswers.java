package io.redspec.exec;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a server's reply into a plausible wrong one (the kind of mistake a compatible server makes:
 * off-by-something numbers, a simple string sent as bulk, a dropped element, a null as an empty
 * string, an error swallowed). With {@code --mutate} every reply a case's steps see is passed through
 * here, and a case that still passes asserts too little.
 */
public final class WrongAnswers {
    private WrongAnswers() {}

    private static final BulkString FILLER = BulkString.of("redspec-mutant");

    public static RespValue of(RespValue v) {
        if (v instanceof SimpleString s) {
            return BulkString.of(s.value());
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
            return new RespArray(shorter(a.elements()));
        }
        if (v instanceof RespSet s) {
            return new RespSet(shorter(s.elements()));
        }
        if (v instanceof RespPush p) {
            return new RespPush(shorter(p.elements()));
        }
        if (v instanceof RespMap m) {
            List<Map.Entry<RespValue, RespValue>> e = new ArrayList<>(m.entries());
            if (e.isEmpty()) {
                e.add(Map.entry(FILLER, FILLER));
            } else {
                e.remove(e.size() - 1);
            }
            return new RespMap(e);
        }
        return new SimpleString("OK"); // an error swallowed
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
}
