package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The server a run talks to. One implementation per kind ({@link EmbeddedTarget}: a redis-server we
 * start and stop; {@link UriTarget}: an existing server, only checked for reachability and never
 * modified here); {@link TargetKinds} lists them, so a new kind is one class plus its registration.
 */
public interface Target extends AutoCloseable {

    /** The address, credentials and TLS settings clients connect with. */
    Endpoint endpoint();

    /** A server this run started and owns: exclusive cases may change it freely. */
    boolean embedded();

    /** e.g. {@code embedded redis-server 7.0.15 on 127.0.0.1:41234}, or the URI without its password. */
    String description();

    /** Flavour, version and mode from {@code INFO server}, asked once. */
    ServerInfo serverInfo();

    /**
     * A second server like this one (same binary, same configuration), started now and owned by the
     * run: the engine runs the whole-server cases on it, one at a time, while the shared cases run
     * here, instead of after them. Null for a kind without one: a URI target is not ours to copy, and
     * a docker target has none yet (a second container could not be tried: no Docker engine where
     * this was built).
     *
     * @throws TargetException when it does not start (the engine then runs those cases here, last)
     */
    default Target twin() {
        return null;
    }

    /** Stops a server this run started; does nothing to one it did not. */
    @Override
    void close();

    /**
     * @param tlsInsecure     for rediss:// URIs: accept any certificate (self-signed test servers)
     * @param embeddedConfig  extra redis.conf lines for embedded targets (ignored for URIs)
     */
    record Options(boolean tlsInsecure, List<String> embeddedConfig) {
        public Options {
            embeddedConfig = embeddedConfig == null ? List.of() : List.copyOf(embeddedConfig);
        }

        public static Options defaults() {
            return new Options(false, List.of());
        }
    }

    /** Accepted {@code --target} forms, for error messages and help: from the registered kinds. */
    static List<String> forms() {
        return TargetKinds.forms();
    }

    /** {@link #forms()} as one phrase. */
    String FORMS = TargetKinds.phrase();

    /**
     * Why {@code spec} cannot be run now, found without starting it (no Docker engine for a docker:
     * target); null when nothing is known against it. A malformed form is left to {@link #open}.
     */
    static String unavailable(String spec) {
        String text = spec == null ? "" : spec.trim();
        try {
            return TargetKinds.of(text).unavailable(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Target open(String spec, Duration timeout) {
        return open(spec, timeout, Options.defaults());
    }

    /**
     * Starts an embedded server, or checks that a URI answers PING (after AUTH/SELECT if given).
     *
     * @param timeout bound for connecting to and each reply from the server
     * @throws TargetException with one line saying what is wrong
     */
    static Target open(String spec, Duration timeout, Options options) {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(options, "options");
        String text = spec == null ? "" : spec.trim();
        try {
            return TargetKinds.of(text).open(text, timeout, options);
        } catch (IllegalArgumentException e) {
            throw new TargetException(e.getMessage(), e);
        }
    }
}
