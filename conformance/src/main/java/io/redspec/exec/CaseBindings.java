package io.redspec.exec;

import io.redspec.spec.Bindings;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The placeholders of one case run: its key namespace {@code redspec:{<run>.<n>}:} (one hash tag, so
 * all its keys share a cluster slot), its saved variables, and for clean-up every key it touched and
 * every database its commands named (where those keys may be).
 */
final class CaseBindings implements Bindings {
    static final String PREFIX = "redspec:";

    private final String namespace;
    private final int db;
    private final Map<String, byte[]> variables = new HashMap<>();
    private final Set<String> keysUsed = new LinkedHashSet<>();
    private final Set<Integer> databasesNamed = new TreeSet<>();

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

    /** Notes the databases a command about to be sent names (SELECT, MOVE, COPY … DB, SWAPDB). */
    synchronized void sending(List<byte[]> args) {
        databasesNamed.addAll(DatabasesNamed.in(args));
    }

    /** The databases the case's commands named, besides its own; the case's keys are deleted there too. */
    synchronized Set<Integer> otherDatabases() {
        Set<Integer> other = new TreeSet<>(databasesNamed);
        other.remove(db);
        return other;
    }
}
