package io.redspec.load.protocol;

import io.gatling.core.protocol.Protocol;
import io.gatling.javaapi.core.ProtocolBuilder;
import io.redspec.resp.Endpoint;

import java.time.Duration;
import java.util.Objects;

/**
 * Java DSL for the Redis protocol: {@code Redis.redis().uri("redis://127.0.0.1:6379").connections(4)}.
 * Each method returns a new builder, as Gatling's own builders do.
 */
public final class RedisProtocolBuilder implements ProtocolBuilder {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final RedisProtocol settings;

    RedisProtocolBuilder(RedisProtocol settings) {
        this.settings = settings;
    }

    static RedisProtocolBuilder defaults() {
        return new RedisProtocolBuilder(new RedisProtocol(Endpoint.parse("redis://127.0.0.1:6379"),
                ConnectionStrategy.shared(ConnectionStrategy.DEFAULT_SHARED), false, DEFAULT_TIMEOUT, null));
    }

    /** {@code redis://[user:password@]host:port[/db]} or {@code rediss://…} for TLS. */
    public RedisProtocolBuilder uri(String uri) {
        return endpoint(Endpoint.parse(uri));
    }

    public RedisProtocolBuilder endpoint(Endpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new RedisProtocolBuilder(new RedisProtocol(endpoint, settings.connections(), settings.resp3(), settings.timeout(), settings.earlyClose()));
    }

    /** Skip certificate verification for {@code rediss://} targets with self-signed certificates. */
    public RedisProtocolBuilder tlsInsecure() {
        return endpoint(settings.endpoint().withTlsInsecure(true));
    }

    /** All users share {@code count} connections, their commands pipelined on them. */
    public RedisProtocolBuilder connections(int count) {
        return connections(ConnectionStrategy.shared(count));
    }

    /** Each virtual user gets its own connection (redis-benchmark's model). */
    public RedisProtocolBuilder connectionPerUser() {
        return connections(ConnectionStrategy.perUser());
    }

    public RedisProtocolBuilder connections(ConnectionStrategy strategy) {
        Objects.requireNonNull(strategy, "strategy");
        return new RedisProtocolBuilder(new RedisProtocol(settings.endpoint(), strategy, settings.resp3(), settings.timeout(), settings.earlyClose()));
    }

    public RedisProtocolBuilder resp2() {
        return new RedisProtocolBuilder(new RedisProtocol(settings.endpoint(), settings.connections(), false, settings.timeout(), settings.earlyClose()));
    }

    public RedisProtocolBuilder resp3() {
        return new RedisProtocolBuilder(new RedisProtocol(settings.endpoint(), settings.connections(), true, settings.timeout(), settings.earlyClose()));
    }

    /** A command without a reply after this long is a KO; also bounds connecting. */
    public RedisProtocolBuilder timeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return new RedisProtocolBuilder(new RedisProtocol(settings.endpoint(), settings.connections(), settings.resp3(), timeout, settings.earlyClose()));
    }

    /**
     * Lets the simulation close this protocol's connections early through {@code handle}
     * (see {@link EarlyClose}); without it they close when Gatling's run ends.
     */
    public RedisProtocolBuilder closedBy(EarlyClose handle) {
        Objects.requireNonNull(handle, "handle");
        return new RedisProtocolBuilder(new RedisProtocol(settings.endpoint(), settings.connections(), settings.resp3(), settings.timeout(), handle));
    }

    public RedisProtocol settings() {
        return settings;
    }

    @Override
    public Protocol protocol() {
        return settings;
    }
}
