package io.redspec.load.server;

import io.redspec.resp.Endpoint;
import io.redspec.server.Target;

import java.time.Duration;
import java.util.List;

/**
 * Opens the target named by {@code embedded}, {@code embedded:7.0}, {@code embedded:6.2} or a
 * redis(s):// URI, through the conformance module's {@link Target}: an embedded server is started
 * (and stopped on close), a URI is checked for reachability.
 *
 * @throws io.redspec.server.TargetException (one line) when the target cannot be opened
 */
public final class LoadTargets {

    private LoadTargets() {
    }

    public static LoadTarget open(String spec, Duration timeout) {
        return open(spec, timeout, false);
    }

    public static LoadTarget open(String spec, Duration timeout, boolean tlsInsecure) {
        Target target = Target.open(spec, timeout, new Target.Options(tlsInsecure, List.of()));
        return new LoadTarget() {
            @Override
            public Endpoint endpoint() {
                return target.endpoint();
            }

            @Override
            public String description() {
                return target.description();
            }

            @Override
            public void close() {
                target.close();
            }
        };
    }
}
