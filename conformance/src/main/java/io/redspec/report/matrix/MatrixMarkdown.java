package io.redspec.report.matrix;

import io.redspec.report.html.Html;
import java.util.TreeSet;

/** matrix.md, for a PR comment or a wiki: targets, then pass % per group, then the cases that differ. */
public final class MatrixMarkdown {
    static final int MAX_DIFFERING = 200;

    private MatrixMarkdown() {}

    public static String render(Matrix m) {
        StringBuilder b = new StringBuilder("# Redspec compatibility matrix\n\n| target | server | passed | failed | skipped | pass % |\n|---|---|---:|---:|---:|---:|\n");
        for (Matrix.TargetColumn t : m.targets()) {
            b.append("| ").append(cell(t.target())).append(" | ").append(cell(server(t))).append(" | ").append(t.passed()).append(" | ")
             .append(t.failed()).append(" | ").append(t.skipped()).append(" | ").append(Html.percent(t.passPercent())).append(" |\n");
        }
        TreeSet<String> groups = new TreeSet<>();
        m.targets().forEach(t -> groups.addAll(t.groups().keySet()));
        b.append("\n## Pass % per group\n\n| group |");
        m.targets().forEach(t -> b.append(' ').append(cell(shortName(t))).append(" |"));
        b.append("\n|---|").append("---:|".repeat(m.targets().size())).append('\n');
        for (String g : groups) {
            b.append("| ").append(g).append(" |");
            m.targets().forEach(t -> b.append(' ').append(t.groups().containsKey(g) ? Html.percent(t.groups().get(g)) : "—").append(" |"));
            b.append('\n');
        }
        b.append("\n## Case runs whose result differs between targets\n\n| case | protocol |");
        m.targets().forEach(t -> b.append(' ').append(cell(shortName(t))).append(" |"));
        b.append("\n|---|---|").append("---|".repeat(m.targets().size())).append('\n');
        int shown = 0;
        int differing = 0;
        for (Matrix.CaseRow r : m.cases()) {
            if (r.results().stream().map(Matrix.Cell::status).distinct().count() < 2) {
                continue;
            }
            differing++;
            if (shown++ >= MAX_DIFFERING) {
                continue;
            }
            b.append("| ").append(cell(r.id())).append(" | RESP").append(r.protocol()).append(" |");
            r.results().forEach(c -> b.append(' ').append(cell(c.status() + (c.reason() != null ? ": " + c.reason() : ""))).append(" |"));
            b.append('\n');
        }
        if (differing > MAX_DIFFERING) {
            b.append("\n… ").append(differing - MAX_DIFFERING).append(" more in matrix.html and matrix.json\n");
        }
        return b.toString();
    }

    /** "redis 7.0.15", or "unreachable: why" for a target that could not be run. */
    static String server(Matrix.TargetColumn t) {
        if (t.unreachable()) {
            return "unreachable: " + t.error();
        }
        return t.flavour() + ' ' + (t.version() == null ? "(no version)" : t.version());
    }

    static String shortName(Matrix.TargetColumn t) {
        return t.target().split(" on ")[0]; // "embedded redis-server 7.0.15", "jedis-mock 1.1.18 in-process"
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
