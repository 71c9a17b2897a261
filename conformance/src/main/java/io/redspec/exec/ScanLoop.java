package io.redspec.exec;

import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Iterates a SCAN-family command to the end and gathers what it returned. SCAN guarantees that an
 * element present for the whole iteration is returned at least once, and may return one more than
 * once, so the union is kept without repeats. Every batch must be a well-formed cursor reply: a
 * cursor that is not a bulk string, an odd number of pair elements or a non-bulk element is a
 * failure, and an iteration that never returns cursor 0 is one too.
 */
final class ScanLoop {
    /** More calls than any collection of the corpus needs even at COUNT 1, few enough to end quickly. */
    static final int MAX_CALLS = 5000;
    private static final byte[] DONE = {'0'};

    /** Sends one command with the cursor in place and reads its reply. */
    interface Call {
        RespValue send(byte[] cursor) throws IOException, InterruptedException;
    }

    /** The loop stopped on a reply that is not what a cursor iteration returns. */
    static final class Problem extends Exception {
        final RespValue reply;

        Problem(String message, RespValue reply) {
            super(message, null, false, false);
            this.reply = reply;
        }
    }

    /** What every call returned together, first-seen order; {@code calls} is how many it took. */
    record Union(Map<ByteBuffer, RespValue> elements, Map<ByteBuffer, RespValue[]> pairs, int calls) {

        /** As a reply: the elements as an array, pairs as HGETALL would send them (RESP3 map, RESP2 flat array). */
        RespValue asReply(boolean pairsMode, boolean resp3) {
            if (!pairsMode) {
                return new RespValue.RespArray(List.copyOf(elements.values()));
            }
            if (resp3) {
                List<Map.Entry<RespValue, RespValue>> entries = new ArrayList<>();
                pairs.values().forEach(p -> entries.add(new AbstractMap.SimpleImmutableEntry<>(p[0], p[1])));
                return new RespValue.RespMap(entries);
            }
            List<RespValue> flat = new ArrayList<>();
            pairs.values().forEach(p -> {
                flat.add(p[0]);
                flat.add(p[1]);
            });
            return new RespValue.RespArray(flat);
        }
    }

    private ScanLoop() {}

    static Union run(Call call, boolean pairsMode) throws IOException, InterruptedException, Problem {
        Map<ByteBuffer, RespValue> elements = new LinkedHashMap<>();
        Map<ByteBuffer, RespValue[]> pairs = new LinkedHashMap<>();
        byte[] cursor = DONE;
        for (int calls = 1; calls <= MAX_CALLS; calls++) {
            RespValue reply = call.send(cursor);
            List<RespValue> batch = batch(reply);
            cursor = ((RespValue.BulkString) ((RespValue.RespArray) reply).elements().get(0)).bytes();
            if (pairsMode) {
                addPairs(batch, pairs, reply);
            } else {
                for (RespValue e : batch) {
                    elements.putIfAbsent(ByteBuffer.wrap(bulk(e, reply)), e);
                }
            }
            if (java.util.Arrays.equals(cursor, DONE)) {
                return new Union(elements, pairs, calls);
            }
        }
        throw new Problem("the cursor did not come back to 0 within " + MAX_CALLS + " calls (last cursor "
                + new String(cursor, StandardCharsets.UTF_8) + ")", null);
    }

    /** The elements of a reply shaped [cursor (bulk), [elements…]]. */
    private static List<RespValue> batch(RespValue reply) throws Problem {
        if (!(reply instanceof RespValue.RespArray a) || a.elements().size() != 2
                || !(a.elements().get(0) instanceof RespValue.BulkString)
                || !(a.elements().get(1) instanceof RespValue.RespArray batch)) {
            throw new Problem("a cursor reply is an array of a bulk-string cursor and an array of elements", reply);
        }
        return batch.elements();
    }

    private static void addPairs(List<RespValue> batch, Map<ByteBuffer, RespValue[]> pairs, RespValue reply) throws Problem {
        if (batch.size() % 2 != 0) {
            throw new Problem("pairs: a batch has an odd number of elements (" + batch.size() + ")", reply);
        }
        for (int i = 0; i < batch.size(); i += 2) {
            RespValue key = batch.get(i);
            RespValue value = batch.get(i + 1);
            ByteBuffer k = ByteBuffer.wrap(bulk(key, reply));
            bulk(value, reply);
            RespValue[] before = pairs.putIfAbsent(k, new RespValue[] {key, value});
            if (before != null && !before[1].equals(value)) {
                throw new Problem("pairs: " + RespFormatter.format(key) + " came with two values, "
                        + RespFormatter.format(before[1]) + " and " + RespFormatter.format(value), reply);
            }
        }
    }

    /**
     * Why the union is not the collection a reference command replied (SMEMBERS, KEYS, HGETALL,
     * ZRANGE … WITHSCORES), or null when it is: the same elements, or the same field/value pairs,
     * compared as text (a RESP3 double score as the text the server sent).
     */
    static String differs(Union union, RespValue reference, boolean pairsMode) {
        Map<ByteBuffer, ByteBuffer> want = new LinkedHashMap<>();
        Map<ByteBuffer, ByteBuffer> got = new LinkedHashMap<>();
        if (pairsMode) {
            List<RespValue[]> refPairs = pairsOf(reference);
            if (refPairs == null) {
                return "same_as: the reference reply is not field/value pairs: " + RespFormatter.format(reference);
            }
            for (RespValue[] p : refPairs) {
                want.put(text(p[0]), text(p[1]));
            }
            union.pairs().forEach((k, p) -> got.put(k, text(p[1])));
        } else {
            List<RespValue> refElements = reference instanceof RespValue.RespArray a ? a.elements()
                    : reference instanceof RespValue.RespSet set ? set.elements() : null;
            if (refElements == null) {
                return "same_as: the reference reply is not an array or set: " + RespFormatter.format(reference);
            }
            refElements.forEach(e -> want.put(text(e), null));
            union.elements().keySet().forEach(k -> got.put(k, null));
        }
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        want.forEach((k, v) -> {
            if (!got.containsKey(k) || (pairsMode && !java.util.Objects.equals(got.get(k), v))) {
                missing.add(show(k, v));
            }
        });
        got.forEach((k, v) -> {
            if (!want.containsKey(k) || (pairsMode && !java.util.Objects.equals(want.get(k), v))) {
                extra.add(show(k, v));
            }
        });
        if (missing.isEmpty() && extra.isEmpty()) {
            return null;
        }
        return "the iteration returned " + got.size() + " distinct, the collection has " + want.size()
                + (missing.isEmpty() ? "" : "; never returned: " + first(missing))
                + (extra.isEmpty() ? "" : "; returned but not in the collection: " + first(extra));
    }

    /** Map entries, an array of [field, value] arrays, or a flat field/value array; null otherwise. */
    private static List<RespValue[]> pairsOf(RespValue reference) {
        List<RespValue[]> out = new ArrayList<>();
        if (reference instanceof RespValue.RespMap m) {
            m.entries().forEach(e -> out.add(new RespValue[] {e.getKey(), e.getValue()}));
            return out;
        }
        if (!(reference instanceof RespValue.RespArray a)) {
            return null;
        }
        List<RespValue> els = a.elements();
        boolean nested = !els.isEmpty() && els.stream().allMatch(e -> e instanceof RespValue.RespArray p && p.elements().size() == 2);
        if (nested) {
            els.forEach(e -> out.add(((RespValue.RespArray) e).elements().toArray(RespValue[]::new)));
            return out;
        }
        if (els.size() % 2 != 0) {
            return null;
        }
        for (int i = 0; i < els.size(); i += 2) {
            out.add(new RespValue[] {els.get(i), els.get(i + 1)});
        }
        return out;
    }

    /** An element as text: a string's bytes, an integer's or a double's text as the server sent it. */
    private static ByteBuffer text(RespValue v) {
        byte[] b;
        if (v instanceof RespValue.BulkString s) {
            b = s.bytes();
        } else if (v instanceof RespValue.SimpleString s) {
            b = s.value().getBytes(StandardCharsets.UTF_8);
        } else if (v instanceof RespValue.VerbatimString s) {
            b = s.bytes();
        } else if (v instanceof RespValue.RespInteger i) {
            b = Long.toString(i.value()).getBytes(StandardCharsets.UTF_8);
        } else if (v instanceof RespValue.RespDouble d) {
            b = d.raw().getBytes(StandardCharsets.UTF_8);
        } else {
            b = RespFormatter.format(v).getBytes(StandardCharsets.UTF_8);
        }
        return ByteBuffer.wrap(b);
    }

    private static String show(ByteBuffer k, ByteBuffer v) {
        String key = "\"" + StandardCharsets.UTF_8.decode(k.duplicate()) + "\"";
        return v == null ? key : key + "=\"" + StandardCharsets.UTF_8.decode(v.duplicate()) + "\"";
    }

    private static String first(List<String> items) {
        int shown = Math.min(5, items.size());
        return String.join(", ", items.subList(0, shown)) + (items.size() > shown ? " … (" + items.size() + " in all)" : "");
    }

    private static byte[] bulk(RespValue e, RespValue reply) throws Problem {
        if (e instanceof RespValue.BulkString b) {
            return b.bytes();
        }
        throw new Problem("every element of a batch is a bulk string, got " + RespFormatter.format(e), reply);
    }
}
