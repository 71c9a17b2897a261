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
}
