package io.redspec.schema;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the schema check saw in one run, shared by its concurrent cases: how many replies it
 * checked, the schema branches they took per command, and the commands sent that have no schema.
 */
public final class BranchHits {
    private final AtomicLong checked = new AtomicLong();
    private final Map<String, Set<String>> taken = new ConcurrentHashMap<>();
    private final Set<String> withoutSchema = ConcurrentHashMap.newKeySet();

    void checked() {
        checked.incrementAndGet();
    }

    void taken(String command, Set<String> pointers) {
        if (!pointers.isEmpty()) {
            taken.computeIfAbsent(command, k -> ConcurrentHashMap.newKeySet()).addAll(pointers);
        }
    }

    void withoutSchema(String command) {
        withoutSchema.add(command);
    }

    public long checkedReplies() {
        return checked.get();
    }

    /** Command → pointers of the branches taken, both sorted. */
    public Map<String, Set<String>> taken() {
        Map<String, Set<String>> out = new TreeMap<>();
        taken.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }

    public Set<String> withoutSchema() {
        return new TreeSet<>(withoutSchema);
    }
}
