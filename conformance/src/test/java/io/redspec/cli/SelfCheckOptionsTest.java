package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --jitter and --mutate=steps, against the embedded server. */
class SelfCheckOptionsTest {
    static final String FIXTURES = RunCommandTest.FIXTURES;

    @TempDir
    Path reports;

    @Test
    void jitterPrintsItsSeedAndTheCasesStillPass() {
        String out = stdout(() -> assertThat(RedspecCli.execute("run", "--jitter-seed", "5", "--protocol", "3",
                "--spec", FIXTURES + "passing.yaml", "-o", reports.toString())).isZero());
        assertThat(out).contains("jitter: 0-300 ms before every step, seed 5 (--jitter-seed 5 repeats it)");
    }

    @Test
    void perStepMutatePassesWhenEveryCheckedStepNotices() throws Exception {
        assertThat(RedspecCli.execute("run", "--mutate=steps", "--spec", FIXTURES + "passing.yaml", "-o",
                reports.toString())).isZero();
        JsonNode s = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(s.get("notes").toString()).containsPattern("per-step mutate: (\\d+) of \\1 checked steps notice");
    }

    @Test
    void perStepMutateNamesTheStepThatNoticesNoWrongAnswer() throws Exception {
        assertThat(RedspecCli.execute("run", "--mutate=steps", "--protocol", "2", "--spec", FIXTURES + "weak-step.yaml",
                "-o", reports.toString())).isEqualTo(1);
        JsonNode s = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(s.get("failures").get(0).get("message").asText()).contains("line(s) [11] still pass");
        assertThat(s.get("notes").toString()).contains("per-step mutate: 1 of 2 checked steps notice a wrong answer");
    }

    @Test
    void anUnknownMutateModeIsOneError() {
        assertThat(RedspecCli.execute("run", "--mutate=sometimes", "--spec", FIXTURES + "passing.yaml")).isEqualTo(2);
    }

    private static String stdout(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
