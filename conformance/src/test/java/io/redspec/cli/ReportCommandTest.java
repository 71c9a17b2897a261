package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redspec report}: Allure HTML from a run, with our categories, labels and steps, and a trend across runs. */
class ReportCommandTest {
    static final String WRONG = "src/test/resources/engine-fixtures/wrong.yaml";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void twoRunsGiveAnAllureReportWithFailureKindsLabelsStepsAndATrendOfTwo() throws Exception {
        for (String run : new String[] {"r1", "r2"}) {
            assertThat(RedspecCli.execute("run", "--spec", WRONG, "-p", "2", "-o", dir.resolve(run).toString())).isEqualTo(1);
            assertThat(RedspecCli.execute("report", dir.resolve(run).toString())).isZero();
        }
        Path report = dir.resolve("r2/allure-report");
        assertThat(report.resolve("index.html")).exists();
        assertThat(JSON.readTree(report.resolve("widgets/history-trend.json").toFile())).hasSize(2);
        assertThat(dir.resolve(ReportCommand.HISTORY).resolve("history.json")).exists();

        JsonNode categories = JSON.readTree(report.resolve("data/categories.json").toFile()).get("children");
        assertThat(categories).hasSize(1);
        assertThat(categories.get(0).get("name").asText()).isEqualTo("wrong value");

        JsonNode env = JSON.readTree(report.resolve("widgets/environment.json").toFile());
        assertThat(env.toString()).contains("\"name\":\"server\"").contains("redis 7.0.");
        JsonNode c = testCase(report, "failed");
        List<String> labels = new ArrayList<>();
        c.get("labels").forEach(l -> labels.add(l.get("name").asText() + "=" + l.get("value").asText()));
        assertThat(labels).contains("protocol=RESP2", "command=LRANGE", "feature=list", "severity=critical")
                .anyMatch(l -> l.startsWith("server=redis 7.0."));
        JsonNode steps = c.get("testStage").get("steps");
        assertThat(steps.get(0).get("name").asText()).startsWith("line ").contains("SEND ");
        JsonNode failed = null;
        for (JsonNode s : steps) {
            failed = s.get("status").asText().equals("failed") ? s : failed;
        }
        assertThat(failed).isNotNull();
        List<String> params = new ArrayList<>();
        failed.get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertThat(params).containsExactly("expected", "reply");
    }

    @Test
    void aDirectoryWithoutResultsIsOneLineAndExit2() {
        assertThat(RedspecCli.execute("report", dir.toString())).isEqualTo(2);
    }

    private static JsonNode testCase(Path report, String status) throws Exception {
        try (Stream<Path> s = Files.list(report.resolve("data/test-cases"))) {
            for (Path p : s.toList()) {
                JsonNode n = JSON.readTree(p.toFile());
                if (n.get("status").asText().equals(status)) {
                    return n;
                }
            }
        }
        throw new AssertionError("no " + status + " test case in " + report);
    }
}
