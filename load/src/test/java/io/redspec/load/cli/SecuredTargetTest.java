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
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The protocol over TLS (self-signed) with a password, and the error when the password is wrong. */
class SecuredTargetTest {

    @TempDir
    Path reports;

    private int run(ByteArrayOutputStream err, String... args) {
        return LoadCli.execute(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
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

            ByteArrayOutputStream wrong = new ByteArrayOutputStream();
            assertThat(run(wrong, "baseline", "--target", "rediss://:nope@127.0.0.1:" + server.port(), "--tls-insecure",
                    "--quiet")).isEqualTo(LoadCli.BAD_INPUT);
            assertThat(wrong.toString(StandardCharsets.UTF_8).strip()).startsWith("redspec load: ").doesNotContain("\n");
        }
    }
}
