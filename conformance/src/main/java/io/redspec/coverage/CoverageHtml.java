package io.redspec.coverage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A self-contained page: the group table, then one row per command with its cases and missing tokens. */
public final class CoverageHtml {
    private CoverageHtml() {}

    public static final String FILE = "coverage.html";

    /** Writes {@code dir/coverage.html}, creating the directory; returns the file. */
    public static Path write(CoverageReport r, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
        return file;
    }

    static String render(CoverageReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Redspec coverage</title><style>")
         .append("body{font:14px system-ui,sans-serif;margin:2em;color:#222}h1{margin:0 0 .2em}.facts{color:#555}")
         .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}")
         .append("th{background:#f6f6f6}td.n{text-align:right}tr.miss td{background:#ffe3e3}tr.part td.t{background:#fff4d6}")
         .append("tr.tot td{font-weight:600}tr.excl td{background:#eee;color:#555}code{font-size:13px}")
         .append("</style></head><body><h1>Redspec coverage</h1><div class=facts>")
         .append(r.files()).append(" spec files, ").append(r.cases())
         .append(" cases. A command is covered when a case's steps send it and check the reply; a token when a case's steps send it.</div>");
        h.append("<h2>By group</h2><table><tr><th>group</th><th>commands</th><th>%</th><th>tokens</th><th>%</th><th>cases</th></tr>");
        for (GroupCoverage g : r.groups()) {
            groupRow(h, g, "");
        }
        r.core().ifPresent(core -> groupRow(h, core, " class=tot"));
        groupRow(h, r.total(), " class=tot");
        h.append("</table>");
        for (GroupCoverage g : r.groups()) {
            h.append("<h2 id=\"").append(esc(g.group())).append("\">").append(esc(g.group())).append("</h2>")
             .append("<table><tr><th>command</th><th>since</th><th>cases</th><th>tokens</th><th>uncovered tokens</th></tr>");
            for (CommandCoverage c : g.commands()) {
                String cls = c.excluded() ? " class=excl" : !c.covered() ? " class=miss"
                        : c.uncoveredTokens().isEmpty() ? "" : " class=part";
                h.append("<tr").append(cls).append("><td><code>").append(esc(c.name())).append("</code></td><td>")
                 .append(esc(String.valueOf(c.info().since()))).append("</td><td class=n>").append(c.cases())
                 .append("</td><td class=\"n t\">").append(c.tokensCovered()).append('/').append(c.tokensTotal())
                 .append("</td><td class=t>").append(esc(String.join(" ", c.uncoveredTokens())))
                 .append(c.excluded() ? " excluded: " + esc(c.excludedReason()) : "").append("</td></tr>");
            }
            h.append("</table>");
        }
        if (!r.unknownCommands().isEmpty()) {
            h.append("<h2>Sent but not in the command metadata</h2><p>");
            List<String> items = r.unknownCommands().entrySet().stream()
                    .map(e -> "<code>" + esc(e.getKey()) + "</code> (" + e.getValue() + ")").toList();
            h.append(String.join(", ", items)).append("</p>");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void groupRow(StringBuilder h, GroupCoverage g, String cls) {
        boolean link = !cls.contains("tot");
        h.append("<tr").append(cls).append("><td>")
         .append(link ? "<a href=\"#" + esc(g.group()) + "\">" + esc(g.group()) + "</a>" : esc(g.group()))
         .append("</td><td class=n>").append(g.commandsCovered()).append('/').append(g.commandsTotal())
         .append("</td><td class=n>").append(Percent.of(g.commandsCovered(), g.commandsTotal()))
         .append("</td><td class=n>").append(g.tokensCovered()).append('/').append(g.tokensTotal())
         .append("</td><td class=n>").append(Percent.of(g.tokensCovered(), g.tokensTotal()))
         .append("</td><td class=n>").append(g.cases()).append("</td></tr>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
