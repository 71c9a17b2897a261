package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code embedded} or {@code embedded:<version>}: a real redis-server from the jar, stopped on close. */
final class EmbeddedTarget extends ProbedTarget {

    private static final String PREFIX = "embedded:";

    private final EmbeddedServer server;
    private final String version;
    private final EmbeddedServer.Options options;
    private final Duration timeout;

    private EmbeddedTarget(String version, EmbeddedServer.Options options, Duration timeout) {
        super(timeout);
        this.server = EmbeddedServer.start(version, options);
        this.version = version;
        this.options = options;
        this.timeout = timeout;
    }

    static final class Kind implements TargetKind {
        @Override
        public List<String> forms() {
            List<String> forms = new ArrayList<>(List.of("embedded"));
            EmbeddedServer.versions().forEach(v -> forms.add(PREFIX + v));
            return forms;
        }

        @Override
        public boolean claims(String text) {
            return text.equals("embedded") || text.startsWith(PREFIX);
        }

        @Override
        public void check(String text) {
            version(text);
        }

        @Override
        public Target open(String text, Duration timeout, Target.Options options) {
            return new EmbeddedTarget(version(text),
                    EmbeddedServer.Options.defaults().withConfig(options.embeddedConfig().toArray(String[]::new)), timeout);
        }

        /** {@code embedded} alone is the first version listed. */
        private static String version(String text) {
            String version = text.equals("embedded") ? EmbeddedServer.versions().get(0) : text.substring(PREFIX.length());
            if (!EmbeddedServer.versions().contains(version)) {
                throw new IllegalArgumentException("unknown embedded version '" + version + "'; available: "
                        + String.join(", ", EmbeddedServer.versions()));
            }
            return version;
        }
    }

    @Override
    public Endpoint endpoint() {
        return server.endpoint();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public String description() {
        Version version = serverInfo().version();
        return "embedded redis-server " + (version == null ? server.version() : version)
                + " on " + endpoint().host() + ":" + endpoint().port();
    }

    /** The same version with the same configuration, on a port of its own. */
    @Override
    public Target twin() {
        return new EmbeddedTarget(version, options, timeout);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
