package io.redspec.baseline;

import io.redspec.report.CaseResult;
import io.redspec.report.RunSummary;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A baseline verdict as summary.json carries it: case ids and protocols, sorted. */
public final class BaselineResults {
    private static final Comparator<RunSummary.CaseRef> ORDER =
            Comparator.comparing(RunSummary.CaseRef::id).thenComparingInt(RunSummary.CaseRef::protocol);

    private BaselineResults() {}

    public static RunSummary.BaselineResult of(Path file, Baseline.Verdict v) {
        return new RunSummary.BaselineResult(file.toString(), refs(v.known()), refs(v.newFailures()),
                v.fixed().stream().map(e -> new RunSummary.CaseRef(e.id(), e.protocol())).sorted(ORDER).toList());
    }

    private static List<RunSummary.CaseRef> refs(List<CaseResult> rs) {
        return rs.stream().map(r -> new RunSummary.CaseRef(r.id(), r.protocol())).sorted(ORDER).toList();
    }
}
