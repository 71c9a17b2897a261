package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline then --baseline on embedded 7.0: known failures pass, new ones exit 1, bad files exit 2. */
class BaselineRunTest {
    static final String WRONG = "src/test/resources/engine-fixtures/wrong.yaml";
    @TempDir Path dir;

    @Test
    void aWrittenBaselineMakesTheSameRunGreenAndARemovedEntryFailsIt() throws Exception {
        Path b = dir.resolve("known.txt");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r1").toString(), "--write-baseline", b.toString())).isEqualTo(1);
        assertThat(Files.readString(b)).contains("deliberately-wrong resp2 redis", "deliberately-wrong resp3 redis");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r2").toString(), "--baseline", b.toString())).isEqualTo(0);
        Files.writeString(b, "deliberately-wrong resp2 redis\n");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-o", dir.resolve("r3").toString(), "--baseline", b.toString())).isEqualTo(1);
    }

    @Test
    void aMalformedBaselineIsExit2() throws Exception {
        Path b = dir.resolve("bad.txt");
        Files.writeString(b, "# ok\ndeliberately-wrong resp4\n");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "--baseline", b.toString())).isEqualTo(2);
    }
}
