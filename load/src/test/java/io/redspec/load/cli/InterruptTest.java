package io.redspec.load.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.load.simulations.AdminClient;
import io.redspec.load.support.TestServer;
import io.redspec.resp.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C in the middle of a run, in a child JVM as a user would do it: the target is left as it
 * was (no key of the run, settings restored) and summary.json is written, marked interrupted.
 */
class InterruptTest {

    private static TestServer server;

    @TempDir
    Path reports;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private AdminClient admin() {
        return new AdminClient(Endpoint.parse(server.uri()), Duration.ofSeconds(5));
    }

    /** Starts the run in a child JVM, waits until it is loading the target, sends SIGINT; returns summary.json. */
    private JsonNode interrupt(String scenario, java.util.function.Predicate<AdminClient> loading)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LoadCli.class.getName(),
                "load", scenario, "--target", server.uri(), "--users", "4", "--duration", "60s",
                "--report-dir", reports.toString(), "--quiet")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine(); // printed when the load starts
            assertThat(first).as("the run's first line").contains("against");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            try (AdminClient admin = admin()) {
                while (!loading.test(admin) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            Thread.sleep(500);
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the run ends promptly after SIGINT").isTrue();
            String rest = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).contains("INTERRUPTED").doesNotContain("Exception");
        } finally {
            child.destroyForcibly();
        }
        return new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
    }

    @Test
    void baselineLeavesNoKeys() throws Exception {
        JsonNode summary = interrupt("baseline", admin -> !admin.sync().keys("redspec:load:*").isEmpty());
        assertThat(summary.get("interrupted").asBoolean()).isTrue();
        assertThat(summary.get("requests").asLong()).isPositive();
        assertThat(summary.get("clean_up").asText()).isEqualTo("done");
        try (AdminClient admin = admin()) {
            List<String> left = admin.sync().keys("redspec:load:*");
            assertThat(left).isEmpty();
        }
    }

    @Test
    void expiryEventsRestoresNotifyKeyspaceEvents() throws Exception {
        String before;
        try (AdminClient admin = admin()) {
            before = admin.configGet("notify-keyspace-events");
        }
        JsonNode summary = interrupt("expiry-events", admin -> !admin.sync().keys("redspec:load:*").isEmpty());
        assertThat(summary.get("interrupted").asBoolean()).isTrue();
        try (AdminClient admin = admin()) {
            assertThat(admin.configGet("notify-keyspace-events")).isEqualTo(before);
            assertThat(admin.sync().keys("redspec:load:*")).isEmpty();
        }
    }
}
