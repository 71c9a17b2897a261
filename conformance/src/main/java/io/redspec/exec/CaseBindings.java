package io.redspec.exec;

import io.redspec.spec.Bindings;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders of one case run: its key namespace {@code redspec:{<run>.<n>}:} (one hash tag, so
 * all its keys share a cluster slot), its saved variables, and every key it touched for clean-up.
 */
final class CaseBindings implements Bindings {
    static final String PREFIX = "redspec:";

    private final String namespace;
    private final int db;
    private final Map<String, byte[]> variables = new HashMap<>();
    private final Set<String> keysUsed = new LinkedHashSet<>();

    CaseBindings(String runId, long caseNumber, int db) {
        this.namespace = PREFIX + "{" + runId + "." + caseNumber + "}:";
        this.db = db;
    }

    @Override
    public synchronized String key(String name) {
        String k = namespace + name;
        keysUsed.add(k);
        return k;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public int db() {
        return db;
    }

    @Override
    public byte[] variable(String name) {
        byte[] v = variables.get(name);
        if (v == null) {
            throw new IllegalStateException("variable $" + name + " has no value yet (its save step was skipped?)");
        }
        return v;
    }

    void save(String name, byte[] value) {
        variables.put(name, value);
    }

    @Override
    public long nowMillis() {
        return System.currentTimeMillis();
    }

    synchronized Set<String> keysUsed() {
        return Set.copyOf(keysUsed);
    }
}
