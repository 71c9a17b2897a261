package io.redspec.server;

import java.time.Duration;

/** What every kind shares: {@code INFO server} asked once, on first use, within the run's timeout. */
abstract class ProbedTarget implements Target {

    private final Duration timeout;
    private volatile ServerInfo serverInfo;

    ProbedTarget(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public final ServerInfo serverInfo() {
        ServerInfo info = serverInfo;
        if (info == null) {
            info = ServerInfoProbe.read(endpoint(), timeout);
            serverInfo = info;
        }
        return info;
    }
}
