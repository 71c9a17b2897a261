package io.redspec.report.html;

import io.redspec.report.RunSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * report.html, one self-contained page read from the {@link RunSummary} alone, in the order a
 * maintainer asks: what is this server, how much passes per group, which commands fail and why,
 * what was skipped and why.
 */
public final class ReportPage {
    private static final String CSS = "body{font:14px system-ui,sans-serif;margin:1.5em 2em;color:#222;max-width:1300px}"
            + "h1{margin:0 0 .2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}.facts{color:#555;margin-bottom:.8em}"
            + ".tot span{display:inline-block;padding:.3em .8em;margin-right:.5em;border-radius:4px;font-weight:600}"
            + ".p{background:#c7efcf}.f{background:#ffc9c9}.s{background:#eee}"
            + "table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}"
            + "th{background:#f6f6f6}td.n{text-align:right}td.rate{text-align:right;font-weight:600}td.rate small{font-weight:400;color:#555}"
            + "tr.bad td:first-child,tr.major td:first-child{border-left:4px solid #d33}tr.minor td:first-child{border-left:4px solid #e9a400}"
            + ".note{background:#fff4d6;border:1px solid #e9c46a;padding:.5em .8em;margin:.4em 0;border-radius:4px}"
            + ".error{background:#ffe0e0;border:1px solid #d33;padding:.5em .8em;border-radius:4px}"
            + ".cause{margin:1em 0;padding-left:.8em;border-left:3px solid #ddd}.case{margin:.6em 0}.proto{color:#555}"
            + ".where{color:#777;font-size:90%}.gated{background:#e0e7ff;padding:0 .4em;border-radius:3px;font-size:85%}"
            + "table.ea{margin:.2em 0 .2em 1em}table.ea th{width:6em}code{white-space:pre-wrap}"
            + "pre{background:#fafafa;border:1px solid #ddd;padding:.6em;overflow:auto}nav a{margin-right:1em}"
            + Html.RATE_CSS;

    private ReportPage() {}

    public static void write(RunSummary s, Path file) throws IOException {
        Files.writeString(file, render(s), StandardCharsets.UTF_8);
    }

    static String render(RunSummary s) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Redspec report: ")
         .append(Html.esc(s.target())).append("</title><style>").append(CSS).append("</style></head><body>");
        header(s, h);
        OverviewSection.write(s, h);
        CausesSection.write(s, h);
        AcceptedSection.write(s, h);
        SkipsSection.write(s, h);
        CommandsSection.write(s, h);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void header(RunSummary s, StringBuilder h) {
        RunSummary.Server server = s.server();
        h.append("<h1>Redspec conformance report</h1><div class=facts>target <b>").append(Html.esc(s.target()))
         .append("</b> · server <b>").append(Html.esc(server.flavour())).append(' ').append(server.version() != null ? Html.esc(server.version()) : "")
         .append("</b>").append("unknown".equals(server.versionSource()) ? " (reports no version)"
                : "override".equals(server.versionSource()) ? " (from --server-version)" : "")
         .append(" · ").append(String.format(java.util.Locale.ROOT, "%.1f s", s.durationMs() / 1000.0)).append("</div>");
        h.append("<div class=tot><span class=p>").append(s.passed()).append(" passed</span><span class=f>")
         .append(s.failed()).append(" failed</span><span class=s>").append(s.skipped())
         .append(" skipped</span> of ").append(s.total()).append(" case runs");
        if (s.acceptedWording() > 0) {
            h.append(" · <a href=\"#accepted\">").append(s.acceptedWording()).append(" accepted wording differences</a>");
        }
        h.append("</div>");
        for (String n : s.notes()) {
            h.append("<div class=note>").append(Html.esc(n)).append("</div>");
        }
        if (s.error() != null) {
            h.append("<div class=error>").append(Html.esc(s.error())).append("</div>");
        }
        if (s.baseline() != null) {
            RunSummary.BaselineResult b = s.baseline();
            h.append("<div class=note>baseline ").append(Html.esc(b.file())).append(": ").append(b.known().size())
             .append(" known failure(s), <b>").append(b.newFailures().size()).append(" new</b>, ").append(b.fixed().size())
             .append(" fixed (remove from the baseline)");
            b.fixed().forEach(f -> h.append("<div>fixed: ").append(Html.esc(f.id())).append(" resp").append(f.protocol()).append("</div>"));
            b.newFailures().forEach(f -> h.append("<div>new: ").append(Html.esc(f.id())).append(" resp").append(f.protocol()).append("</div>"));
            h.append("</div>");
        }
        h.append("<nav><a href=\"#overview\">groups</a>");
        if (!s.failingCommands().isEmpty()) {
            h.append("<a href=\"#failing-commands\">failing commands</a><a href=\"#failures\">failures</a>");
        }
        if (!s.skips().isEmpty()) {
            h.append("<a href=\"#skips\">skips</a>");
        }
        h.append("<a href=\"#commands\">commands</a></nav>");
    }
}
