package io.redspec.load.cli;

import io.redspec.load.support.LoadRun;
import io.redspec.load.support.TestServer;
import io.redspec.load.support.proxy.FaultProxy;
import io.redspec.load.support.proxy.Faults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The target dies mid-run: the invariants still come from what the clients saw (the ledgers),
 * not from a final connection, and the run says the target went away.
 */
class TargetGoneTest {

    @TempDir
    Path reports;

    @Test
    void pubsubLossesAreCountedWhenTheTargetDies() throws IOException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (TestServer server = TestServer.start(); FaultProxy proxy = FaultProxy.start(server.port(), Faults.transparent())) {
            timer.schedule(proxy::kill, 1500, TimeUnit.MILLISECONDS);
            LoadRun run = LoadRun.of(reports, "pubsub", proxy.uri(), "--users", "6", "--duration", "3s",
                    "--timeout", "1s", "-P", "grace=200ms");
            assertThat(run.code()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("the target went away");
            assertThat(run.summary().get("clean_up").asText()).startsWith("failed");
            assertThat(run.invariant("pubsub.lost")).as(run.output()).isPositive();
        } finally {
            timer.shutdownNow();
        }
    }
}
