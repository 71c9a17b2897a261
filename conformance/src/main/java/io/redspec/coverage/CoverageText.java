package io.redspec.coverage;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The console report: one row per group and a total, then what is not covered yet. */
public final class CoverageText {
    private CoverageText() {}

    public static void print(CoverageReport r, PrintWriter out) {
        out.printf("coverage of %d spec files, %d cases%n%n", r.files(), r.cases());
        out.printf("%-14s %9s %7s %9s %7s %7s%n", "group", "commands", "", "tokens", "", "cases");
        for (GroupCoverage g : r.groups()) {
            row(g, out);
        }
        r.core().ifPresent(core -> row(core, out));
        row(r.total(), out);
        boolean gaps = false;
        for (GroupCoverage g : r.groups()) {
            gaps |= list("uncovered commands", g.group(), g.uncoveredCommands(), out);
        }
        for (GroupCoverage g : r.groups()) {
            gaps |= list("uncovered tokens", g.group(), g.uncoveredTokens(), out);
        }
        if (!gaps) {
            out.println();
            out.println("every command and token of these groups is covered");
        }
        if (!r.unknownCommands().isEmpty()) {
            out.println();
            out.print("sent but not in the command metadata:");
            for (Map.Entry<String, Integer> e : r.unknownCommands().entrySet()) {
                out.printf(" %s (%d)", e.getKey(), e.getValue());
            }
            out.println();
        }
        out.flush();
    }

    private static void row(GroupCoverage g, PrintWriter out) {
        out.printf("%-14s %9s %7s %9s %7s %7d%n", g.group(),
                g.commandsCovered() + "/" + g.commandsTotal(), Percent.of(g.commandsCovered(), g.commandsTotal()),
                g.tokensCovered() + "/" + g.tokensTotal(), Percent.of(g.tokensCovered(), g.tokensTotal()), g.cases());
    }

    private static boolean list(String what, String group, List<String> items, PrintWriter out) {
        if (items.isEmpty()) {
            return false;
        }
        out.printf("%n%s, %s (%d):%n", what, group, items.size());
        StringBuilder line = new StringBuilder(" ");
        for (String item : items) {
            if (line.length() + item.length() + 2 > 100) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(" ");
            }
            line.append(' ').append(item).append(',');
        }
        out.println(line.substring(0, line.length() - 1));
        return true;
    }
}
