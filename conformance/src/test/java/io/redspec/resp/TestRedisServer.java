package io.redspec.resp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real redis-server process for integration tests, started from /work/tools/servers.
 * Deliberately tiny: io.redspec.server.EmbeddedServer is meant to take this job over.
 */
final class TestRedisServer implements AutoCloseable {

    static final Path SERVERS = Path.of("/work/tools/servers");
    static final String REDIS_7 = "redis-server-7.0.15-linux-amd64";
    static final String REDIS_6 = "redis-server-6.2.6-v5-linux-amd64";

    private final Process process;
    private final Path log;

    private TestRedisServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the binary (skipping the test when it is absent) and waits until {@code port} accepts connections. */
    static TestRedisServer start(String binary, Path dir, int port, String... extra) throws Exception {
        Path exe = SERVERS.resolve(binary);
        assumeTrue(Files.isExecutable(exe), "no server binary at " + exe);
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", dir.toString(), "--port", Integer.toString(port)));
        cmd.addAll(List.of(extra));
        Path log = dir.resolve("redis-" + port + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        TestRedisServer server = new TestRedisServer(p, log);
        int listenPort = port != 0 ? port : tlsPort(extra);
        for (int i = 0; i < 200; i++) {
            if (!p.isAlive()) {
                throw new IllegalStateException("redis-server exited: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", listenPort), 200);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        server.close();
        throw new IllegalStateException("redis-server did not listen on " + listenPort + ": " + Files.readString(log));
    }

    private static int tlsPort(String[] extra) {
        for (int i = 0; i + 1 < extra.length; i++) {
            if (extra[i].equals("--tls-port")) return Integer.parseInt(extra[i + 1]);
        }
        throw new IllegalArgumentException("no port to wait for");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: redis-server exits cleanly (nothing to save)
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    Path log() {
        return log;
    }
}
