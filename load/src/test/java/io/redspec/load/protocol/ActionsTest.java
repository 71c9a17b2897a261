package io.redspec.load.protocol;

import io.redspec.load.cli.GatlingLauncher;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestKind;
import io.redspec.load.record.RequestStats;
import io.redspec.load.simulations.AdminClient;
import io.redspec.load.support.TestServer;
import io.redspec.resp.Endpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One short Gatling run of {@link ActionsSimulation} against a real server; one test per action. */
class ActionsTest {

    @TempDir
    static Path results;

    private static TestServer server;
    private static int status;
    private static Map<String, RequestStats> requests;
    private static long clientsAfterRun;
    private static String transactionCount;

    @BeforeAll
    static void run() {
        server = TestServer.start();
        System.setProperty("redspec.test.uri", server.uri());
        LoadRecorder recorder = LoadRecorder.reset();
        status = GatlingLauncher.run(ActionsSimulation.class.getName(), results, "actions");
        requests = recorder.requests();
        try (AdminClient admin = new AdminClient(Endpoint.parse(server.uri()), Duration.ofSeconds(5))) {
            transactionCount = admin.sync().get("redspec:test:actions:tx");
            admin.deleteByPrefix("redspec:test:actions:");
            clientsAfterRun = admin.sync().clientList().lines().filter(l -> !l.isBlank()).count();
        }
    }

    @AfterAll
    static void stop() {
        System.clearProperty("redspec.test.uri");
        server.close();
    }

    private static RequestStats stats(String name) {
        assertThat(requests).containsKey(name);
        return requests.get(name);
    }

    @Test
    void gatlingRunsTheSimulationAndWritesItsHtmlReport() {
        assertThat(status).isZero();
        assertThat(GatlingReportsAccess.latestIndex(results)).isNotNull();
    }

    @Test
    void commandActionChecksSavesAndReportsFailures() {
        assertThat(stats("command SET").ok()).isEqualTo(1);
        assertThat(stats("command GET").ok()).isEqualTo(1);
        assertThat(stats("command saved reply").ok()).isEqualTo(1);
        assertThat(stats("command failing check").ko()).isEqualTo(1);
        assertThat(stats("command server error").ko()).isEqualTo(1);
        assertThat(stats("command GET").kind()).isEqualTo(RequestKind.COMMAND);
    }

    @Test
    void pipelineActionRecordsEachCommand() {
        assertThat(stats("pipe SET").ok()).isEqualTo(1);
        assertThat(stats("pipe INCR").ok()).isEqualTo(1);
        assertThat(stats("pipe GET").ok()).isEqualTo(1);
        assertThat(stats("pipe after").ok()).isEqualTo(1);
    }

    @Test
    void subscribeActionDeliversEveryMessageAsASpan() {
        assertThat(stats("sub").ok()).isEqualTo(1);
        assertThat(stats("pub").ok()).isEqualTo(5);
        assertThat(stats("sub delivery").ok()).isEqualTo(5);
        assertThat(stats("sub delivery").kind()).isEqualTo(RequestKind.SPAN);
        assertThat(ActionsSimulation.MESSAGES.get()).isEqualTo(5);
    }

    @Test
    void recordActionsMeasureSpansAndChecks() {
        assertThat(stats("record span").ok()).isEqualTo(1);
        assertThat(stats("record span").histogram().getMaxValue()).isGreaterThanOrEqualTo(40_000); // µs
        assertThat(stats("record check ok").ok()).isEqualTo(1);
        assertThat(stats("record check ko").ko()).isEqualTo(1);
        assertThat(stats("record check ko").kind()).isEqualTo(RequestKind.CHECK);
    }

    @Test
    void perUserStrategyGivesEachUserItsOwnConnection() {
        assertThat(stats("per-user CLIENT ID").ok()).isEqualTo(3);
        assertThat(stats("per-user CLIENT ID again").ok()).isEqualTo(3);
        assertThat(ActionsSimulation.PER_USER_CLIENT_IDS).hasSize(3);
    }

    @Test
    void commandsWithoutReplyInTimeAreKo() {
        assertThat(stats("timeout BLPOP").ko()).isEqualTo(1);
        // KO (not the nil reply BLPOP sends after 1 s, which would be OK) shows the protocol gave up first;
        // no upper bound on the latency: on a loaded 2-core CI machine the timer fires late.
        assertThat(stats("timeout BLPOP").histogram().getMaxValue()).isGreaterThanOrEqualTo(250_000L); // µs
        assertThat(stats("timeout pipe BLPOP").ko()).isEqualTo(1);
    }

    @Test
    void aFailedCommandLeavesItsExitBlockOnFailBlock() {
        assertThat(stats("exitBlock failing").ko()).isEqualTo(1);
        assertThat(requests).doesNotContainKey("exitBlock skipped");
        assertThat(stats("exitBlock after").ok()).isEqualTo(1);
    }

    @Test
    void aFailedCommandRetriesItsTryMaxBlock() {
        assertThat(stats("tryMax failing").ko()).isEqualTo(3);
        assertThat(requests).doesNotContainKey("tryMax skipped");
        assertThat(stats("tryMax after").ok()).isEqualTo(1);
    }

    @Test
    void commandArgumentsTakeGatlingEl() {
        assertThat(stats("el SET").ok()).isEqualTo(1);
        assertThat(stats("el GET").ok()).isEqualTo(1);
        assertThat(stats("el saved length").ok()).isEqualTo(1);
        // a missing attribute is a crash, as Gatling's HTTP reports one: not sent, the session fails
        assertThat(requests).doesNotContainKeys("el missing attribute", "el skipped");
    }

    @Test
    void checksFindTypeTransformValidateAndSave() {
        assertThat(stats("checks RPUSH").ok()).isEqualTo(1);
        assertThat(stats("checks LRANGE").ok()).isEqualTo(1);
        assertThat(stats("checks saved element").ok()).isEqualTo(1);
        assertThat(stats("checks wrong type").ko()).isEqualTo(1);
        assertThat(stats("checks nil").ko()).isEqualTo(1);
    }

    @Test
    void pipelinesCheckTheirReplies() {
        assertThat(stats("pcheck INCR").ok()).isEqualTo(1);
        assertThat(stats("pcheck saved").ok()).isEqualTo(1);
        assertThat(stats("pfail SET").ok()).isEqualTo(1);
        assertThat(stats("pfail GET").ko()).isEqualTo(1);
    }

    @Test
    void transactionsGetAConnectionOfTheirOwnUnderSharedConnections() {
        assertThat(stats("tx MULTI").ok()).isEqualTo(200);
        assertThat(stats("tx INCR").ok()).isEqualTo(200);
        assertThat(stats("tx EXEC").ok()).isEqualTo(200);
        assertThat(stats("tx EXEC").ko()).isZero();
        assertThat(transactionCount).isEqualTo("200");
    }

    @Test
    void gatlingClosesEveryConnectionWhenTheRunEnds() {
        // the simulation has no after(): only this admin connection is left on the server
        assertThat(clientsAfterRun).isEqualTo(1);
    }

    @Test
    void resp3ProtocolFlattensMaps() {
        assertThat(stats("resp3 HGETALL").ok()).isEqualTo(1);
    }
}
