package io.redspec.resp;

import io.redspec.server.EmbeddedServer;
import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** rediss:// against the embedded redis 7.0.15 serving TLS only, with a fresh self-signed certificate, on a free port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespTlsIntegrationTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    EmbeddedServer redis;
    int tlsPort;

    @BeforeAll
    void start() {
        redis = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults().withTls(true));
        tlsPort = redis.port();
    }

    @AfterAll
    void stop() {
        if (redis != null) redis.close();
    }

    Endpoint insecure() {
        return Endpoint.parse("rediss://127.0.0.1:" + tlsPort).withTlsInsecure(true);
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
        Endpoint verifying = Endpoint.parse("rediss://127.0.0.1:" + tlsPort);
        assertThatThrownBy(() -> RespConnection.open(verifying, 3, TIMEOUT))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("TLS handshake with rediss://127.0.0.1:" + tlsPort + " failed");
    }
}
