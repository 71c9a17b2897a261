package io.redspec.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A single self-contained page: totals, one row per spec file with pass/fail/skip per protocol
 * (the compatibility matrix of this server), and every failure with expected vs actual.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static void write(RunResults run, RunSummary summary, Path file) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Redspec report</title><style>")
         .append("body{font:14px system-ui,sans-serif;margin:2em;color:#222}h1{margin:0 0 .2em}")
         .append(".facts{color:#555;margin-bottom:1em}.tot span{display:inline-block;padding:.3em .8em;margin-right:.5em;border-radius:4px;font-weight:600}")
         .append(".p{background:#d8f3dc}.f{background:#ffd6d6}.s{background:#eee}table{border-collapse:collapse;margin:1em 0}")
         .append("td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left}th{background:#f6f6f6}td.n{text-align:right}")
         .append("tr.bad td:first-child{border-left:4px solid #d33}pre{background:#fafafa;border:1px solid #ddd;padding:.6em;overflow:auto}")
         .append("</style></head><body>");
        RunSummary.Server server = summary.server();
        h.append("<h1>Redspec conformance report</h1><div class=facts>target <b>").append(esc(summary.target()))
         .append("</b> · server <b>").append(esc(server.flavour() + " " + server.version()))
         .append("</b> · ").append(summary.durationMs()).append(" ms</div>");
        h.append("<div class=tot><span class=p>").append(summary.passed()).append(" passed</span><span class=f>")
         .append(summary.failed()).append(" failed</span><span class=s>").append(summary.skipped())
         .append(" skipped</span> of ").append(summary.total()).append(" case runs</div>");
        if (summary.error() != null) {
            h.append("<pre>").append(esc(summary.error())).append("</pre>");
        }
        h.append("<h2>By spec file</h2><table><tr><th>file</th><th>RESP2 pass</th><th>RESP2 fail</th><th>RESP3 pass</th><th>RESP3 fail</th><th>skipped</th></tr>");
        Map<String, List<CaseResult>> byFile = run.results().stream()
                .collect(Collectors.groupingBy(CaseResult::file, TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<CaseResult>> e : byFile.entrySet()) {
            List<CaseResult> rs = e.getValue();
            long f2 = count(rs, 2, CaseResult.FAILED);
            long f3 = count(rs, 3, CaseResult.FAILED);
            h.append("<tr").append(f2 + f3 > 0 ? " class=bad" : "").append("><td>").append(esc(e.getKey())).append("</td>")
             .append(cell(count(rs, 2, CaseResult.PASSED))).append(cell(f2))
             .append(cell(count(rs, 3, CaseResult.PASSED))).append(cell(f3))
             .append(cell(rs.stream().filter(r -> r.status().equals(CaseResult.SKIPPED)).count())).append("</tr>");
        }
        h.append("</table>");
        List<CaseResult> failures = run.results().stream().filter(r -> r.status().equals(CaseResult.FAILED)).toList();
        if (!failures.isEmpty()) {
            h.append("<h2>Failures</h2>");
            for (CaseResult r : failures) {
                h.append("<h3>").append(esc(r.id())).append(" [RESP").append(r.protocol()).append("]</h3><pre>")
                 .append(esc(r.message() == null ? "" : r.message())).append("</pre>");
            }
        }
        h.append("</body></html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    private static long count(List<CaseResult> rs, int protocol, String status) {
        return rs.stream().filter(r -> r.protocol() == protocol && r.status().equals(status)).count();
    }

    private static String cell(long n) {
        return "<td class=n>" + n + "</td>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
