package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import io.redspec.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run leaves nothing behind in any database: cases that MOVE, COPY … DB or SELECT elsewhere and
 * then fail are cleaned up there by the engine, and a key no sent command could place (a script's own
 * SELECT) is found by the end-of-run check, deleted and fails the run naming its database and case.
 * Checked from outside the run, on a server that outlives it.
 */
class OtherDatabasesCleanupTest {
    static final String FIXTURES = "src/test/resources/engine-fixtures/other-databases/";
    static EmbeddedServer server;

    @TempDir
    Path reports;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start("7.0");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void casesThatFailAfterWritingElsewhereLeaveNoKeyInAnyDatabase() throws Exception {
        int code = RedspecCli.execute("run", "--target", target(), "--spec", FIXTURES + "fails-after-writing.yaml",
                "-o", reports.toString());
        JsonNode s = summary();
        assertThat(s.get("failed").asInt()).isEqualTo(6); // 3 cases x 2 protocols, each deliberately wrong
        assertThat(code).isEqualTo(1);
        assertThat(s.get("leftover_keys").asInt()).isZero();
        assertThat(keysOfAnyRun()).isEmpty();
    }

    @Test
    void cleanCasesUnderStepMutationLeaveNoKeyInAnyDatabase() throws Exception {
        int code = RedspecCli.execute("run", "--mutate=steps", "--target", target(), "--spec",
                "../spec/server/swapdb.yaml", "--spec", "../spec/generic/move.yaml", "--spec", "../spec/generic/copy.yaml",
                "--allow-destructive", "-o", reports.toString());
        assertThat(summary().get("failures")).isEmpty();
        assertThat(code).isZero();
        assertThat(keysOfAnyRun()).isEmpty();
    }

    @Test
    void aKeyOutsideWhatTheCaseSentIsFoundDeletedAndFailsTheRun() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = RedspecCli.execute("run", "--protocol", "2", "--target", target(), "--spec",
                    FIXTURES + "escapes-tracking.yaml", "-o", reports.toString());
        } finally {
            System.setErr(old);
        }
        JsonNode s = summary();
        assertThat(s.get("passed").asInt()).isEqualTo(1);
        assertThat(s.get("leftover_keys").asInt()).isEqualTo(1);
        assertThat(s.get("notes").toString()).containsPattern(
                "leftover keys in db 9: 1 key of case [^\"]*:script-writes-database-9 \\(RESP2\\)");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the run left 1 key(s) of its namespace behind");
        assertThat(code).isEqualTo(1);
        assertThat(keysOfAnyRun()).isEmpty();
    }

    private String target() {
        return "redis://127.0.0.1:" + server.port();
    }

    private JsonNode summary() throws Exception {
        return new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
    }

    /** Every {@code redspec:} key in databases 0-15, as "db:key". */
    private static List<String> keysOfAnyRun() throws Exception {
        List<String> found = new ArrayList<>();
        try (RespConnection c = RespConnection.open(server.endpoint(), 2, Duration.ofSeconds(5))) {
            for (int db = 0; db < 16; db++) {
                assertThat(c.call("SELECT", String.valueOf(db))).isEqualTo(new RespValue.SimpleString("OK"));
                String cursor = "0";
                do {
                    RespValue.RespArray r = (RespValue.RespArray) c.call("SCAN", cursor, "MATCH", "redspec:*", "COUNT", "1000");
                    cursor = ((RespValue.BulkString) r.elements().get(0)).text();
                    for (RespValue k : ((RespValue.RespArray) r.elements().get(1)).elements()) {
                        found.add(db + ":" + ((RespValue.BulkString) k).text());
                    }
                } while (!cursor.equals("0"));
            }
        }
        return found;
    }
}
