package io.redspec.report.html;

import io.redspec.report.RunSummary;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The group × protocol table at the top: pass % with its colour, passed/ran, skipped. */
final class OverviewSection {
    private OverviewSection() {}

    static void write(RunSummary s, StringBuilder h) {
        TreeSet<Integer> protocols = new TreeSet<>();
        Map<String, Map<Integer, RunSummary.GroupTotals>> byGroup = new TreeMap<>();
        for (RunSummary.GroupTotals g : s.groups()) {
            protocols.add(g.protocol());
            byGroup.computeIfAbsent(g.group(), k -> new TreeMap<>()).put(g.protocol(), g);
        }
        h.append("<h2 id=overview>Groups × protocol</h2><table class=overview><tr><th>group</th>");
        for (int p : protocols) {
            h.append("<th>RESP").append(p).append("</th>");
        }
        h.append("<th>failed</th><th>skipped</th></tr>");
        byGroup.forEach((group, row) -> {
            long failed = row.values().stream().mapToLong(RunSummary.GroupTotals::failed).sum();
            long skipped = row.values().stream().mapToLong(RunSummary.GroupTotals::skipped).sum();
            h.append("<tr><td>").append(Html.esc(group)).append("</td>");
            for (int p : protocols) {
                RunSummary.GroupTotals g = row.get(p);
                if (g == null) {
                    h.append("<td class=r-none>—</td>");
                    continue;
                }
                h.append("<td class=\"rate ").append(Html.rateClass(g.passPercent())).append("\" title=\"")
                 .append(g.passed()).append(" passed of ").append(g.passed() + g.failed()).append(" run\">")
                 .append(Html.percent(g.passPercent())).append(" <small>").append(g.passed()).append('/')
                 .append(g.passed() + g.failed()).append("</small></td>");
            }
            h.append("<td class=n>").append(failed == 0 ? "0" : "<a href=\"#failures\">" + failed + "</a>")
             .append("</td><td class=n>").append(skipped == 0 ? "0" : "<a href=\"#skips\">" + skipped + "</a>")
             .append("</td></tr>");
        });
        h.append("</table>");
    }
}
