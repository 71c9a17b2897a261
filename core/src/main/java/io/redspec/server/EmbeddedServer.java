package io.redspec.server;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real redis-server started from a binary shipped on the classpath, on a free loopback port, with
 * no persistence and its own temporary directory. {@link #close()} stops it and removes the
 * directory; a JVM shutdown hook stops whatever is still running (Ctrl-C included).
 */
public final class EmbeddedServer implements AutoCloseable {

    /**
     * @param config      extra redis.conf lines, e.g. {@code notify-keyspace-events Ex}; they come
     *                    last, so they can override the defaults
     * @param tls         serve TLS only, with a fresh self-signed certificate
     * @param requirepass password for the default user, or null
     */
    public record Options(List<String> config, boolean tls, String requirepass) {
        public Options {
            config = config == null ? List.of() : List.copyOf(config);
            for (String line : config) {
                if (line.contains("\n") || line.contains("\r")) {
                    throw new IllegalArgumentException("a config line must not contain a line break: " + line);
                }
            }
        }

        public static Options defaults() {
            return new Options(List.of(), false, null);
        }

        /** These options plus more config lines. */
        public Options withConfig(String... lines) {
            List<String> all = new ArrayList<>(config);
            all.addAll(List.of(lines));
            return new Options(all, tls, requirepass);
        }

        public Options withTls(boolean enabled) {
            return new Options(config, enabled, requirepass);
        }

        public Options withRequirepass(String password) {
            return new Options(config, tls, password);
        }

        /** Without the password, so options can be logged. */
        @Override
        public String toString() {
            return "Options[config=" + config + ", tls=" + tls + ", requirepass=" + (requirepass == null ? "none" : "***") + "]";
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_STEP = Duration.ofSeconds(2);
    private static final int PORT_ATTEMPTS = 5;
    private static final int LOG_LINES_IN_ERRORS = 15;

    private static final Set<EmbeddedServer> RUNNING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_REGISTERED = new AtomicBoolean();

    private final String version;
    private final Process process;
    private final Endpoint endpoint;
    private final Path dir;
    private final Path log;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedServer(String version, Process process, Endpoint endpoint, Path dir, Path log) {
        this.version = version;
        this.process = process;
        this.endpoint = endpoint;
        this.dir = dir;
        this.log = log;
    }

    /** The versions that can be started, newest first: {@code ["7.0", "6.2"]}. */
    public static List<String> versions() {
        return ServerBinaries.VERSIONS;
    }

    public static EmbeddedServer start(String version) {
        return start(version, Options.defaults());
    }

    /**
     * Starts the server and returns once it answers PING.
     *
     * @throws TargetException when there is no binary for this version or platform, or the server
     *                         does not come up (the message ends with the last lines of its log)
     */
    public static EmbeddedServer start(String version, Options options) {
        return start(version, options, EmbeddedServer::freePort);
    }

    /** Where ports come from; tests hand out a taken one to exercise the retry. */
    interface PortSource {
        int next() throws IOException;
    }

    static EmbeddedServer start(String version, Options options, PortSource ports) {
        Path binary = ServerBinaries.executable(version);
        Path dir;
        try {
            dir = Files.createTempDirectory("redspec-redis-");
        } catch (IOException e) {
            throw new TargetException("cannot create a temporary directory for redis-server: " + e.getMessage(), e);
        }
        try {
            SelfSignedCertificate certificate = options.tls() ? SelfSignedCertificate.writeTo(dir) : null;
            for (int attempt = 1; ; attempt++) {
                EmbeddedServer server = launch(binary, version, options, certificate, dir, ports.next());
                String failure = server.awaitReady();
                if (failure == null) {
                    return server;
                }
                String tail = server.logTail(LOG_LINES_IN_ERRORS);
                server.stopProcess();
                // Another process may have taken the port between our probe and the server's bind.
                if (portTaken(tail) && attempt < PORT_ATTEMPTS) {
                    continue;
                }
                throw new TargetException("embedded redis-server " + version + " did not start: " + failure
                        + (tail.isBlank() ? "" : "; last lines of its log:\n" + tail));
            }
        } catch (IOException e) {
            deleteRecursively(dir);
            throw new TargetException("cannot start embedded redis-server " + version + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteRecursively(dir);
            throw e;
        }
    }

    private static EmbeddedServer launch(Path binary, String version, Options options,
                                         SelfSignedCertificate certificate, Path dir, int port) throws IOException {
        Path log = dir.resolve("redis.log");
        Files.deleteIfExists(log);
        Path conf = dir.resolve("redis.conf");
        Files.write(conf, configLines(options, certificate, dir, log, port), StandardCharsets.UTF_8);
        // A config file rather than --flags: extra lines are taken verbatim, with redis.conf quoting.
        // stdout/stderr go to the same log, so config errors printed before the logfile opens are kept.
        Process process = new ProcessBuilder(binary.toString(), conf.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Endpoint endpoint = new Endpoint("127.0.0.1", port, options.tls(), null, options.requirepass(), 0, options.tls());
        EmbeddedServer server = new EmbeddedServer(version, process, endpoint, dir, log);
        register(server);
        return server;
    }

    private static List<String> configLines(Options options, SelfSignedCertificate certificate,
                                            Path dir, Path log, int port) {
        List<String> lines = new ArrayList<>();
        if (certificate != null) {
            lines.add("port 0");
            lines.add("tls-port " + port);
            lines.add("tls-cert-file " + quote(certificate.certificate().toString()));
            lines.add("tls-key-file " + quote(certificate.privateKey().toString()));
            lines.add("tls-ca-cert-file " + quote(certificate.certificate().toString()));
            lines.add("tls-auth-clients no");
        } else {
            lines.add("port " + port);
        }
        lines.add("bind 127.0.0.1");
        lines.add("save \"\"");
        lines.add("appendonly no");
        lines.add("dir " + quote(dir.toString()));
        lines.add("protected-mode yes");
        lines.add("daemonize no");
        lines.add("logfile " + quote(log.toString()));
        if (options.requirepass() != null) {
            lines.add("requirepass " + quote(options.requirepass()));
        }
        lines.addAll(options.config());
        return lines;
    }

    /** glibc says "Address already in use" (6.2 build), musl "Address in use" (static 7.0.15 build). */
    private static boolean portTaken(String logTail) {
        return logTail.contains("Address already in use") || logTail.contains("Address in use");
    }

    /** A redis.conf double-quoted argument. */
    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }

    /** Null once PING answers, else why it did not. */
    private String awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "the process exited with status " + process.exitValue();
            }
            // Short: redis answers PING at once, and whoever else holds a taken port may never answer.
            try (RespConnection connection = RespConnection.open(endpoint, 2, Duration.ofMillis(300))) {
                RespValue reply = connection.call("PING");
                if (reply instanceof RespValue.SimpleString s && s.value().equals("PONG")) {
                    return null;
                }
                lastProblem = RespFormatter.formatInline(reply); // e.g. LOADING
            } catch (IOException e) {
                lastProblem = e.getMessage(); // not listening yet, or LOADING
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for it";
            }
        }
        return "no PONG within " + START_TIMEOUT.toSeconds() + " s (" + lastProblem + ")";
    }

    /** Embedded version label: {@code 7.0} or {@code 6.2}. */
    public String version() {
        return version;
    }

    /** Where to connect: redis://127.0.0.1:port, or rediss:// (self-signed, tlsInsecure) with TLS; with the password if set. */
    public Endpoint endpoint() {
        return endpoint;
    }

    public int port() {
        return endpoint.port();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of the server's log (and stdout/stderr); empty once closed. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - Math.max(0, lines)), all.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** SHUTDOWN NOSAVE, then SIGTERM, then SIGKILL, each given a bounded wait; removes the directory. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (process.isAlive()) {
            try (RespConnection connection = RespConnection.open(endpoint, 2, Duration.ofSeconds(1))) {
                connection.call("SHUTDOWN", "NOSAVE");
            } catch (IOException expected) {
                // the server drops the connection when it exits; a failed SHUTDOWN is handled below
            }
        }
        stopProcess();
        deleteRecursively(dir);
    }

    private void stopProcess() {
        try {
            if (!process.waitFor(STOP_STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(STOP_STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_STEP.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(this);
        }
    }

    private static void register(EmbeddedServer server) {
        if (HOOK_REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServer::stopAllOnExit, "redspec-embedded-redis-stop"));
        }
        RUNNING.add(server);
    }

    /** Shutdown hook: no time for a polite SHUTDOWN, so SIGTERM (no save points are configured) then SIGKILL. */
    private static void stopAllOnExit() {
        for (EmbeddedServer server : RUNNING) {
            server.process.destroy();
        }
        for (EmbeddedServer server : RUNNING) {
            try {
                if (!server.process.waitFor(1, TimeUnit.SECONDS)) {
                    server.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                server.process.destroyForcibly();
            }
            deleteRecursively(server.dir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // already gone, or a leftover in the temp dir: nothing we can do
        }
    }

    @Override
    public String toString() {
        return "embedded redis-server " + version + " on " + endpoint.display() + " (pid " + process.pid() + ")";
    }
}
