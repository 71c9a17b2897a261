package io.redspec.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keys of a run still present when it ended, by database: each is a leak (a case's clean-up missed a
 * database it wrote to), deleted by the sweep and reported as a failure of the run.
 */
public final class Leftovers {
    private record Key(int db, String key) {}

    private final List<Key> keys = new ArrayList<>();

    void add(int db, String key) {
        keys.add(new Key(db, key));
    }

    public int count() {
        return keys.size();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** One line per database and case: "leftover keys in db 9: 3 keys of case server/swapdb:swaps-and-back (RESP2)". */
    public List<String> lines(RunKeys owners) {
        Map<Integer, Map<String, Integer>> byDb = new TreeMap<>();
        for (Key k : keys) {
            byDb.computeIfAbsent(k.db(), d -> new TreeMap<>()).merge(owners.ownerOf(k.key()), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        byDb.forEach((db, byCase) -> byCase.forEach((owner, n) ->
                lines.add("leftover keys in db " + db + ": " + n + (n == 1 ? " key of " : " keys of ") + owner)));
        return lines;
    }
}
