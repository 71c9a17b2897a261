package io.redspec.report.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.report.RunSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two runs side by side: one row per case run, a cell per target, absent where a run lacked the case. */
class MatrixTest {
    static RunSummary run(String target, String version, List<RunSummary.CaseRun> cases) {
        long passed = cases.stream().filter(c -> c.status().equals("passed")).count();
        long failed = cases.stream().filter(c -> c.status().equals("failed")).count();
        return new RunSummary(target, new RunSummary.Server("redis", version, "info"), List.of(), cases.size(), passed,
                failed, cases.size() - passed - failed, 0, 1, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), cases, null, null);
    }

    @Test
    void casesLineUpAcrossTargetsWithRatesPerGroupAndCommand() {
        RunSummary a = run("embedded redis-server 7.0.15 on 127.0.0.1:1", "7.0.15", List.of(
                new RunSummary.CaseRun("list/linsert:x", 2, "list", "LINSERT", "passed", null),
                new RunSummary.CaseRun("list/linsert:y", 2, "list", "LINSERT", "passed", null)));
        RunSummary b = run("jedis-mock 1.1.18 in-process on 127.0.0.1:2", null, List.of(
                new RunSummary.CaseRun("list/linsert:x", 2, "list", "LINSERT", "failed", "LINSERT: unknown command")));
        Matrix m = Matrix.of(List.of(a, b));
        assertThat(m.cases()).hasSize(2);
        assertThat(m.cases().get(0).results()).containsExactly(new Matrix.Cell("passed", null),
                new Matrix.Cell("failed", "LINSERT: unknown command"));
        assertThat(m.cases().get(1).results().get(1).status()).isEqualTo("absent");
        assertThat(m.targets().get(0).groups()).containsEntry("list", 100.0);
        assertThat(m.targets().get(1).commands()).containsEntry("LINSERT", 0.0);

        String md = MatrixMarkdown.render(m);
        assertThat(md).contains("| jedis-mock 1.1.18 in-process on 127.0.0.1:2 | redis (no version) | 0 | 1 | 0 | 0% |")
                .contains("| list/linsert:x | RESP2 | passed | failed: LINSERT: unknown command |");
        String html = MatrixHtml.render(m);
        assertThat(html).contains(MatrixHtml.SORT_JS).contains("<table id=targets>"); // sorted in Chromium by reports/check-pages.sh
        assertThat(html).contains("<td class=failed>failed: <small>LINSERT: unknown command</small></td>")
                .contains("<tr class=cmd><td>LINSERT</td>");
    }

    @Test
    void eachTargetsFailuresAreRolledUpByCommandAndKindInJsonAndMarkdown() {
        List<RunSummary.CaseRun> cases = List.of(new RunSummary.CaseRun("geo/geoadd:x", 2, "geo", "GEOADD", "failed", "GEOADD: unknown command"));
        RunSummary jm = new RunSummary("jedis-mock 1.1.18 in-process on 127.0.0.1:2", new RunSummary.Server("other", null, "unknown"),
                List.of(), 1, 0, 1, 0, 0, 1, 0, null, List.of(),
                List.of(new RunSummary.CommandRollup("GEOADD", "unknown_command", "unknown command", 91, 91, List.of("geo/geoadd:x"))),
                List.of(), List.of(), List.of(), List.of(), List.of(), cases, null, null);
        Matrix m = Matrix.of(List.of(jm));
        assertThat(m.targets().get(0).failingCommands()).extracting(RunSummary.CommandRollup::command).containsExactly("GEOADD");
        assertThat(MatrixMarkdown.render(m)).contains("## Failures of jedis-mock 1.1.18 in-process by command and kind")
                .contains("| GEOADD | unknown command | 91 | 91 |");
        assertThat(MatrixHtml.render(m)).contains("<tr><td>GEOADD</td><td>unknown command</td><td class=n>91</td><td class=n>91</td></tr>");
    }
}
