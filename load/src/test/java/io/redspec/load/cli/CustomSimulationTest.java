package io.redspec.load.cli;

import io.redspec.load.simulations.AdminClient;
import io.redspec.load.support.LoadRun;
import io.redspec.load.support.TestServer;
import io.redspec.resp.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code redspec load --simulation FILE.java}: the README's example compiles, runs and gates like a scenario. */
class CustomSimulationTest {

    /** The example the README shows (tests run in the load module's folder). */
    static final Path EXAMPLE = Path.of("examples", "CartSimulation.java");

    @TempDir
    Path reports;

    @Test
    void theReadmeExampleRunsWithTheSameSummaryAndGating() throws IOException {
        try (TestServer server = TestServer.start()) {
            LoadRun run = LoadRun.simulation(reports, EXAMPLE, server.uri(), "--users", "4", "--duration", "2s");
            assertThat(run.code()).as(run.output()).isZero();
            assertThat(run.output()).contains("PASSED");
            assertThat(run.summary().get("scenario").asText()).isEqualTo("CartSimulation");
            assertThat(run.invariant("check.cart holds what was added")).isZero();
            assertThat(run.summary().get("must_be_zero").toString()).contains("check.cart holds what was added");
            assertThat(run.summary().get("per_request").get("checkout EXEC").get("ok").asLong()).isPositive();
            assertThat(run.summary().get("ko").asLong()).isZero();
            assertThat(run.summary().get("clean_up").asText()).isEqualTo("done");
            assertThat(run.summary().get("gatling_report").asText()).endsWith("index.html");
            try (AdminClient admin = new AdminClient(Endpoint.parse(server.uri()), Duration.ofSeconds(5))) {
                assertThat(admin.sync().dbsize()).as("the run's keys are deleted").isZero();
            }
        }
    }

    @Test
    void aSimulationThatDoesNotCompileIsOneLineAndExit2() throws IOException {
        Path broken = reports.resolve("Broken.java");
        Files.writeString(broken, "public class Broken extends io.gatling.javaapi.core.Simulation {\n  int x = nope;\n}\n");
        LoadRun run = LoadRun.simulation(reports.resolve("out"), broken, "redis://127.0.0.1:1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.output().strip()).doesNotContain("\n").contains("Broken.java:2: cannot find symbol");
    }

    @Test
    void aScenarioAndASimulationTogetherAreRefused() throws IOException {
        LoadRun run = LoadRun.of(reports, "baseline", "embedded", "--simulation", EXAMPLE.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.output()).contains("one of the two");
    }
}
