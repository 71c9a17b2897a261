package io.redspec.baseline;

import io.redspec.report.CaseResult;
import io.redspec.server.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Known failures that do not fail a run. One entry a line, diff-friendly and sorted when written:
 * <pre>
 * # comment
 * CASE_ID resp2|resp3 [FLAVOUR [FROM..UNTIL]]
 * </pre>
 * FLAVOUR ({@code redis}, {@code valkey}, … or {@code *}) and the version range (FROM inclusive,
 * UNTIL exclusive, either side may be empty) narrow an entry to the targets it was seen on.
 */
public record Baseline(List<Entry> entries) {

    public record Entry(String id, int protocol, String flavour, Version from, Version until, int line) {
        boolean matches(String caseId, int caseProtocol, String targetFlavour, Version version) {
            return id.equals(caseId) && protocol == caseProtocol
                    && (flavour == null || flavour.equals("*") || flavour.equals(targetFlavour))
                    && (from == null || (version != null && version.compareTo(from) >= 0))
                    && (until == null || (version != null && version.compareTo(until) < 0));
        }

        @Override
        public String toString() {
            return id + " resp" + protocol;
        }
    }

    /** What a run looks like against the baseline. */
    public record Verdict(List<CaseResult> newFailures, List<CaseResult> known, List<Entry> fixed) {}

    public static Baseline read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            entries.add(entry(file, i + 1, line.split("\\s+")));
        }
        return new Baseline(List.copyOf(entries));
    }

    private static Entry entry(Path file, int n, String[] f) {
        if (f.length < 2 || f.length > 4) {
            throw new BaselineException(file + ":" + n + ": expected CASE_ID resp2|resp3 [FLAVOUR [FROM..UNTIL]], got "
                    + f.length + " field(s)");
        }
        int protocol = switch (f[1]) {
            case "resp2" -> 2;
            case "resp3" -> 3;
            default -> throw new BaselineException(file + ":" + n + ": protocol must be resp2 or resp3, not " + f[1]);
        };
        Version from = null;
        Version until = null;
        if (f.length == 4) {
            int dots = f[3].indexOf("..");
            if (dots < 0) {
                throw new BaselineException(file + ":" + n + ": version range must be FROM..UNTIL (either may be empty), not " + f[3]);
            }
            from = version(file, n, f[3].substring(0, dots));
            until = version(file, n, f[3].substring(dots + 2));
        }
        return new Entry(f[0], protocol, f.length >= 3 ? f[2] : null, from, until, n);
    }

    private static Version version(Path file, int n, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Version.parse(text);
        } catch (RuntimeException e) {
            throw new BaselineException(file + ":" + n + ": not a version: " + text);
        }
    }

    /** Sorts the run's case runs into new failures, known ones, and entries whose case now passes. */
    public Verdict judge(List<CaseResult> results, String flavour, Version version) {
        List<CaseResult> fresh = new ArrayList<>();
        List<CaseResult> known = new ArrayList<>();
        List<Entry> fixed = new ArrayList<>();
        for (CaseResult r : results) {
            boolean listed = entries.stream().anyMatch(e -> e.matches(r.id(), r.protocol(), flavour, version));
            if (CaseResult.FAILED.equals(r.status())) {
                (listed ? known : fresh).add(r);
            }
        }
        for (Entry e : entries) {
            if (results.stream().anyMatch(r -> CaseResult.PASSED.equals(r.status()) && e.matches(r.id(), r.protocol(), flavour, version))) {
                fixed.add(e);
            }
        }
        return new Verdict(fresh, known, fixed);
    }

    /** Several baselines written by {@link #write} (one per target) as one: their entries sorted, once each. */
    public static String merge(List<String> written) {
        TreeSet<String> lines = new TreeSet<>();
        for (String w : written) {
            w.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(lines::add);
        }
        StringBuilder b = new StringBuilder(HEADER);
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static final String HEADER = "# redspec baseline: CASE_ID resp2|resp3 [FLAVOUR [FROM..UNTIL]]\n";

    /** The failures of a run as a baseline for this flavour, one sorted line each. */
    public static String write(List<CaseResult> results, String flavour) {
        TreeSet<String> lines = new TreeSet<>();
        for (CaseResult r : results) {
            if (CaseResult.FAILED.equals(r.status())) {
                lines.add(r.id() + " resp" + r.protocol() + (flavour != null ? " " + flavour : ""));
            }
        }
        StringBuilder b = new StringBuilder(HEADER);
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }
}
