package io.redspec.report.matrix;

import io.redspec.report.html.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * matrix.html, one offline page: per target its pass %, then per group (collapsible) its commands
 * and their cases as rows, targets as columns; a filter box hides rows that do not match.
 */
public final class MatrixHtml {
    private static final String CSS = "body{font:14px system-ui,sans-serif;margin:1.5em 2em;color:#222}"
            + "table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f6f6f6}td.n{text-align:right}tr.cmd td{font-weight:600;background:#fafafa}"
            + ".passed{background:#c7efcf}.failed{background:#ffc9c9}.skipped{background:#eee;color:#555}.absent{color:#aaa}.unreachable{background:#ffe3b3}"
            + "summary{cursor:pointer;font-size:110%;margin:.4em 0}small{color:#555}" + Html.RATE_CSS;
    private static final String FILTER_JS = "function f(q){q=q.toLowerCase();document.querySelectorAll('tr.case').forEach("
            + "function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)>=0?'':'none';});}";

    private MatrixHtml() {}

    public static String render(Matrix m) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Redspec compatibility matrix</title><style>")
         .append(CSS).append("</style><script>").append(FILTER_JS).append("</script></head><body><h1>Redspec compatibility matrix</h1>");
        h.append("<table id=targets><tr><th>target</th><th>server</th><th>passed</th><th>failed</th><th>skipped</th><th>pass %</th></tr>");
        for (Matrix.TargetColumn t : m.targets()) {
            h.append("<tr><td>").append(Html.esc(t.target())).append("</td><td").append(t.unreachable() ? " class=unreachable>" : ">")
             .append(Html.esc(MatrixMarkdown.server(t))).append("</td><td class=n>").append(t.passed())
             .append("</td><td class=n>").append(t.failed()).append("</td><td class=n>").append(t.skipped())
             .append("</td><td class=\"n ").append(Html.rateClass(t.passPercent())).append("\">")
             .append(Html.percent(t.passPercent())).append("</td></tr>");
        }
        h.append("</table><p>filter cases: <input id=q oninput=\"f(this.value)\" placeholder=\"id, command, reason…\"></p>");
        Map<String, List<Matrix.CaseRow>> byGroup = m.cases().stream()
                .collect(Collectors.groupingBy(Matrix.CaseRow::group, LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((group, rows) -> {
            h.append("<details class=group><summary><b>").append(Html.esc(group)).append("</b>");
            m.targets().forEach(t -> h.append(" · <span class=").append(Html.rateClass(t.groups().get(group))).append('>')
                    .append(Html.esc(MatrixMarkdown.shortName(t))).append(' ').append(Html.percent(t.groups().get(group))).append("</span>"));
            h.append("</summary><table><tr><th>case</th>");
            m.targets().forEach(t -> h.append("<th>").append(Html.esc(MatrixMarkdown.shortName(t))).append("</th>"));
            h.append("</tr>");
            String command = null;
            for (Matrix.CaseRow r : rows) {
                if (!r.command().equals(command)) {
                    command = r.command();
                    h.append("<tr class=cmd><td>").append(Html.esc(command)).append("</td>");
                    for (Matrix.TargetColumn t : m.targets()) {
                        Double p = t.commands().get(command);
                        h.append("<td class=").append(Html.rateClass(p)).append('>').append(Html.percent(p)).append("</td>");
                    }
                    h.append("</tr>");
                }
                h.append("<tr class=case><td>").append(Html.esc(r.id())).append(" <small>RESP").append(r.protocol()).append("</small></td>");
                for (Matrix.Cell c : r.results()) {
                    h.append("<td class=").append(c.status()).append('>').append(c.status());
                    if (c.reason() != null) {
                        h.append(": <small>").append(Html.esc(c.reason())).append("</small>");
                    }
                    h.append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</table></details>");
        });
        return h.append("</body></html>\n").toString();
    }
}
