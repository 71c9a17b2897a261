package io.redspec.report.html;

import io.redspec.report.RunSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Per spec command: failing commands first, each linked to the causes its failures have. */
final class CommandsSection {
    private CommandsSection() {}

    static void write(RunSummary s, StringBuilder h) {
        Map<String, List<RunSummary.CommandRollup>> causesOf = s.failingCommands().stream()
                .collect(Collectors.groupingBy(RunSummary.CommandRollup::command));
        List<RunSummary.CommandTotals> rows = s.commands().stream()
                .sorted(Comparator.comparingLong(RunSummary.CommandTotals::failed).reversed()
                        .thenComparing(RunSummary.CommandTotals::command))
                .toList();
        h.append("<h2 id=commands>By spec command</h2><details").append(s.failed() > 0 ? "" : " open")
         .append("><summary>").append(rows.size()).append(" commands, ")
         .append(rows.stream().filter(r -> r.failed() > 0).count()).append(" with failures</summary>")
         .append("<table class=commands><tr><th>command</th><th>group</th><th>passed</th><th>failed</th><th>skipped</th>"
                 + "<th>failing steps</th></tr>");
        for (RunSummary.CommandTotals c : rows) {
            h.append("<tr").append(c.failed() > 0 ? " class=bad" : "").append("><td>").append(Html.esc(c.command()))
             .append("</td><td>").append(Html.esc(c.group())).append("</td><td class=n>").append(c.passed())
             .append("</td><td class=n>").append(c.failed()).append("</td><td class=n>").append(c.skipped()).append("</td><td>");
            for (RunSummary.CommandRollup r : causesOf.getOrDefault(c.command(), List.of())) {
                h.append("<a href=\"#").append(CausesSection.anchorOf(r)).append("\">").append(Html.esc(r.label()))
                 .append(" (").append(r.caseRuns()).append(")</a> ");
            }
            h.append("</td></tr>");
        }
        h.append("</table></details>");
    }
}
