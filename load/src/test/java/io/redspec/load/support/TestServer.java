package io.redspec.load.support;

import io.redspec.load.server.LoadTarget;
import io.redspec.load.server.LoadTargets;

import java.time.Duration;

/** One embedded server per test class, on loopback. */
public final class TestServer implements AutoCloseable {

    private final LoadTarget target;

    private TestServer(LoadTarget target) {
        this.target = target;
    }

    public static TestServer start() {
        return new TestServer(LoadTargets.open("embedded", Duration.ofSeconds(10)));
    }

    public String uri() {
        return "redis://" + target.endpoint().host() + ":" + target.endpoint().port();
    }

    public int port() {
        return target.endpoint().port();
    }

    @Override
    public void close() {
        target.close();
    }
}
