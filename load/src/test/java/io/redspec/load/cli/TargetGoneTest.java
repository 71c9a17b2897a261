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
            proxy.killOnceLoaded(timer, 4, 1000); // the ping's link, the admin's, then the users'
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

    /**
     * Users back off while the link is down instead of failing at full speed (before: 1.95 M KOs in
     * 7 s), and the load stops about 2 s after the last reply instead of running its 20 s.
     */
    @Test
    void usersBackOffAndTheRunStopsWhenTheTargetDies() throws IOException {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (TestServer server = TestServer.start(); FaultProxy proxy = FaultProxy.start(server.port(), Faults.transparent())) {
            java.util.concurrent.atomic.AtomicLong killedAt = proxy.killOnceLoaded(timer, 12, 1000);
            LoadRun run = LoadRun.of(reports, "baseline", proxy.uri(), "--users", "20", "--duration", "20s",
                    "--timeout", "1s", "--connections", "per-user");
            assertThat(killedAt.get()).as("killed mid-run").isPositive();
            long sinceKillSeconds = (System.nanoTime() - killedAt.get()) / 1_000_000_000L;
            assertThat(run.code()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("FAILED: the target went away, the load was stopped");
            assertThat(run.summary().get("target_gone").asText()).contains("no reply for");
            // 20 users, 10 ms doubling to 1 s for about 2 s: some 150 failures, not millions
            assertThat(run.summary().get("ko").asLong()).as(run.output()).isBetween(1L, 2_000L);
            // generous for a loaded CI machine; the planned load alone would run 18 s more
            assertThat(sinceKillSeconds).as(run.output()).isLessThan(14);
        } finally {
            timer.shutdownNow();
        }
    }
}
