package io.redspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.cli.RedspecCli;
import io.redspec.report.RunSummary;
import io.redspec.report.SummaryJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jedis-mock in-process: it refuses HELLO 3 (NOPROTO) and reports no version in INFO, so its RESP3
 * runs are skipped with that one reason, the run is not gated by version, and both are noted.
 */
class JedisMockTargetTest {
    static final String PASSING = "src/test/resources/engine-fixtures/passing.yaml";
    @TempDir Path dir;

    @Test
    void refusedResp3IsOneSkipReasonAndAMissingVersionANote() throws Exception {
        RedspecCli.execute("run", "--target", "jedis-mock", "--spec", PASSING, "-o", dir.toString());
        RunSummary s = SummaryJson.read(dir.resolve("summary.json"));
        assertThat(s.target()).startsWith("jedis-mock ").contains("127.0.0.1:");
        assertThat(s.server().version()).isNull();
        assertThat(s.server().versionSource()).isEqualTo("unknown");
        assertThat(s.notes()).anyMatch(n -> n.contains("refused HELLO 3") && n.contains("NOPROTO"))
                .anyMatch(n -> n.contains("reports no version"));
        assertThat(s.skips()).filteredOn(k -> k.protocol() == 3).isNotEmpty()
                .allMatch(k -> k.reason().startsWith("the server refused HELLO 3"));
        assertThat(s.failures()).noneMatch(f -> f.protocol() == 3);
        assertThat(s.passed()).isPositive();
    }

    @Test
    void resp3AloneAskedForFailsTheRunInOneLine() throws Exception {
        int rc = RedspecCli.execute("run", "--target", "jedis-mock", "--spec", PASSING, "-p", "3", "-o", dir.toString());
        assertThat(rc).isEqualTo(1);
    }
}
