package io.redspec.spec;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code db: N}: the case runs in database N, not the target's, e.g. so that a subscriber to
 * {@code __keyevent@N__:*} sees only the case's own keys. The case must own {@code db:N} in
 * {@code exclusive}: then no other case uses that database while it runs.
 */
final class OwnDatabase {
    /** Redis' default number of databases is 16; a case's own database is one of 1-15. */
    static final int MAX = 15;

    private OwnDatabase() {}

    static int parse(YamlNodes yaml, Node n, List<String> ownedResources) {
        long db = yaml.integer(n, "db");
        if (db < 1 || db > MAX) {
            throw yaml.error(n, "db must be a database of 1-" + MAX + " (0 is where the other cases run), got " + db);
        }
        if (!ownedResources.contains("db:" + db)) {
            throw yaml.error(n, "db: " + db + " needs exclusive to name db:" + db + ", so no other case uses the database at the same time");
        }
        return (int) db;
    }
}
