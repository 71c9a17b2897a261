package io.redspec.engine;

import io.redspec.exec.RunSettings;
import java.util.Optional;

/** Why a case with a database of its own ({@code db: N}) cannot run on this target, if it cannot. */
final class OwnDatabaseSkip {
    private OwnDatabaseSkip() {}

    static Optional<String> reason(int db, RunSettings s) {
        if (s.cluster()) {
            return Optional.of("runs in database " + db + " of its own: a cluster has database 0 only");
        }
        if (db == s.endpoint().db()) {
            return Optional.of("runs in database " + db + " of its own, but the target's other cases run there too");
        }
        return Optional.empty();
    }
}
