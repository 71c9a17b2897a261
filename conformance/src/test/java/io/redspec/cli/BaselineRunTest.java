package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.report.RunSummary;
import io.redspec.report.SummaryJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline then --baseline on embedded 7.0: known failures pass, new ones exit 1, bad files exit 2. */
class BaselineRunTest {
    static final String WRONG = "src/test/resources/engine-fixtures/wrong.yaml";
    static final String PASSING = "src/test/resources/engine-fixtures/passing.yaml";
    @TempDir Path dir;

    @Test
    void aWrittenBaselineMakesTheSameRunGreenAndARemovedEntryFailsIt() throws Exception {
        Path b = dir.resolve("known.txt");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r1").toString(), "--write-baseline", b.toString())).isEqualTo(1);
        assertThat(Files.readString(b)).contains("deliberately-wrong resp2 redis", "deliberately-wrong resp3 redis");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r2").toString(), "--baseline", b.toString())).isEqualTo(0);
        RunSummary green = SummaryJson.read(dir.resolve("r2/summary.json"));
        assertThat(green.baseline().known()).hasSize(2);
        assertThat(green.baseline().newFailures()).isEmpty();
        Files.writeString(b, "wrong:deliberately-wrong resp2 redis\n");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r3").toString(), "--baseline", b.toString())).isEqualTo(1);
        RunSummary.BaselineResult red = SummaryJson.read(dir.resolve("r3/summary.json")).baseline();
        assertThat(red.newFailures()).containsExactly(new RunSummary.CaseRef("wrong:deliberately-wrong", 3));
        assertThat(red.known()).containsExactly(new RunSummary.CaseRef("wrong:deliberately-wrong", 2));
    }

    @Test
    void anEntryWhoseCaseNowPassesIsListedAsFixedInSummaryJson() throws Exception {
        Path b = dir.resolve("known.txt");
        Files.writeString(b, "passing:head-insert-order resp2\n");
        assertThat(RedspecCli.execute("run", "--spec", PASSING, "-p", "2", "-o", dir.toString(), "--baseline", b.toString())).isEqualTo(0);
        RunSummary.BaselineResult r = SummaryJson.read(dir.resolve("summary.json")).baseline();
        assertThat(r.fixed()).containsExactly(new RunSummary.CaseRef("passing:head-insert-order", 2));
        assertThat(r.file()).isEqualTo(b.toString());
    }

    /** The done-when check of issue 13 on jedis-mock, a third-party server with real failures: on one spec file. */
    @Test
    void onJedisMockABaselineMakesTheRunGreenARemovedEntryNamesItsCaseAndAPassingEntryIsFixed() throws Exception {
        String spec = "../spec/hyperloglog/pfcount.yaml";
        Path b = dir.resolve("jedis-mock.txt");
        assertThat(RedspecCli.execute("run", "--target", "jedis-mock", "-p", "2", "--spec", spec, "-o", dir.resolve("j1").toString(),
                "--write-baseline", b.toString())).isEqualTo(1);
        assertThat(Files.readAllLines(b)).contains("hyperloglog/pfcount:arity resp2 other");
        assertThat(RedspecCli.execute("run", "--target", "jedis-mock", "-p", "2", "--spec", spec, "-o", dir.resolve("j2").toString(),
                "--baseline", b.toString())).isZero();

        String text = Files.readString(b).replace("hyperloglog/pfcount:arity resp2 other\n", "")
                + "hyperloglog/pfcount:single-key resp2 other\n";
        Files.writeString(b, text);
        assertThat(RedspecCli.execute("run", "--target", "jedis-mock", "-p", "2", "--spec", spec, "-o", dir.resolve("j3").toString(),
                "--baseline", b.toString())).isEqualTo(1);
        RunSummary.BaselineResult r = SummaryJson.read(dir.resolve("j3/summary.json")).baseline();
        assertThat(r.newFailures()).containsExactly(new RunSummary.CaseRef("hyperloglog/pfcount:arity", 2));
        assertThat(r.fixed()).containsExactly(new RunSummary.CaseRef("hyperloglog/pfcount:single-key", 2));
    }

    @Test
    void aMalformedBaselineIsExit2() throws Exception {
        Path b = dir.resolve("bad.txt");
        Files.writeString(b, "# ok\ndeliberately-wrong resp4\n");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "--baseline", b.toString())).isEqualTo(2);
    }
}
