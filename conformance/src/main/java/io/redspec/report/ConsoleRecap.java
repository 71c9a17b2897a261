package io.redspec.report;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end of the console output: the failing commands rolled up by cause (command of the failing
 * step and kind), the commonest skip reasons, then what --lenient-error-text accepted. Same figures as summary.json.
 */
public final class ConsoleRecap {
    static final int MAX_ROWS = 40;
    static final int MAX_SKIP_REASONS = 5;

    private ConsoleRecap() {}

    public static void print(RunSummary s, PrintWriter out) {
        s.notes().forEach(n -> out.println("note: " + n));
        if (!s.failingCommands().isEmpty()) {
            out.println("Failing commands (command of the failing step: kind → case runs):");
            int shown = 0;
            for (RunSummary.CommandRollup r : s.failingCommands()) {
                if (shown++ == MAX_ROWS) {
                    out.println("  … " + (s.failingCommands().size() - MAX_ROWS) + " more causes in report.html and summary.json");
                    break;
                }
                out.println("  " + line(r));
            }
        }
        skipReasons(s, out);
        if (s.acceptedWording() > 0) {
            out.println("accepted with --lenient-error-text: " + s.acceptedWording()
                    + " step(s) with the right error code in other words (listed in report.html, summary.json)");
        }
    }

    /** The commonest reasons, so that a skip nobody meant is seen without opening report.html. */
    private static void skipReasons(RunSummary s, PrintWriter out) {
        Map<String, Long> byReason = s.skips().stream().collect(Collectors.groupingBy(
                k -> k.reason() == null ? "(no reason given)" : k.reason(), Collectors.counting()));
        if (byReason.isEmpty()) {
            return;
        }
        out.println("Skipped (reason → case runs):");
        byReason.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(MAX_SKIP_REASONS)
                .forEach(e -> out.println("  " + e.getKey() + " → " + e.getValue()));
        if (byReason.size() > MAX_SKIP_REASONS) {
            out.println("  … " + (byReason.size() - MAX_SKIP_REASONS) + " more reasons in report.html");
        }
    }

    /** {@code LINSERT: unknown command → 44 case runs (22 cases)}. */
    public static String line(RunSummary.CommandRollup r) {
        return r.command() + ": " + r.label() + " → " + r.caseRuns() + " case run" + (r.caseRuns() == 1 ? "" : "s")
                + (r.cases() != r.caseRuns() ? " (" + r.cases() + " case" + (r.cases() == 1 ? "" : "s") + ")" : "");
    }
}
