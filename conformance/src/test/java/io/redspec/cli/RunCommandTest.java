package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's exit codes and report files, against the embedded server it starts itself. */
class RunCommandTest {
    static final String FIXTURES = "src/test/resources/engine-fixtures/";

    @TempDir
    Path reports;

    @Test
    void allPassedExitsZeroAndWritesEveryReport() throws Exception {
        int code = RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "-o", reports.toString());
        assertThat(code).isZero();
        JsonNode s = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(s.get("server").get("flavour").asText()).isEqualTo("redis");
        assertThat(s.get("server").get("version").asText()).startsWith("7.0.");
        assertThat(s.get("target").asText()).startsWith("embedded redis-server 7.0.");
        assertThat(s.get("total").asInt()).isEqualTo(10);
        assertThat(s.get("passed").asInt()).isEqualTo(8); // the exclusive case runs on an embedded target
        assertThat(s.get("skipped").asInt()).isEqualTo(2);
        assertThat(s.get("failed").asInt()).isZero();
        assertThat(s.get("duration_ms").asLong()).isPositive();
        assertThat(s.get("failures")).isEmpty();
        assertThat(reports.resolve("report.html")).exists();
        try (var xml = Files.list(reports.resolve("junit"))) {
            assertThat(xml.filter(p -> p.toString().endsWith(".xml")).count()).isEqualTo(1);
        }
        try (var allure = Files.list(reports.resolve("allure-results"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(10);
        }
    }

    /** A second run into the same directory: its own ten results, not twenty; files not ours are kept. */
    @Test
    void aReusedReportDirHoldsOnlyTheLastRunsResults() throws Exception {
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "-o", reports.toString())).isZero();
        Files.writeString(reports.resolve("allure-results").resolve("mine.txt"), "kept");
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "-o", reports.toString())).isZero();
        try (var allure = Files.list(reports.resolve("allure-results"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json")).count()).isEqualTo(10);
        }
        try (var allure = Files.list(reports.resolve("allure-results"))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-container.json")).count()).isZero();
        }
        assertThat(reports.resolve("allure-results").resolve("mine.txt")).hasContent("kept");
    }

    /**
     * Embedded: the whole-server case runs on a second server at once, not after the shared cases.
     * It counts 0 keys while the shared case (on the first server) still holds its key, and ends first.
     */
    @Test
    void wholeServerCasesRunOnASecondServerAlongsideTheSharedOnes() throws Exception {
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "twin.yaml", "-o", reports.toString())).isZero();
        JsonNode t = new ObjectMapper().readTree(reports.resolve("timings.json").toFile());
        long wholeServerEnd = 0;
        long sharedEnd = 0;
        for (JsonNode c : t.get("cases")) {
            assertThat(c.get("status").asText()).isEqualTo("successful");
            if (c.get("exclusive").asBoolean()) {
                wholeServerEnd = Math.max(wholeServerEnd, c.get("end_ms").asLong());
            } else {
                sharedEnd = Math.max(sharedEnd, c.get("end_ms").asLong());
            }
        }
        assertThat(wholeServerEnd).isLessThan(sharedEnd);
        JsonNode s = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(s.toString()).contains("whole-server cases ran one at a time on a second server of the same build");
    }

    /** The twin dies under a whole-server case: that case fails, the shared one passes, the run ends with exit 1. */
    @Test
    void aTwinThatAWholeServerCaseStopsFailsThatCaseOnly() throws Exception {
        int code = RedspecCli.execute("run", "--spec", FIXTURES + "twin-dies.yaml", "-o", reports.toString(), "--protocol", "2");
        assertThat(code).isEqualTo(1);
        JsonNode s = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(s.path("error").isNull() || s.path("error").isMissingNode()).as(s.path("error").toString()).isTrue();
        assertThat(s.get("passed").asInt()).isEqualTo(1);
        assertThat(s.get("failed").asInt()).isEqualTo(1);
        assertThat(s.toString()).contains("second server of the same build");
    }

    @Test
    void timingsListEveryCaseRunWithItsSpanAndTheStartUpPhases() throws Exception {
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "-o", reports.toString())).isZero();
        JsonNode t = new ObjectMapper().readTree(reports.resolve("timings.json").toFile());
        assertThat(t.get("phases").get("target_start_ms").asLong()).isNotNegative();
        assertThat(t.get("phases").get("cases_ms").asLong()).isNotNegative();
        assertThat(t.get("cases")).hasSize(8); // the 2 skipped case runs never start
        long exclusive = 0;
        for (JsonNode c : t.get("cases")) {
            assertThat(c.get("end_ms").asLong()).isGreaterThanOrEqualTo(c.get("start_ms").asLong() + c.get("waited_ms").asLong());
            exclusive += c.get("exclusive").asBoolean() && c.get("status").asText().equals("successful") ? 1 : 0;
        }
        assertThat(exclusive).isEqualTo(2); // the exclusive case, under both protocols
    }

    @Test
    void failuresExitOneAndAreListedWithFileLineAndProtocol() throws Exception {
        int code = RedspecCli.execute("run", "--spec", FIXTURES + "wrong.yaml", "-o", reports.toString(), "--protocol", "3");
        assertThat(code).isEqualTo(1);
        JsonNode f = new ObjectMapper().readTree(reports.resolve("summary.json").toFile()).get("failures").get(0);
        assertThat(f.get("id").asText()).isEqualTo("wrong:deliberately-wrong");
        assertThat(f.get("file").asText()).endsWith("engine-fixtures/wrong.yaml");
        assertThat(f.get("line").asInt()).isEqualTo(4);
        assertThat(f.get("protocol").asInt()).isEqualTo(3);
        assertThat(f.get("message").asText()).contains("expected").contains("actual");
    }

    @Test
    void malformedSpecsAndUnreachableTargetsExitTwo() {
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "malformed.yaml", "-o", reports.toString())).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "--target", "redis://127.0.0.1:1",
                "-o", reports.toString())).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--protocol", "4", "--spec", FIXTURES)).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void selectingNoCaseIsAnErrorNotAGreenRun(@TempDir Path emptySpecDir) {
        assertThat(RedspecCli.execute("run", "--spec", emptySpecDir.toString(), "-o", reports.toString())).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "--tags", "group:lists",
                "-o", reports.toString())).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--list", "--spec", FIXTURES + "passing.yaml", "--tags", "nosuchtag")).isEqualTo(2);
        assertThat(reports.resolve("summary.json")).doesNotExist();
    }

    @Test
    void jobsMustBePositive() {
        assertThat(RedspecCli.execute("run", "--jobs", "0", "--spec", FIXTURES + "passing.yaml")).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--jobs", "-3", "--spec", FIXTURES + "passing.yaml")).isEqualTo(2);
    }

    @Test
    void targetFormIsCheckedWhileParsingOptions() {
        assertThat(RedspecCli.execute("run", "--target", "http://127.0.0.1:6379", "--list", "--spec", FIXTURES + "passing.yaml")).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--target", "embedded:5.0", "--list", "--spec", FIXTURES + "passing.yaml")).isEqualTo(2);
        assertThat(RedspecCli.execute("run", "--target", "redis://127.0.0.1:notaport", "--list", "--spec", FIXTURES + "passing.yaml"))
                .isEqualTo(2);
    }

    @Test
    void anUnreachableTargetIsOneErrorAndNoReports() {
        assertThat(RedspecCli.execute("run", "--spec", FIXTURES + "passing.yaml", "--target", "redis://127.0.0.1:1",
                "-o", reports.resolve("r").toString())).isEqualTo(2);
        assertThat(reports.resolve("r")).doesNotExist();
    }

    @Test
    void mutationModePassesCasesThatNoticeWrongAnswers() {
        assertThat(RedspecCli.execute("run", "--mutate", "--spec", FIXTURES + "passing.yaml", "-o", reports.toString()))
                .isZero();
    }

    @Test
    void listPrintsTheSelectedCasesWithoutRunning() {
        assertThat(RedspecCli.execute("run", "--list", "--spec", FIXTURES + "passing.yaml", "--tags", "resp2")).isZero();
    }
}
