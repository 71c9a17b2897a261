package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.cli.RedspecCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code redspec coverage} command end to end, through the CLI entry point. */
class CoverageCommandTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int status = RedspecCli.execute(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void printsATablePerGroupAndTheGaps() {
        Run r = run("coverage", "--spec", Fixtures.resource("corpus").toString(), "--group", "list");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("coverage of 3 spec files, 9 cases").containsPattern("list\\s+\\d+/22")
                .contains("uncovered commands, list").contains("LPOS COUNT").contains("NOSUCHCOMMAND (1)");
    }

    @Test
    void jsonGoesToStdoutAndHtmlToTheDirectory(@TempDir Path dir) {
        Run r = run("coverage", "-s", Fixtures.resource("corpus").toString(), "--json", "--html", dir.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).startsWith("{").endsWith("}").contains("\"commands_total\"");
        assertThat(r.err()).contains("coverage.html");
        assertThat(Files.exists(dir.resolve("coverage.html"))).isTrue();
    }

    @Test
    void malformedSpecsGiveFileAndLineAndStatus2() {
        Run r = run("coverage", "--spec", Fixtures.resource("malformed").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.yaml:\\d+: ").contains("malformed spec file");
    }

    @Test
    void anUnknownGroupGivesStatus2() {
        Run r = run("coverage", "--spec", Fixtures.resource("corpus").toString(), "--group", "nope");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown group 'nope'");
    }

    @Test
    void theSpecDirectorysExcludedYamlIsCountedApart(@TempDir Path dir) throws Exception {
        Path spec = specWithExclusions(dir, "commands:\n  LINSERT: for the test\n");
        Run r = run("coverage", "--spec", spec.toString(), "--group", "list");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("coverage of 1 spec files").containsPattern("list\\s+\\d+/22.*\\s1\\+1\\n")
                .contains("excluded, list (1):\n  LINSERT - for the test");
        Run json = run("coverage", "--spec", spec.resolve("lists.yaml").toString(), "--group", "list", "--json");
        assertThat(json.out()).contains("\"excluded\" : {\n      \"LINSERT\" : \"for the test\"");
    }

    @Test
    void aMalformedExcludedYamlGivesFileLineAndStatus2(@TempDir Path dir) throws Exception {
        Path spec = specWithExclusions(dir, "commands:\n  LINSERT: ok\n  NOPE: why\n");
        Run r = run("coverage", "--spec", spec.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).containsPattern("excluded\\.yaml:3: unknown command 'NOPE'")
                .contains("malformed excluded.yaml").doesNotContain("Exception");
        Run missing = run("coverage", "--spec", spec.toString(), "--excluded", dir.resolve("none.yaml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml: no such file");
    }

    /** A spec directory holding the list fixture and an excluded.yaml with this text. */
    private static Path specWithExclusions(Path dir, String excluded) throws Exception {
        Path spec = Files.createDirectories(dir.resolve("spec"));
        Files.copy(Fixtures.resource("corpus").resolve("lists.yaml"), spec.resolve("lists.yaml"));
        Files.writeString(spec.resolve("excluded.yaml"), excluded);
        return spec;
    }
}
