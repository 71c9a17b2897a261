package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import io.redspec.server.EmbeddedServer;
import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine against a real redis-server reached through a redis:// URI (so it is not "embedded" to the engine). */
class RedspecEngineTest {
    static EmbeddedServer server;
    static String uri;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start("7.0");
        uri = "redis://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static EngineExecutionResults run(String fixture) {
        return EngineTestKit.engine(RedspecTestEngine.ID)
                .selectors(selectFile(new File("src/test/resources/engine-fixtures/" + fixture)))
                .configurationParameter(RedspecConfig.TARGET, uri)
                .execute();
    }

    @Test
    void passingCasesPassUnderBothProtocolsAndGatedOnesSkipWithAReason() {
        EngineExecutionResults r = run("passing.yaml");
        r.testEvents().assertStatistics(s -> s.started(6).succeeded(6).failed(0).skipped(4));
        r.testEvents().assertThatEvents().haveAtLeastOne(
                event(test("from-the-future@resp2"), skippedWithReason(m -> m.startsWith("needs 99.0.0, server is 7.0."))));
        r.testEvents().assertThatEvents().haveAtLeastOne(
                event(test("server-wide@resp3"), skippedWithReason(m -> m.contains("--allow-destructive"))));
    }

    @Test
    void aWrongExpectationIsReportedAsAFailureWithExpectedAndActual() {
        EngineExecutionResults r = run("wrong.yaml");
        r.testEvents().assertStatistics(s -> s.started(2).failed(2));
        r.testEvents().assertThatEvents().haveAtLeastOne(event(test("deliberately-wrong@resp3"), finishedWithFailure(
                message(m -> m.contains("wrong.yaml:12: step (RESP3)")
                        && m.contains("expected (array) [\"a\" (bulk), \"b\" (bulk), \"X\" (bulk), \"a\" (bulk)]")
                        && m.contains("actual") && m.contains("X")))));
    }

    @Test
    void aMalformedSpecIsAFailingTestNamingFileAndLine() {
        EngineExecutionResults r = run("malformed.yaml");
        r.testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                message(m -> m.startsWith("src/test/resources/engine-fixtures/malformed.yaml:8: unknown matcher 'dobule' (known: any,")))));
    }

    @Test
    void anUnreachableTargetFailsTheRunCleanly() {
        EngineExecutionResults r = EngineTestKit.engine(RedspecTestEngine.ID)
                .selectors(selectFile(new File("src/test/resources/engine-fixtures/passing.yaml")))
                .configurationParameter(RedspecConfig.TARGET, "redis://127.0.0.1:1")
                .execute();
        r.containerEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                message(m -> m.contains("cannot connect to redis://127.0.0.1:1")))));
        r.testEvents().assertStatistics(s -> s.started(0));
    }

    @Test
    void dataOutsideTheNamespaceIsLeftAsItWasAndNoRedspecKeyRemains() throws Exception {
        try (RespConnection c = RespConnection.open(server.endpoint(), 2, Duration.ofSeconds(5))) {
            c.call("SET", "user:data", "precious");
            run("passing.yaml");
            run("wrong.yaml");
            assertThat(c.call("GET", "user:data")).isEqualTo(RespValue.BulkString.of("precious"));
            RespValue keys = c.call("KEYS", "redspec:*");
            assertThat(((RespValue.RespArray) keys).elements()).isEmpty();
            c.call("DEL", "user:data");
        }
    }

    @Test
    void aCaseWithADatabaseOfItsOwnRunsAndIsCleanedUpThere() throws Exception {
        EngineExecutionResults r = EngineTestKit.engine(RedspecTestEngine.ID)
                .selectors(selectFile(new File("src/test/resources/engine-fixtures/own-db.yaml")))
                .configurationParameter(RedspecConfig.TARGET, uri)
                .configurationParameter(RedspecConfig.ALLOW_DESTRUCTIVE, "true")
                .execute();
        r.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
        try (RespConnection c = RespConnection.open(server.endpoint(), 2, Duration.ofSeconds(5))) {
            c.call("SELECT", "12");
            assertThat(((RespValue.RespArray) c.call("KEYS", "redspec:*")).elements()).as("its keys deleted in database 12").isEmpty();
        }
    }
}
