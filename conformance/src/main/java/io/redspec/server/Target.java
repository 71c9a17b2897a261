package io.redspec.server;

import io.redspec.resp.Endpoint;

import io.redspec.resp.RespConnection;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The server a run talks to: an embedded redis-server we start (and stop on {@link #close()}), or an
 * existing server given by URI, which is only checked for reachability and never modified here.
 */
public final class Target implements AutoCloseable {

    /** Accepted {@code --target} forms, for error messages and help: built from the embedded versions. */
    public static List<String> forms() {
        List<String> forms = new java.util.ArrayList<>();
        forms.add("embedded");
        EmbeddedServer.versions().forEach(v -> forms.add("embedded:" + v));
        forms.add("redis://[user:password@]host:port[/db]");
        forms.add("rediss://[user:password@]host:port[/db]");
        return List.copyOf(forms);
    }

    /** {@link #forms()} as one phrase. */
    public static final String FORMS = String.join(", ", forms().subList(0, forms().size() - 1)) + " or "
            + forms().get(forms().size() - 1);

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
        try (RespConnection connection = RespConnection.open(endpoint, 2, timeout)) {
            RespValue pong = connection.call("PING");
            if (pong instanceof RespValue.RespError e) {
                throw new TargetException("cannot use " + endpoint.display() + ": PING answered " + e.message());
            }
        } catch (IOException e) {
            throw new TargetException(describe(e), e);
        }
    }

    /** The client's messages already say where and what (connect, TLS, AUTH, SELECT, timeout). */
    private String describe(IOException e) {
        if (e instanceof UnknownHostException) return "cannot connect to " + endpoint.display() + ": unknown host";
        String message = e.getMessage();
        return message == null || message.isBlank() ? "cannot connect to " + endpoint.display() + ": "
                + e.getClass().getSimpleName() : message;
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
        try (RespConnection connection = RespConnection.open(endpoint, 2, timeout)) {
            String text = infoText(connection.call("INFO", "server"));
            ServerInfo info = ServerInfo.fromInfo(text);
            if (info.flavour() == Flavour.REDIS) {
                // KeyDB 6.3.0+ has its own section; Redis answers an unknown section with nothing,
                // and a server that rejects the section is not KeyDB.
                RespValue keydb = connection.call("INFO", "keydb");
                if (!(keydb instanceof RespValue.RespError) && !infoText(keydb).isBlank()) {
                    info = ServerInfo.fromInfo(text + "\r\n" + infoText(keydb));
                }
            }
            return info;
        } catch (IOException e) {
            throw new TargetException("cannot read INFO from " + endpoint.display() + ": " + describe(e), e);
        }
    }

    private String infoText(RespValue reply) throws IOException {
        if (reply instanceof RespValue.BulkString b) return b.text();
        if (reply instanceof RespValue.VerbatimString v) return v.text();
        if (reply instanceof RespValue.RespError e) throw new IOException(e.message());
        throw new IOException("INFO answered " + RespFormatter.formatInline(reply));
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
