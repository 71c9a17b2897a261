package io.redspec.report.html;

import io.redspec.report.RunSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Failures by cause — the command of the failing step and the kind — most case runs first: first a
 * table with one row per cause linking to its section, then per cause each case once, its RESP2 and
 * RESP3 runs merged when they failed alike.
 */
final class CausesSection {
    private CausesSection() {}

    static String key(String command, String kind) {
        return (command == null ? "?" : command) + "\u0000" + kind;
    }

    static String anchorOf(RunSummary.CommandRollup r) {
        return Html.anchor("cause", r.command() + " " + r.kind());
    }

    static void write(RunSummary s, StringBuilder h) {
        if (s.failingCommands().isEmpty()) {
            return;
        }
        h.append("<h2 id=failing-commands>Failing commands</h2><table class=causes><tr><th>command</th><th>kind</th>"
                + "<th>case runs</th><th>cases</th></tr>");
        for (RunSummary.CommandRollup r : s.failingCommands()) {
            h.append("<tr class=").append(severity(r.kind())).append("><td><a href=\"#").append(anchorOf(r)).append("\">")
             .append(Html.esc(r.command())).append("</a></td><td>").append(Html.esc(r.label())).append("</td><td class=n>")
             .append(r.caseRuns()).append("</td><td class=n>").append(r.cases()).append("</td></tr>");
        }
        h.append("</table>");

        Map<String, List<RunSummary.Failure>> byCause = s.failures().stream()
                .collect(Collectors.groupingBy(f -> key(f.command(), f.kind()), LinkedHashMap::new, Collectors.toList()));
        h.append("<h2 id=failures>Failures by cause</h2>");
        for (RunSummary.CommandRollup r : s.failingCommands()) {
            h.append("<section class=cause id=").append(anchorOf(r)).append("><h3>").append(Html.esc(r.command())).append(": ")
             .append(Html.esc(r.label())).append(" → ").append(r.caseRuns()).append(" case run").append(r.caseRuns() == 1 ? "" : "s")
             .append(r.cases() != r.caseRuns() ? " (" + r.cases() + " case" + (r.cases() == 1 ? "" : "s") + ")" : "")
             .append("</h3>");
            for (List<RunSummary.Failure> sameCase : byCase(byCause.getOrDefault(key(r.command(), r.kind()), List.of()))) {
                caseBlock(sameCase, h);
            }
            h.append("</section>");
        }
    }

    /** The failures of one cause, one list per case id (its protocols), in the order they came. */
    private static List<List<RunSummary.Failure>> byCase(List<RunSummary.Failure> fs) {
        List<List<RunSummary.Failure>> out = new ArrayList<>();
        fs.stream().collect(Collectors.groupingBy(RunSummary.Failure::id, LinkedHashMap::new, Collectors.toList()))
                .values().forEach(runs -> out.add(runs.stream().sorted(Comparator.comparingInt(RunSummary.Failure::protocol)).toList()));
        return out;
    }

    private static void caseBlock(List<RunSummary.Failure> runs, StringBuilder h) {
        RunSummary.Failure first = runs.get(0);
        boolean alike = runs.stream().allMatch(f -> same(f.expected(), first.expected()) && same(f.actual(), first.actual()));
        h.append("<div class=case><div class=head><b>").append(Html.esc(first.id())).append("</b> <span class=proto>")
         .append(runs.stream().map(f -> "RESP" + f.protocol()).collect(Collectors.joining(" · ")))
         .append("</span> <span class=where>").append(Html.esc(first.file())).append(':')
         .append(first.stepLine() > 0 ? first.stepLine() : first.line())
         .append(first.phase() != null && !first.phase().equals("step") ? " (" + Html.esc(first.phase()) + ")" : "")
         .append("</span>").append(first.versionGated() ? " <span class=gated title=\"the server reports no version: "
                + "this version-gated case ran as the newest behaviour\">version-gated</span>" : "").append("</div>");
        for (RunSummary.Failure f : alike ? List.of(first) : runs) {
            h.append("<table class=ea>");
            if (!alike) {
                h.append("<tr><th colspan=2>RESP").append(f.protocol()).append("</th></tr>");
            }
            h.append("<tr><th>expected</th><td><code>").append(Html.esc(f.expected())).append("</code></td></tr>")
             .append("<tr><th>actual</th><td><code>").append(Html.esc(f.actual())).append("</code></td></tr></table>");
        }
        h.append("<details><summary>full message</summary><pre>").append(Html.esc(first.message())).append("</pre></details></div>");
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static String severity(String kind) {
        return kind.equals("error_wording") ? "minor" : "major";
    }
}
