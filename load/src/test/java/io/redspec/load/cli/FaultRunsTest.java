package io.redspec.load.cli;

import io.redspec.load.support.LoadRun;
import io.redspec.load.support.TestServer;
import io.redspec.load.support.proxy.Fault;
import io.redspec.load.support.proxy.FaultProxy;
import io.redspec.load.support.proxy.Faults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each scenario in front of a wrong server (a {@link FaultProxy} rewriting a real server's
 * traffic) must fail with the counter that names the fault. The same runs through a transparent
 * proxy pass: {@link ScenarioRunsTest}.
 */
class FaultRunsTest {

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

    private LoadRun runBehind(Fault fault, String scenario, String... extra) throws IOException {
        try (FaultProxy proxy = FaultProxy.start(server.port(), fault)) {
            LoadRun run = LoadRun.of(reports, scenario, proxy.uri(), extra);
            assertThat(run.code()).as(run.output()).isEqualTo(1);
            assertThat(run.output()).contains("FAILED");
            return run;
        }
    }

    @Test
    void cacheCatchesStaleReads() throws IOException {
        LoadRun run = runBehind(Faults.staleGet(), "cache", "--users", "6", "--duration", "2500ms");
        assertThat(run.invariant("cache.stale_reads")).as(run.output()).isPositive();
        assertThat(run.invariant("cache.unwritten_values")).isZero();
    }

    @Test
    void cacheCatchesEntriesThatOutliveTheirTtl() throws IOException {
        LoadRun run = runBehind(Faults.setexWithoutTtl(), "cache", "--users", "6", "--duration", "2s");
        assertThat(run.invariant("cache.reads_after_ttl")).as(run.output()).isPositive();
    }

    @Test
    void lockCatchesATtlShorterThanAskedFor() throws IOException {
        LoadRun run = runBehind(Faults.lockTtl(50), "lock", "--users", "8", "--duration", "2s", "-P", "hold=80ms");
        assertThat(run.invariant("lock.safe.ttl_mismatches")).as(run.output()).isPositive();
        assertThat(run.invariant("lock.safe.expired_while_held")).as(run.output()).isPositive();
    }

    @Test
    void lockFailsWhenTheUnsafeRecipesShowNothing() throws IOException {
        // too short for a stalled holder's lock to expire while others still contend: the harness is blind
        try (FaultProxy proxy = FaultProxy.start(server.port(), Faults.transparent())) {
            LoadRun run = LoadRun.of(reports, "lock", proxy.uri(), "--users", "8", "--duration", "300ms");
            assertThat(run.code()).as(run.output()).isEqualTo(1);
            assertThat(run.invariant("lock.unsafe_recipes_blind")).as(run.output()).isEqualTo(1);
        }
    }

    @Test
    void delayQueueCatchesEarlyHandOuts() throws IOException {
        LoadRun run = runBehind(Faults.zrangeByScoreEarly(200), "delay-queue", "--users", "6", "--duration", "1s", "-P", "drain=2s");
        assertThat(run.invariant("queue.zrem-claim.early")).as(run.output()).isPositive();
        assertThat(run.invariant("queue.atomic.early")).as("the script's ZRANGEBYSCORE is not rewritten").isZero();
    }

    @Test
    void expiryEventsCatchKeysExpiringEarly() throws IOException {
        LoadRun run = runBehind(Faults.setexExpiresEarly(10), "expiry-events", "--users", "4", "--duration", "1s", "-P", "grace=500ms");
        assertThat(run.invariant("expiry.early_events")).as(run.output()).isPositive();
    }

    @Test
    void baselineCatchesGarbageReplies() throws IOException {
        LoadRun run = runBehind(Faults.garbageGet(), "baseline", "--users", "4", "--duration", "1s");
        assertThat(run.invariant("baseline.wrong_values")).as(run.output()).isPositive();
    }
}
