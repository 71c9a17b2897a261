package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.time.Duration;
import java.util.List;

/** {@code redis://…} or {@code rediss://…}: an existing server, checked for reachability, never stopped. */
final class UriTarget extends ProbedTarget {

    private final Endpoint endpoint;

    private UriTarget(Endpoint endpoint, Duration timeout) {
        super(timeout);
        this.endpoint = endpoint;
    }

    static final class Kind implements TargetKind {
        @Override
        public List<String> forms() {
            return List.of("redis://[user:password@]host:port[/db]", "rediss://[user:password@]host:port[/db]");
        }

        @Override
        public boolean claims(String text) {
            return text.startsWith("redis://") || text.startsWith("rediss://");
        }

        @Override
        public void check(String text) {
            parse(text);
        }

        @Override
        public Target open(String text, Duration timeout, Target.Options options) {
            Endpoint endpoint = parse(text);
            if (options.tlsInsecure()) {
                endpoint = endpoint.withTlsInsecure(true);
            }
            ServerInfoProbe.ping(endpoint, timeout);
            return new UriTarget(endpoint, timeout);
        }

        private static Endpoint parse(String text) {
            try {
                return Endpoint.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad target '" + Endpoint.redact(text) + "': " + e.getMessage()
                        + "; use " + TargetKinds.phrase());
            }
        }
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public boolean embedded() {
        return false;
    }

    @Override
    public String description() {
        return endpoint.display();
    }

    @Override
    public void close() {
        // not ours: nothing to stop
    }

    @Override
    public String toString() {
        return endpoint.display();
    }
}
