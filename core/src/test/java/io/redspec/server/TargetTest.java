package io.redspec.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void embeddedDefaultsTo70() {
        Target target = Target.open("embedded", TIMEOUT);
        try {
            assertThat(target.embedded()).isTrue();
            assertThat(target.serverInfo()).isEqualTo(new ServerInfo(Flavour.REDIS, Version.of(7, 0, 15), "standalone"));
            assertThat(target.description())
                    .isEqualTo("embedded redis-server 7.0.15 on 127.0.0.1:" + target.endpoint().port());
        } finally {
            target.close();
        }
        assertThatThrownBy(() -> Target.open(target.endpoint().display(), TIMEOUT))
                .as("closing an embedded target stops its server")
                .isInstanceOf(TargetException.class);
    }

    @Test
    void embedded62WithExtraConfig() throws IOException {
        try (Target target = Target.open("embedded:6.2", TIMEOUT, new Target.Options(false, List.of("maxmemory 64mb")));
             ReplyText c = ReplyText.open(target.endpoint(), TIMEOUT)) {
            assertThat(target.serverInfo().version().major()).isEqualTo(6);
            assertThat(target.serverInfo().version().minor()).isEqualTo(2);
            assertThat(target.description()).startsWith("embedded redis-server 6.2.");
            assertThat(c.call("CONFIG", "GET", "maxmemory")).isEqualTo("maxmemory\n67108864");
        }
    }

    @Test
    void uriTargetIsCheckedButNotStartedOrStopped() {
        try (EmbeddedServer server = EmbeddedServer.start("7.0")) {
            String uri = "redis://127.0.0.1:" + server.port() + "/3";
            try (Target target = Target.open(uri, TIMEOUT)) {
                assertThat(target.embedded()).isFalse();
                assertThat(target.description()).isEqualTo(uri);
                assertThat(target.endpoint().db()).isEqualTo(3);
                assertThat(target.serverInfo().flavour()).isEqualTo(Flavour.REDIS);
            }
            assertThat(server.isAlive()).as("closing a URI target leaves the server alone").isTrue();
        }
    }

    @Test
    void unreachableUriFailsWithOneLine() {
        assertThatThrownBy(() -> Target.open("redis://127.0.0.1:1", TIMEOUT))
                .isInstanceOf(TargetException.class)
                .hasMessage("cannot connect to redis://127.0.0.1:1: Connection refused");
    }

    @Test
    void passwordsAreCheckedAndNeverShown() {
        try (EmbeddedServer server = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults().withRequirepass("pw"))) {
            int port = server.port();
            try (Target target = Target.open("redis://:pw@127.0.0.1:" + port, TIMEOUT)) {
                assertThat(target.description()).isEqualTo("redis://:***@127.0.0.1:" + port);
            }
            assertThatThrownBy(() -> Target.open("redis://:wrong@127.0.0.1:" + port, TIMEOUT))
                    .isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("AUTH *** failed on redis://:***@127.0.0.1:" + port + ": WRONGPASS")
                    .hasMessageNotContaining("wrong");
            assertThatThrownBy(() -> Target.open("redis://127.0.0.1:" + port, TIMEOUT))
                    .isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("cannot use redis://127.0.0.1:" + port + ": PING answered NOAUTH");
        }
    }

    @Test
    void tlsUriNeedsTrustOrTheInsecureOption() {
        try (EmbeddedServer server = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults().withTls(true))) {
            String uri = "rediss://127.0.0.1:" + server.port();
            try (Target target = Target.open(uri, TIMEOUT, new Target.Options(true, List.of()))) {
                assertThat(target.endpoint().tlsInsecure()).isTrue();
                assertThat(target.serverInfo().version()).isEqualTo(Version.of(7, 0, 15));
            }
            assertThatThrownBy(() -> Target.open(uri, TIMEOUT))
                    .isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("TLS handshake with " + uri + " failed: ")
                    .hasMessageNotContaining("may not speak TLS");
        }
    }

    @Test
    void tlsToAPlainServerSaysItMayNotSpeakTls() {
        try (EmbeddedServer server = EmbeddedServer.start("7.0")) {
            String uri = "rediss://127.0.0.1:" + server.port();
            assertThatThrownBy(() -> Target.open(uri, Duration.ofSeconds(1), new Target.Options(true, List.of())))
                    .isInstanceOf(TargetException.class)
                    .hasMessageStartingWith("TLS handshake with " + uri + " failed: ")
                    .hasMessageEndingWith("; the server may not speak TLS (try redis:// instead of rediss://)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost:6379", "mysql://127.0.0.1", "embeded", "http://127.0.0.1:6379"})
    void unknownSyntaxListsTheAcceptedForms(String spec) {
        assertThatThrownBy(() -> Target.open(spec, TIMEOUT))
                .isInstanceOf(TargetException.class)
                .hasMessage("unknown target '" + spec + "'; use " + Target.FORMS);
    }

    @Test
    void badUriAndUnknownEmbeddedVersion() {
        assertThatThrownBy(() -> Target.open("redis://", TIMEOUT))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("bad target 'redis://': ")
                .hasMessageEndingWith("; use " + Target.FORMS);
        assertThatThrownBy(() -> Target.open("embedded:7.2", TIMEOUT))
                .isInstanceOf(TargetException.class)
                .hasMessage("unknown embedded version '7.2'; available: 7.0, 6.2");
    }
}
