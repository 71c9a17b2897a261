package io.redspec.server;

import io.redspec.resp.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts the real binaries: needs a supported platform (linux/darwin, amd64/arm64). */
class EmbeddedServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void versionsAreNewestFirst() {
        assertThat(EmbeddedServer.versions()).containsExactly("7.0", "6.2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.0", "6.2"})
    void startsAnswersAndStops(String version) throws IOException {
        EmbeddedServer server = EmbeddedServer.start(version);
        long pid = server.pid();
        try {
            assertThat(server.version()).isEqualTo(version);
            assertThat(server.isAlive()).isTrue();
            assertThat(server.endpoint()).isEqualTo(new Endpoint("127.0.0.1", server.port(), false, null, null, 0, false));
            try (ReplyText c = ReplyText.open(server.endpoint(), TIMEOUT)) {
                assertThat(c.call("PING")).isEqualTo("PONG");
                ServerInfo info = ServerInfo.fromInfo(c.call("INFO", "server"));
                assertThat(info.flavour()).isEqualTo(Flavour.REDIS);
                assertThat(info.version().major() + "." + info.version().minor()).isEqualTo(version);
                if (version.equals("7.0")) {
                    assertThat(info.version()).isEqualTo(Version.of(7, 0, 15));
                }
                assertThat(c.call("CONFIG", "GET", "save")).isEqualTo("save\n");
                assertThat(c.call("CONFIG", "GET", "appendonly")).isEqualTo("appendonly\nno");
            }
            assertThat(server.logTail(50)).contains("Ready to accept connections");
        } finally {
            server.close();
        }
        assertThat(server.isAlive()).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        server.close(); // idempotent
    }

    @Test
    void twoServersAtOnceGetTheirOwnPorts() throws IOException {
        try (EmbeddedServer a = EmbeddedServer.start("7.0"); EmbeddedServer b = EmbeddedServer.start("6.2")) {
            assertThat(a.port()).isNotEqualTo(b.port());
            assertThat(a.pid()).isNotEqualTo(b.pid());
            try (ReplyText ca = ReplyText.open(a.endpoint(), TIMEOUT);
                 ReplyText cb = ReplyText.open(b.endpoint(), TIMEOUT)) {
                ca.call("SET", "redspec:only-in-a", "1");
                assertThat(cb.call("EXISTS", "redspec:only-in-a")).isEqualTo("0");
            }
        }
    }

    @Test
    void extraConfigLinesAreApplied() throws IOException {
        EmbeddedServer.Options options = EmbeddedServer.Options.defaults().withConfig("notify-keyspace-events Ex");
        try (EmbeddedServer server = EmbeddedServer.start("7.0", options);
             ReplyText c = ReplyText.open(server.endpoint(), TIMEOUT)) {
            assertThat(c.call("CONFIG", "GET", "notify-keyspace-events")).startsWith("notify-keyspace-events\n").contains("E", "x");
        }
    }

    @Test
    void requirepassIsInTheEndpointAndEnforced() throws IOException {
        EmbeddedServer.Options options = EmbeddedServer.Options.defaults().withRequirepass("s3cret \"quoted\"");
        try (EmbeddedServer server = EmbeddedServer.start("6.2", options)) {
            assertThat(server.endpoint().password()).isEqualTo("s3cret \"quoted\"");
            try (ReplyText c = ReplyText.open(server.endpoint(), TIMEOUT)) {
                assertThat(c.call("PING")).isEqualTo("PONG");
            }
            Endpoint withoutPassword = new Endpoint("127.0.0.1", server.port(), false, null, null, 0, false);
            try (ReplyText c = ReplyText.open(withoutPassword, TIMEOUT)) {
                assertThat(c.call("PING")).startsWith("NOAUTH");
            }
        }
    }

    @Test
    void badConfigFailsWithTheLogTail() {
        EmbeddedServer.Options options = EmbeddedServer.Options.defaults().withConfig("no-such-directive yes");
        assertThatThrownBy(() -> EmbeddedServer.start("7.0", options))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("embedded redis-server 7.0 did not start: the process exited with status 1")
                .hasMessageContaining("last lines of its log")
                .hasMessageContaining("no-such-directive")
                .hasMessageContaining("Bad directive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.0", "6.2"})
    void tlsWithSelfSignedCertificate(String version) throws IOException {
        try (EmbeddedServer server = EmbeddedServer.start(version, EmbeddedServer.Options.defaults().withTls(true))) {
            Endpoint endpoint = server.endpoint();
            assertThat(endpoint.tls()).isTrue();
            assertThat(endpoint.tlsInsecure()).isTrue();
            assertThat(endpoint.display()).isEqualTo("rediss://127.0.0.1:" + server.port());
            // Our own handshake with a trust-all context, independent of RespConnection's.
            try (Socket plain = new Socket("127.0.0.1", server.port());
                 SSLSocket tls = (SSLSocket) io.redspec.resp.Tls.trustAllContext().getSocketFactory()
                         .createSocket(plain, "127.0.0.1", server.port(), true)) {
                tls.setSoTimeout((int) TIMEOUT.toMillis());
                tls.startHandshake();
                assertThat(tls.getSession().getProtocol()).startsWith("TLSv1.");
                OutputStream out = tls.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = tls.getInputStream();
                assertThat(new String(in.readNBytes(7), StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
            }
        }
    }

    @Test
    void binaryIsExtractedOnceIntoTheCache() throws IOException {
        Path first = ServerBinaries.executable("7.0");
        assertThat(first).isEqualTo(ServerBinaries.executable("7.0"));
        assertThat(first.getParent()).isEqualTo(ServerBinaries.cacheDir());
        assertThat(first.getFileName().toString()).matches("redis-server-7\\.0\\.15-[a-z]+-[a-z0-9]+-[0-9a-f]{16}");
        assertThat(Files.isExecutable(first)).isTrue();
        try (var leftovers = Files.list(first.getParent())) {
            assertThat(leftovers.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aTakenPortIsRetriedWithAnotherOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int busy = taken.getLocalPort();
            int[] calls = {0};
            EmbeddedServer.PortSource ports = () -> calls[0]++ == 0 ? busy : freePort();
            try (EmbeddedServer server = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults(), ports)) {
                assertThat(calls[0]).isEqualTo(2);
                assertThat(server.port()).isNotEqualTo(busy);
                assertThat(server.isAlive()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.0", "6.2"})
    void givesUpAfterFivePortsInUse(String version) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int[] calls = {0};
            EmbeddedServer.PortSource ports = () -> { calls[0]++; return taken.getLocalPort(); };
            assertThatThrownBy(() -> EmbeddedServer.start(version, EmbeddedServer.Options.defaults(), ports))
                    .isInstanceOf(TargetException.class)
                    .hasMessageContaining("in use");
            assertThat(calls[0]).isEqualTo(5);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        }
    }

    @Test
    void unknownVersionIsRefused() {
        assertThatThrownBy(() -> EmbeddedServer.start("5.0"))
                .isInstanceOf(TargetException.class)
                .hasMessage("no embedded redis-server 5.0; available: 7.0, 6.2");
    }

    @Test
    void unsupportedPlatformSaysWhatToDoInstead() {
        String arch = System.getProperty("os.arch");
        System.setProperty("os.arch", "sparcv9");
        try {
            assertThatThrownBy(() -> EmbeddedServer.start("7.0"))
                    .isInstanceOf(TargetException.class)
                    .hasMessageEndingWith("/sparcv9; use --target redis://host:port")
                    .hasMessageStartingWith("no embedded redis-server for ");
        } finally {
            System.setProperty("os.arch", arch);
        }
    }
}
