package io.redspec.report.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.redspec.report.RunSummary;
import io.redspec.report.SummaryBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several runs side by side (matrix.json): per target its server, totals and pass rates per group
 * and command; per case run (id and protocol) each target's status with its one-line reason.
 *
 * @param cases sorted by group, command, id, protocol; {@code results} in the order of {@code targets}
 */
public record Matrix(List<TargetColumn> targets, List<CaseRow> cases) {

    /**
     * @param passPercent passed of (passed + failed); null when nothing ran
     * @param error       why the target could not be run (then its cells are {@code unreachable}); null when it ran
     */
    public record TargetColumn(String target, String flavour, String version, long total, long passed, long failed,
                               long skipped, Double passPercent, Map<String, Double> groups, Map<String, Double> commands,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

        public boolean unreachable() {
            return error != null;
        }
    }

    public record CaseRow(String id, int protocol, String group, String command, List<Cell> results) {}

    /** @param status passed, failed, skipped, absent when the run did not have the case, unreachable when its target could not be run */
    public record Cell(String status, String reason) {}

    public static Matrix of(List<RunSummary> runs) {
        List<TargetColumn> targets = new ArrayList<>();
        Map<String, CaseRow> rows = new TreeMap<>();
        for (int t = 0; t < runs.size(); t++) {
            RunSummary s = runs.get(t);
            Map<String, long[]> byGroup = new TreeMap<>();
            Map<String, long[]> byCommand = new TreeMap<>();
            for (RunSummary.CaseRun c : s.cases()) {
                tally(byGroup, c.group(), c.status());
                tally(byCommand, c.command(), c.status());
                String key = c.group() + "\u0000" + c.command() + "\u0000" + c.id() + "\u0000" + c.protocol();
                CaseRow row = rows.computeIfAbsent(key, k -> new CaseRow(c.id(), c.protocol(), c.group(), c.command(),
                        absentCells(runs.size())));
                row.results().set(t, new Cell(c.status(), c.reason()));
            }
            targets.add(new TargetColumn(s.target(), s.server().flavour(), s.server().version(), s.total(), s.passed(),
                    s.failed(), s.skipped(), SummaryBuilder.percent(s.passed(), s.failed()), rates(byGroup), rates(byCommand),
                    s.cases().isEmpty() ? s.error() : null));
        }
        for (int t = 0; t < targets.size(); t++) {
            if (targets.get(t).unreachable()) {
                for (CaseRow row : rows.values()) {
                    row.results().set(t, new Cell("unreachable", null));
                }
            }
        }
        return new Matrix(targets, List.copyOf(rows.values()));
    }

    private static List<Cell> absentCells(int n) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new Cell("absent", null));
        }
        return cells;
    }

    private static void tally(Map<String, long[]> m, String key, String status) {
        long[] n = m.computeIfAbsent(key == null ? "?" : key, k -> new long[2]);
        if (status.equals("passed")) n[0]++;
        if (status.equals("failed")) n[1]++;
    }

    private static Map<String, Double> rates(Map<String, long[]> m) {
        Map<String, Double> out = new TreeMap<>();
        m.forEach((k, n) -> out.put(k, SummaryBuilder.percent(n[0], n[1])));
        return out;
    }
}
