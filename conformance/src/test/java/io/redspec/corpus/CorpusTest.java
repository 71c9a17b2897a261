package io.redspec.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.cli.RedspecCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus gate: the whole spec/ directory, both protocols, against both embedded servers, with no
 * failure and every skip explained; and in mutation mode every case must notice wrong answers, and
 * (embedded 7.0) every checked step on its own.
 */
class CorpusTest {
    static final Path SPEC = Path.of(System.getProperty("redspec.specRoot", "../spec"));
    static final Path REPORTS = Path.of("target", "corpus-reports");

    @ParameterizedTest
    @ValueSource(strings = {"embedded:7.0", "embedded:6.2"})
    void theWholeCorpusPassesOnRealRedis(String target) throws Exception {
        Path dir = REPORTS.resolve(target.replace(':', '-'));
        int code = RedspecCli.execute("run", "--target", target, "--spec", SPEC.toString(), "-o", dir.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("failures")).as("failures on " + target).isEmpty();
        assertThat(code).isZero();
        assertThat(summary.get("passed").asInt()).isGreaterThan(1000);
        assertThat(summary.get("leftover_keys").asInt()).isZero();
        for (JsonNode skip : summary.get("skips")) {
            assertThat(skip.get("reason").asText()).as(skip.get("id").asText()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded:7.0", "embedded:6.2"})
    void everyCaseFailsWhenTheServerAnswersWrong(String target) throws Exception {
        Path dir = REPORTS.resolve("mutate-" + target.replace(':', '-'));
        int code = RedspecCli.execute("run", "--mutate", "--target", target, "--spec", SPEC.toString(), "-o", dir.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("failures")).as("cases that still pass against wrong answers").isEmpty();
        assertThat(code).isZero();
    }

    /** One step at a time: every checked step of the corpus notices a wrong answer (7.0 only: several runs per case). */
    @Test
    void everyCheckedStepFailsWhenItsReplyIsWrong() throws Exception {
        Path dir = REPORTS.resolve("mutate-steps-embedded-7.0");
        int code = RedspecCli.execute("run", "--mutate=steps", "--target", "embedded:7.0", "--spec", SPEC.toString(),
                "-o", dir.toString());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("failures")).as("steps that notice no wrong answer").isEmpty();
        assertThat(summary.get("notes").toString()).containsPattern("per-step mutate: ([1-9][0-9]*) of \\1 checked steps");
        assertThat(code).isZero();
    }
}
