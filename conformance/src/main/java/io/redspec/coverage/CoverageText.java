package io.redspec.coverage;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console report: one row per group and a total, then what is not covered yet and what is excluded, with why. */
public final class CoverageText {
    private CoverageText() {}

    public static void print(CoverageReport r, PrintWriter out) {
        out.printf("coverage of %d spec files, %d cases%n%n", r.files(), r.cases());
        out.printf("%-14s %9s %7s %9s %7s %7s %8s%n", "group", "commands", "", "tokens", "", "cases", "excluded");
        for (GroupCoverage g : r.groups()) {
            row(g, out);
        }
        r.core().ifPresent(core -> row(core, out));
        row(r.total(), out);
        if (r.total().commandsExcluded() + r.total().tokensExcluded() > 0) {
            out.println("(excluded: commands+tokens left out on purpose, listed below with the reason, from "
                    + ExclusionsFile.NAME + ")");
        }
        boolean gaps = false;
        for (GroupCoverage g : r.groups()) {
            gaps |= list("uncovered commands", g.group(), g.uncoveredCommands(), out);
        }
        for (GroupCoverage g : r.groups()) {
            gaps |= list("uncovered tokens", g.group(), g.uncoveredTokens(), out);
        }
        for (GroupCoverage g : r.groups()) {
            excluded("excluded", g.group(), g.excludedCommands(), out);
        }
        for (GroupCoverage g : r.groups()) {
            excluded("excluded tokens", g.group(), g.excludedTokens(), out);
        }
        if (!gaps) {
            out.println();
            out.println("every command and token of these groups is covered or excluded with a reason");
        }
        if (!r.staleExclusions().isEmpty()) {
            out.println();
            out.println("excluded but covered (delete from " + ExclusionsFile.NAME + "): "
                    + String.join(", ", r.staleExclusions()));
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

    /** The excluded column: commands, then tokens, left out on purpose. */
    private static void row(GroupCoverage g, PrintWriter out) {
        out.printf("%-14s %9s %7s %9s %7s %7d %8s%n", g.group(),
                g.commandsCovered() + "/" + g.commandsTotal(), Percent.of(g.commandsCovered(), g.commandsTotal()),
                g.tokensCovered() + "/" + g.tokensTotal(), Percent.of(g.tokensCovered(), g.tokensTotal()), g.cases(),
                g.commandsExcluded() + "+" + g.tokensExcluded());
    }

    /** Items that share a reason on one (wrapped) entry: {@code A, B - reason}. */
    private static void excluded(String what, String group, Map<String, String> items, PrintWriter out) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("%n%s, %s (%d):%n", what, group, items.size());
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        items.forEach((item, why) -> byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(item));
        byReason.forEach((why, names) -> {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < names.size(); i++) {
                String item = names.get(i) + (i + 1 < names.size() ? "," : "");
                if (line.length() > 2 && line.length() + item.length() + 1 > 100) {
                    out.println(line.toString().stripTrailing());
                    line = new StringBuilder("    ");
                }
                line.append(item).append(' ');
            }
            out.println(line.append("- ").append(why));
        });
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
