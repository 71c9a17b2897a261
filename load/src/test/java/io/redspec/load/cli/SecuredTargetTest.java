package io.redspec.load.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The protocol over TLS (self-signed) with a password, and the error when the password is wrong; no
 * password in anything the run prints or writes.
 */
class SecuredTargetTest {

    @TempDir
    Path reports;

    private int run(ByteArrayOutputStream console, String... args) {
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        return LoadCli.execute(args, both, both);
    }

    /** Nothing the run printed or wrote holds a password. */
    private void assertNoSecret(ByteArrayOutputStream console, String... secrets) throws IOException {
        for (String secret : secrets) {
            assertThat(console.toString(StandardCharsets.UTF_8)).as("console").doesNotContain(secret);
        }
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(text).as(reports.relativize(f).toString()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void wrongPasswordOnAPlainConnectionIsOneLineWithoutThePassword() throws IOException {
        try (EmbeddedServer server = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults().withRequirepass("Right-Pw-123"))) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            assertThat(run(console, "baseline", "--target", "redis://:Wrong-Pw-456@127.0.0.1:" + server.port(), "--quiet",
                    "--report-dir", reports.toString())).isEqualTo(LoadCli.BAD_INPUT);
            assertThat(console.toString(StandardCharsets.UTF_8).strip()).startsWith("redspec load: ").doesNotContain("\n");
            assertNoSecret(console, "Right-Pw-123", "Wrong-Pw-456");

            console.reset();
            assertThat(run(console, "baseline", "--target", "redis://alice:Wrong-Pw-456@127.0.0.1:1", "--quiet"))
                    .isEqualTo(LoadCli.BAD_INPUT);
            assertNoSecret(console, "Wrong-Pw-456");
        }
    }

    @Test
    void baselineOverTlsWithPassword() throws IOException {
        try (EmbeddedServer server = EmbeddedServer.start("7.0",
                EmbeddedServer.Options.defaults().withTls(true).withRequirepass("s3cret"))) {
            String uri = "rediss://:s3cret@127.0.0.1:" + server.port();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = run(err, "load", "baseline", "--target", uri, "--tls-insecure", "--users", "3", "--duration", "1s",
                    "--connections", "per-user", "--report-dir", reports.toString(), "--quiet");
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
            assertThat(summary.get("ok").asLong()).isPositive();
            assertThat(summary.get("ko").asLong()).isZero();
            assertNoSecret(err, "s3cret");

            ByteArrayOutputStream wrong = new ByteArrayOutputStream();
            assertThat(run(wrong, "baseline", "--target", "rediss://:nope@127.0.0.1:" + server.port(), "--tls-insecure",
                    "--quiet")).isEqualTo(LoadCli.BAD_INPUT);
            assertThat(wrong.toString(StandardCharsets.UTF_8).strip()).startsWith("redspec load: ").doesNotContain("\n");
            assertNoSecret(wrong, "s3cret", "nope");
        }
    }
}
