package io.redspec.report;

import io.redspec.exec.FailureDetail;
import io.redspec.exec.FailureKind;
import io.redspec.schema.SchemaFacts;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link RunSummary} of a run from its case results and the spec files they came from. */
public final class SummaryBuilder {
    /** Fact keys the engine publishes (report entries of the engine descriptor). */
    public static final String FACT_TARGET = "redspec.target";
    public static final String FACT_FLAVOUR = "redspec.server.flavour";
    public static final String FACT_VERSION = "redspec.server.version";
    public static final String FACT_VERSION_SOURCE = "redspec.server.versionSource";
    public static final String FACT_LEFTOVER = "redspec.leftoverKeys";
    /** Set when the server refused {@code HELLO 3}: the refusal, as said in the skip reason. */
    public static final String FACT_RESP3_REFUSED = "redspec.resp3Refused";
    /** Facts whose key starts with this are notes said at the top of the reports. */
    public static final String FACT_NOTE_PREFIX = "redspec.note.";
    /** Notes whose key starts with this name keys of the run left behind: they fail the run. */
    public static final String FACT_LEFTOVER_NOTE_PREFIX = FACT_NOTE_PREFIX + "leftover.";

    private final Map<String, SpecCase> cases = new HashMap<>();

    public SummaryBuilder(List<SpecFile> files) {
        for (SpecFile f : files) {
            for (SpecCase c : f.cases()) {
                cases.put(c.fullId(), c);
            }
        }
    }

    public RunSummary build(RunResults run, String target) {
        List<CaseResult> all = run.results();
        String versionSource = run.fact(FACT_VERSION_SOURCE).orElse(run.fact(FACT_VERSION).isPresent() ? "info" : null);
        boolean versionUnknown = "unknown".equals(versionSource);
        List<String> notes = run.facts().entrySet().stream().filter(e -> e.getKey().startsWith(FACT_NOTE_PREFIX))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        String error = run.runFailure().orElse(run.missing() > 0
                ? "the run ended early: " + run.missing() + " case runs were never reported" : null);

        List<RunSummary.Failure> failures = new ArrayList<>();
        List<RunSummary.Failure> accepted = new ArrayList<>();
        for (CaseResult r : all) {
            if (r.status().equals(CaseResult.FAILED)) {
                failures.add(failure(r, r.detail(), versionUnknown));
            }
            for (FailureDetail d : r.accepted()) {
                accepted.add(failure(r, d, versionUnknown));
            }
        }
        List<RunSummary.Skip> skips = all.stream().filter(r -> r.status().equals(CaseResult.SKIPPED))
                .map(r -> new RunSummary.Skip(r.id(), r.protocol(), r.message())).toList();
        return new RunSummary(
                run.fact(FACT_TARGET).orElse(target),
                new RunSummary.Server(run.fact(FACT_FLAVOUR).orElse(null), run.fact(FACT_VERSION).orElse(null), versionSource),
                notes,
                all.size(), run.count(CaseResult.PASSED), run.count(CaseResult.FAILED), run.count(CaseResult.SKIPPED),
                accepted.size(), run.durationMs(),
                run.fact(FACT_LEFTOVER).map(Integer::parseInt).orElse(null),
                error,
                kinds(failures), rollup(failures), commands(all), groups(all),
                failures, accepted, skips, caseRuns(all, failures), null, schema(run, failures));
    }

    /** Every case run; a failure's reason is its cause as the rollup names it. */
    private List<RunSummary.CaseRun> caseRuns(List<CaseResult> all, List<RunSummary.Failure> failures) {
        Map<String, RunSummary.Failure> failureOf = new HashMap<>();
        failures.forEach(f -> failureOf.put(f.id() + "@" + f.protocol(), f));
        List<RunSummary.CaseRun> out = new ArrayList<>();
        for (CaseResult r : all) {
            String reason = null;
            if (r.status().equals(CaseResult.FAILED)) {
                RunSummary.Failure f = failureOf.get(r.id() + "@" + r.protocol());
                reason = (f.command() == null ? "?" : f.command()) + ": " + FailureKind.valueOf(f.kind().toUpperCase(java.util.Locale.ROOT)).label();
            } else if (r.status().equals(CaseResult.SKIPPED)) {
                reason = r.message();
            }
            out.add(new RunSummary.CaseRun(r.id(), r.protocol(), groupOf(r), commandOf(r), r.status(), reason));
        }
        out.sort(Comparator.comparing(RunSummary.CaseRun::id).thenComparingInt(RunSummary.CaseRun::protocol));
        return out;
    }

    private RunSummary.Failure failure(CaseResult r, FailureDetail d, boolean versionUnknown) {
        SpecCase c = cases.get(r.id());
        String command = d != null && d.command() != null ? d.command() : c != null ? c.file().command() : null;
        FailureKind kind = d != null ? d.kind() : FailureKind.WRONG_VALUE;
        return new RunSummary.Failure(r.id(), r.file(), r.line(), r.protocol(), c != null ? c.file().group() : null,
                command, kind.id(), kind.severity(), d != null ? d.phase() : null, d != null ? d.stepLine() : 0,
                d != null ? d.expected() : null, d != null ? d.actual() : null, r.message(),
                versionUnknown && c != null && versionGated(c));
    }

    private static RunSummary.Schema schema(RunResults run, List<RunSummary.Failure> failures) {
        Map<String, String> facts = run.facts();
        Long checked = SchemaFacts.checked(facts);
        if (checked == null) {
            return null;
        }
        long violations = failures.stream().filter(f -> f.kind().equals(FailureKind.SCHEMA_VIOLATION.id())).count();
        return new RunSummary.Schema(checked, violations, SchemaFacts.withoutSchema(facts), SchemaFacts.branches(facts));
    }

    /** A case that, or one of whose steps, applies only from or until some version. */
    static boolean versionGated(SpecCase c) {
        if (c.gate().since() != null || c.gate().until() != null) {
            return true;
        }
        List<Step> steps = new ArrayList<>(c.setup());
        steps.addAll(c.steps());
        steps.addAll(c.teardown());
        return steps.stream().anyMatch(s -> s.gate().since() != null || s.gate().until() != null);
    }

    private static List<RunSummary.KindTotal> kinds(List<RunSummary.Failure> failures) {
        Map<String, Long> n = failures.stream().collect(Collectors.groupingBy(RunSummary.Failure::kind, Collectors.counting()));
        List<RunSummary.KindTotal> out = new ArrayList<>();
        for (FailureKind k : FailureKind.values()) {
            if (n.containsKey(k.id())) {
                out.add(new RunSummary.KindTotal(k.id(), k.label(), n.get(k.id())));
            }
        }
        out.sort(Comparator.comparingLong(RunSummary.KindTotal::caseRuns).reversed());
        return out;
    }

    /** By command and kind, most case runs first: an unimplemented command is one row. */
    static List<RunSummary.CommandRollup> rollup(List<RunSummary.Failure> failures) {
        Map<String, List<RunSummary.Failure>> byCause = new LinkedHashMap<>();
        for (RunSummary.Failure f : failures) {
            byCause.computeIfAbsent((f.command() == null ? "?" : f.command()) + "\u0000" + f.kind(), k -> new ArrayList<>()).add(f);
        }
        List<RunSummary.CommandRollup> out = new ArrayList<>();
        for (List<RunSummary.Failure> fs : byCause.values()) {
            RunSummary.Failure first = fs.get(0);
            Set<String> ids = fs.stream().map(RunSummary.Failure::id).collect(Collectors.toCollection(LinkedHashSet::new));
            out.add(new RunSummary.CommandRollup(first.command() == null ? "?" : first.command(), first.kind(),
                    FailureKind.valueOf(first.kind().toUpperCase(java.util.Locale.ROOT)).label(), fs.size(), ids.size(),
                    ids.stream().sorted().toList()));
        }
        out.sort(Comparator.comparingLong(RunSummary.CommandRollup::caseRuns).reversed()
                .thenComparing(RunSummary.CommandRollup::command));
        return out;
    }

    private List<RunSummary.CommandTotals> commands(List<CaseResult> all) {
        Map<String, List<CaseResult>> by = group(all, r -> commandOf(r) + "\u0000" + groupOf(r));
        List<RunSummary.CommandTotals> out = new ArrayList<>();
        by.forEach((k, rs) -> {
            String[] parts = k.split("\u0000", -1);
            out.add(new RunSummary.CommandTotals(parts[0], parts[1], rs.size(), count(rs, CaseResult.PASSED),
                    count(rs, CaseResult.FAILED), count(rs, CaseResult.SKIPPED)));
        });
        return out;
    }

    private List<RunSummary.GroupTotals> groups(List<CaseResult> all) {
        Map<String, List<CaseResult>> by = group(all, r -> groupOf(r) + "\u0000" + r.protocol());
        List<RunSummary.GroupTotals> out = new ArrayList<>();
        by.forEach((k, rs) -> {
            String[] parts = k.split("\u0000", -1);
            long passed = count(rs, CaseResult.PASSED);
            long failed = count(rs, CaseResult.FAILED);
            out.add(new RunSummary.GroupTotals(parts[0], Integer.parseInt(parts[1]), rs.size(), passed, failed,
                    count(rs, CaseResult.SKIPPED), percent(passed, failed)));
        });
        return out;
    }

    /** Passed of what ran, one decimal; null when nothing ran. */
    public static Double percent(long passed, long failed) {
        return passed + failed == 0 ? null : Math.floor(1000.0 * passed / (passed + failed)) / 10.0;
    }

    private static Map<String, List<CaseResult>> group(List<CaseResult> all, Function<CaseResult, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static long count(List<CaseResult> rs, String status) {
        return rs.stream().filter(r -> r.status().equals(status)).count();
    }

    public String groupOf(CaseResult r) {
        SpecCase c = cases.get(r.id());
        return c != null && c.file().group() != null ? c.file().group() : "other";
    }

    public String commandOf(CaseResult r) {
        SpecCase c = cases.get(r.id());
        return c != null && c.file().command() != null ? c.file().command() : r.id().substring(0, Math.max(0, r.id().indexOf(':')));
    }
}
