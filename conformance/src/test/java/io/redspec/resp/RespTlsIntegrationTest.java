package io.redspec.resp;

import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** rediss:// against redis 7.0.15 listening only for TLS on 7190, with a self-signed certificate. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespTlsIntegrationTest {

    static final int TLS_PORT = 7190;
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    TestRedisServer redis;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        selfSignedCertificate(dir, cert, key);
        redis = TestRedisServer.start(TestRedisServer.REDIS_7, dir, 0, "--tls-port", Integer.toString(TLS_PORT),
                "--tls-cert-file", cert.toString(), "--tls-key-file", key.toString(), "--tls-auth-clients", "no");
    }

    private static void selfSignedCertificate(Path dir, Path cert, Path key) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", cert.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile()).start();
        } catch (IOException noOpenssl) {
            assumeTrue(false, "openssl is not available: " + noOpenssl.getMessage());
            return;
        }
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(cert),
                "openssl could not make a certificate");
    }

    @AfterAll
    void stop() throws Exception {
        if (redis != null) redis.close();
    }

    static Endpoint insecure() {
        return Endpoint.parse("rediss://127.0.0.1:" + TLS_PORT).withTlsInsecure(true);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void insecureTlsConnectsAndKeepsWireTypes(int protocol) throws IOException {
        try (RespConnection c = RespConnection.open(insecure(), protocol, TIMEOUT)) {
            assertThat(c.call("SET", "resp:tls:k", "v")).isEqualTo(new SimpleString("OK"));
            assertThat(c.call("GET", "resp:tls:k")).isEqualTo(BulkString.of("v"));
            assertThat(c.call("GET", "resp:tls:missing"))
                    .isEqualTo(new RespNull(protocol == 3 ? RespNull.Kind.NULL : RespNull.Kind.BULK));
        }
    }

    @Test
    void pollTimesOutWithoutBreakingTheTlsSession() throws IOException {
        try (RespConnection c = RespConnection.open(insecure(), 3, TIMEOUT)) {
            assertThat(c.poll(Duration.ofMillis(20))).isEmpty();
            assertThat(c.isBroken()).isFalse();
            assertThat(c.call("PING")).isEqualTo(new SimpleString("PONG"));
        }
    }

    @Test
    void verifyingTlsRejectsASelfSignedCertificate() {
        Endpoint verifying = Endpoint.parse("rediss://127.0.0.1:" + TLS_PORT);
        assertThatThrownBy(() -> RespConnection.open(verifying, 3, TIMEOUT))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("TLS handshake with rediss://127.0.0.1:7190 failed");
    }
}
