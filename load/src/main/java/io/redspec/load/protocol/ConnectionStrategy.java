package io.redspec.load.protocol;

/**
 * How virtual users map onto connections.
 *
 * @param sharedConnections connections shared by all users (users are spread round-robin and
 *                          their commands are pipelined on the shared connection); 0 means one
 *                          connection per virtual user, opened on its first command
 */
public record ConnectionStrategy(int sharedConnections) {

    public static final int DEFAULT_SHARED = 4;

    public ConnectionStrategy {
        if (sharedConnections < 0) {
            throw new IllegalArgumentException("shared connections must be >= 0, got " + sharedConnections);
        }
    }

    public static ConnectionStrategy shared(int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("shared connections must be >= 1, got " + connections);
        }
        return new ConnectionStrategy(connections);
    }

    public static ConnectionStrategy perUser() {
        return new ConnectionStrategy(0);
    }

    public boolean isPerUser() {
        return sharedConnections == 0;
    }

    /** Parses {@code per-user}, {@code shared} or {@code shared:N}. */
    public static ConnectionStrategy parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("per-user")) {
            return perUser();
        }
        if (t.equals("shared")) {
            return shared(DEFAULT_SHARED);
        }
        if (t.startsWith("shared:")) {
            try {
                return shared(Integer.parseInt(t.substring("shared:".length())));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("connections must be per-user, shared or shared:N, got '" + text + "'");
    }

    @Override
    public String toString() {
        return isPerUser() ? "per-user" : "shared:" + sharedConnections;
    }
}
