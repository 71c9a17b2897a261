package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * {@code docker:IMAGE[:TAG]} (e.g. {@code docker:redis:7.4}, {@code docker:valkey/valkey:8.0}): a
 * container of that image started through Testcontainers, its port 6379 mapped to a loopback port,
 * stopped on close. The run owns it, so exclusive cases may change it. Without a reachable Docker
 * engine the target is refused in one line before anything starts.
 */
final class DockerTarget extends ProbedTarget {
    static final String PREFIX = "docker:";
    private static final int PORT = 6379;
    // registry/path:tag as Docker writes it; no spaces, no scheme
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/-]*(:[0-9]+)?[a-z0-9._/-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?");

    private final String text;
    private final GenericContainer<?> container;
    private final Endpoint endpoint;

    private DockerTarget(String text, GenericContainer<?> container, Endpoint endpoint, Duration timeout) {
        super(timeout);
        this.text = text;
        this.container = container;
        this.endpoint = endpoint;
    }

    static final class Kind implements TargetKind {
        @Override
        public List<String> forms() {
            return List.of("docker:IMAGE[:TAG]");
        }

        @Override
        public boolean claims(String text) {
            return text.startsWith(PREFIX);
        }

        @Override
        public void check(String text) {
            String image = text.substring(PREFIX.length());
            if (!IMAGE.matcher(image).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not docker:IMAGE[:TAG], e.g. docker:redis:7.4 or docker:valkey/valkey:8.0");
            }
        }

        @Override
        public String unavailable(String text) {
            return noEngine(text);
        }

        @Override
        public Target open(String text, Duration timeout, Target.Options options) {
            check(text);
            String why = noEngine(text);
            if (why != null) {
                throw new TargetException(why);
            }
            GenericContainer<?> c = new GenericContainer<>(DockerImageName.parse(text.substring(PREFIX.length())))
                    .withExposedPorts(PORT).waitingFor(Wait.forListeningPort()).withStartupTimeout(Duration.ofMinutes(2));
            try {
                c.start();
                String host = c.getHost();
                if (!isLoopback(host)) {
                    c.stop();
                    throw new TargetException(text + ": the Docker engine maps ports on " + host
                            + ", not on loopback; Redspec talks to loopback only");
                }
                Endpoint e = Endpoint.parse("redis://127.0.0.1:" + c.getMappedPort(PORT));
                return new DockerTarget(text, c, e, timeout);
            } catch (RuntimeException e) {
                c.stop();
                if (e instanceof TargetException te) {
                    throw te;
                }
                throw new TargetException(text + ": the container did not start (" + firstLine(e) + ")", e);
            }
        }
    }

    /** Null when Testcontainers finds a Docker engine; else the one line that says none is reachable. */
    static String noEngine(String text) {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            available = false;
        }
        if (available) {
            return null;
        }
        String host = System.getenv("DOCKER_HOST");
        String where = host != null ? "DOCKER_HOST=" + host + " does not answer"
                : Files.exists(Path.of("/var/run/docker.sock")) ? "/var/run/docker.sock does not answer"
                : "DOCKER_HOST unset, no /var/run/docker.sock";
        return text + ": no Docker engine reachable (" + where + "; Testcontainers found no working Docker environment)";
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public String description() {
        return text + " container on " + endpoint.host() + ":" + endpoint.port();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return description();
    }
}
