package io.redspec.load.protocol;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import io.lettuce.core.SslVerifyMode;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.redspec.resp.Endpoint;

/** Turns protocol settings into a configured Lettuce client. */
public final class LettuceClients {

    private LettuceClients() {
    }

    static RedisURI uri(RedisProtocol settings) {
        return uri(settings.endpoint(), settings.timeout());
    }

    /** Lettuce's form of an endpoint: host, port, database, TLS (verifying unless insecure) and AUTH. */
    public static RedisURI uri(Endpoint e, java.time.Duration timeout) {
        RedisURI.Builder b = RedisURI.builder().withHost(e.host()).withPort(e.port())
                .withDatabase(e.db()).withTimeout(timeout);
        if (e.tls()) {
            b.withSsl(true).withVerifyPeer(e.tlsInsecure() ? SslVerifyMode.NONE : SslVerifyMode.FULL);
        }
        if (e.password() != null) {
            if (e.user() != null) {
                b.withAuthentication(e.user(), e.password());
            } else {
                b.withPassword(e.password().toCharArray());
            }
        }
        return b.build();
    }

    /**
     * Lettuce keeps I/O threads of its own. Lending it Gatling's event loops (so a user and its
     * connection share a thread) was measured slower on 2 cores: 12-16k vs 24-26k requests/s.
     */
    static ClientResources resources() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return DefaultClientResources.builder().ioThreadPoolSize(threads).computationThreadPoolSize(1).build();
    }

    static RedisClient client(RedisProtocol settings, ClientResources resources) {
        RedisClient client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .protocolVersion(settings.resp3() ? ProtocolVersion.RESP3 : ProtocolVersion.RESP2)
                // command timeouts are armed by the actions on the user's event loop: Lettuce's own
                // per-command timer costs a cross-thread hand-off per command (measured ~1.5x slower)
                .timeoutOptions(TimeoutOptions.builder().timeoutCommands(false).build())
                .sslOptions(SslOptions.builder().jdkSslProvider().build())
                // a load test must see failures, not hide them behind silent reconnect-and-retry
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return client;
    }
}
