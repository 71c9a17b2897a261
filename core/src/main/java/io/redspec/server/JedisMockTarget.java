package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.time.Duration;
import java.util.List;

/** {@code jedis-mock}: the third-party Java server started in this JVM, a target under test, stopped on close. */
final class JedisMockTarget extends ProbedTarget {

    private final JedisMockServer server;
    private final Duration timeout;

    private JedisMockTarget(JedisMockServer server, Duration timeout) {
        super(timeout);
        this.server = server;
        this.timeout = timeout;
    }

    static final class Kind implements TargetKind {
        @Override
        public List<String> forms() {
            return List.of(JedisMockServer.TARGET);
        }

        @Override
        public boolean claims(String text) {
            return text.equals(JedisMockServer.TARGET);
        }

        @Override
        public void check(String text) {
            // the whole form is the name: nothing more to check
        }

        @Override
        public Target open(String text, Duration timeout, Target.Options options) {
            return new JedisMockTarget(JedisMockServer.start(), timeout);
        }
    }

    @Override
    public Endpoint endpoint() {
        return server.endpoint();
    }

    /** The run started it and owns its data: exclusive cases may change it. */
    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public String description() {
        String v = JedisMockServer.version();
        return "jedis-mock " + (v == null ? "" : v + " ") + "in-process on " + endpoint().host() + ":" + endpoint().port();
    }

    /** Another jedis-mock in this JVM, with data of its own. */
    @Override
    public Target twin() {
        return new JedisMockTarget(JedisMockServer.start(), timeout);
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return description();
    }
}
