package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --target A --target B …}: a sub-directory per target, the matrix on top, an unreachable one shown as such. */
class MultiTargetRunTest {
    static final String PASSING = "src/test/resources/engine-fixtures/passing.yaml";
    static final String WRONG = "src/test/resources/engine-fixtures/wrong.yaml";
    @TempDir Path dir;

    @Test
    void twoEmbeddedAndAnUnreachableTargetWriteTheMatrixAndTheReachableOnesStillRun() throws Exception {
        int code = RedspecCli.execute("run", "--spec", PASSING, "-o", dir.toString(), "--target", "embedded:7.0",
                "--target", "embedded:6.2", "--target", "redis://127.0.0.1:1");
        assertThat(code).isZero(); // both reachable targets passed; the unreachable one is shown, not a failure
        for (String sub : new String[] {"embedded-7.0", "embedded-6.2"}) {
            assertThat(dir.resolve(sub).resolve("report.html")).exists();
            assertThat(dir.resolve(sub).resolve("junit")).isDirectory();
            assertThat(dir.resolve(sub).resolve("allure-results")).isDirectory();
            JsonNode s = new ObjectMapper().readTree(dir.resolve(sub).resolve("summary.json").toFile());
            assertThat(s.get("passed").asInt()).isEqualTo(8);
            assertThat(s.get("failed").asInt()).isZero();
        }
        JsonNode unreachable = new ObjectMapper().readTree(dir.resolve("redis-127.0.0.1-1/summary.json").toFile());
        assertThat(unreachable.get("error").asText()).contains("127.0.0.1:1");
        assertThat(dir.resolve("summary.json")).doesNotExist();

        JsonNode m = new ObjectMapper().readTree(dir.resolve("matrix.json").toFile());
        assertThat(m.get("targets")).hasSize(3);
        assertThat(m.get("targets").get(0).get("version").asText()).startsWith("7.0.");
        assertThat(m.get("targets").get(1).get("version").asText()).startsWith("6.2.");
        assertThat(m.get("targets").get(0).get("failed").asInt()).isZero();
        assertThat(m.get("targets").get(0).has("error")).isFalse();
        assertThat(m.get("targets").get(2).get("error").asText()).contains("127.0.0.1:1");
        for (JsonNode row : m.get("cases")) {
            assertThat(row.get("results").get(2).get("status").asText()).isEqualTo("unreachable");
        }
        assertThat(Files.readString(dir.resolve("matrix.md"))).contains("| redis://127.0.0.1:1 | unreachable: ");
        assertThat(Files.readString(dir.resolve("matrix.html"))).contains("class=unreachable>unreachable: ");
    }

    @Test
    void failuresOnAnyTargetExitOneAndNothingReachableExitsTwo() throws Exception {
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-p", "2", "-o", dir.resolve("a").toString(),
                "--target", "embedded:7.0", "--target", "redis://127.0.0.1:1")).isEqualTo(1);
        assertThat(RedspecCli.execute("run", "--spec", PASSING, "-o", dir.resolve("b").toString(),
                "--target", "redis://127.0.0.1:1", "--target", "redis://127.0.0.1:2")).isEqualTo(2);
        assertThat(dir.resolve("b/matrix.json")).exists(); // still says which targets could not be run
    }

    @Test
    void aBaselineWrittenFromSeveralTargetsMakesTheSameRunGreen() throws Exception {
        Path b = dir.resolve("known.txt");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-p", "2", "-o", dir.resolve("r1").toString(),
                "--target", "embedded:7.0", "--target", "embedded:6.2", "--write-baseline", b.toString())).isEqualTo(1);
        assertThat(Files.readAllLines(b)).containsExactly("# redspec baseline: CASE_ID resp2|resp3 [FLAVOUR [FROM..UNTIL]]",
                "wrong:deliberately-wrong resp2 redis");
        assertThat(RedspecCli.execute("run", "--spec", WRONG, "-p", "2", "-o", dir.resolve("r2").toString(),
                "--target", "embedded:7.0", "--target", "embedded:6.2", "--baseline", b.toString())).isZero();
    }

    @Test
    void withoutDockerADockerTargetIsSkippedInOneLineAndTheOthersStillRun() throws Exception {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is reachable here");
        assertThat(RedspecCli.execute("run", "--spec", PASSING, "-o", dir.resolve("one").toString(),
                "--target", "docker:redis:7.4")).isEqualTo(2);
        assertThat(dir.resolve("one")).doesNotExist();
        assertThat(RedspecCli.execute("run", "--spec", PASSING, "-o", dir.resolve("two").toString(),
                "--target", "embedded:7.0", "--target", "docker:redis:7.4")).isZero();
        JsonNode m = new ObjectMapper().readTree(dir.resolve("two/matrix.json").toFile());
        assertThat(m.get("targets").get(0).get("passed").asInt()).isEqualTo(8);
        assertThat(m.get("targets").get(1).get("error").asText()).startsWith("docker:redis:7.4: no Docker engine reachable (");
    }

    @Test
    void slugsNeverCarryCredentialsAndRepeatsAreNumbered() {
        TargetSlugs s = new TargetSlugs();
        assertThat(s.next("redis://user:secret@127.0.0.1:7801/0")).isEqualTo("redis-127.0.0.1-7801-0");
        assertThat(s.next("embedded:7.0")).isEqualTo("embedded-7.0");
        assertThat(s.next("embedded:7.0")).isEqualTo("embedded-7.0-2");
        assertThat(s.next("jedis-mock")).isEqualTo("jedis-mock");
        assertThat(s.next("docker:valkey/valkey:8.0")).isEqualTo("docker-valkey-valkey-8.0");
    }
}
