package io.redspec.server;

import io.redspec.resp.Endpoint;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * The server a run talks to: an embedded redis-server we start (and stop on {@link #close()}), or an
 * existing server given by URI, which is only checked for reachability and never modified here.
 */
public final class Target implements AutoCloseable {

    /** Accepted {@code --target} forms, for error messages and help. */
    public static final String FORMS = "embedded, embedded:7.0, embedded:6.2, redis://[user:password@]host:port[/db]"
            + " or rediss://[user:password@]host:port[/db]";

    /**
     * @param tlsInsecure     for rediss:// URIs: accept any certificate (self-signed test servers)
     * @param embeddedConfig  extra redis.conf lines for embedded targets (ignored for URIs)
     */
    public record Options(boolean tlsInsecure, List<String> embeddedConfig) {
        public Options {
            embeddedConfig = embeddedConfig == null ? List.of() : List.copyOf(embeddedConfig);
        }

        public static Options defaults() {
            return new Options(false, List.of());
        }
    }

    private final Endpoint endpoint;
    private final EmbeddedServer embedded;
    private final Duration timeout;
    private volatile ServerInfo serverInfo;

    private Target(Endpoint endpoint, EmbeddedServer embedded, Duration timeout) {
        this.endpoint = endpoint;
        this.embedded = embedded;
        this.timeout = timeout;
    }

    public static Target open(String spec, Duration timeout) {
        return open(spec, timeout, Options.defaults());
    }

    /**
     * Starts the embedded server, or checks that the URI answers PING (after AUTH/SELECT if given).
     *
     * @param timeout bound for connecting to and each reply from a URI target
     * @throws TargetException with one line saying what is wrong
     */
    public static Target open(String spec, Duration timeout, Options options) {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(options, "options");
        String text = spec == null ? "" : spec.trim();
        if (text.equals("embedded") || text.startsWith("embedded:")) {
            String version = text.equals("embedded") ? EmbeddedServer.versions().get(0) : text.substring("embedded:".length());
            if (!EmbeddedServer.versions().contains(version)) {
                throw new TargetException("unknown embedded version '" + version + "'; available: "
                        + String.join(", ", EmbeddedServer.versions()));
            }
            EmbeddedServer server = EmbeddedServer.start(version,
                    EmbeddedServer.Options.defaults().withConfig(options.embeddedConfig().toArray(String[]::new)));
            return new Target(server.endpoint(), server, timeout);
        }
        if (text.startsWith("redis://") || text.startsWith("rediss://")) {
            Endpoint endpoint;
            try {
                endpoint = Endpoint.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TargetException("bad target '" + Endpoint.redact(text) + "': " + e.getMessage() + "; use " + FORMS);
            }
            if (options.tlsInsecure()) {
                endpoint = endpoint.withTlsInsecure(true);
            }
            Target target = new Target(endpoint, null, timeout);
            target.checkReachable();
            return target;
        }
        throw new TargetException("unknown target '" + Endpoint.redact(text) + "'; use " + FORMS);
    }

    private void checkReachable() {
        try (ProbeConnection connection = ProbeConnection.open(endpoint, timeout)) {
            if (endpoint.db() != 0) {
                connection.call("SELECT", Integer.toString(endpoint.db()));
            }
            connection.call("PING");
        } catch (IOException e) {
            throw new TargetException("cannot connect to " + endpoint.display() + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) return "unknown host " + e.getMessage();
        if (e instanceof SocketTimeoutException) return "no answer (timed out)";
        if (e instanceof SSLException) return "TLS handshake failed (" + e.getMessage()
                + "); a self-signed certificate needs the insecure TLS option";
        if (e instanceof ConnectException && e.getMessage() != null) return e.getMessage();
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** e.g. {@code embedded redis-server 7.0.15 on 127.0.0.1:41234}, or the URI without its password. */
    public String description() {
        if (embedded == null) {
            return endpoint.display();
        }
        Version version = serverInfo().version();
        return "embedded redis-server " + (version == null ? embedded.version() : version)
                + " on " + endpoint.host() + ":" + endpoint.port();
    }

    /** Flavour, version and mode from {@code INFO server}, asked once. */
    public ServerInfo serverInfo() {
        ServerInfo info = serverInfo;
        if (info == null) {
            info = probeServerInfo();
            serverInfo = info;
        }
        return info;
    }

    private ServerInfo probeServerInfo() {
        try (ProbeConnection connection = ProbeConnection.open(endpoint, timeout)) {
            String text = connection.call("INFO", "server");
            ServerInfo info = ServerInfo.fromInfo(text);
            if (info.flavour() == Flavour.REDIS) {
                // KeyDB 6.3.0+ has its own section; Redis answers an unknown section with nothing.
                try {
                    String keydb = connection.call("INFO", "keydb");
                    if (keydb != null && !keydb.isBlank()) {
                        info = ServerInfo.fromInfo(text + "\r\n" + keydb);
                    }
                } catch (ProbeConnection.ErrorReply ignored) {
                    // a server that rejects the section is not KeyDB
                }
            }
            return info;
        } catch (IOException e) {
            throw new TargetException("cannot read INFO from " + endpoint.display() + ": " + describe(e), e);
        }
    }

    /** Stops the embedded server; does nothing to a URI target. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Override
    public String toString() {
        return embedded == null ? endpoint.display() : embedded.toString();
    }
}
