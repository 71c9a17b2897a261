package io.redspec.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code summary.json}: the run's totals and every failure, for CI gates and dashboards. */
public final class SummaryJson {
    private SummaryJson() {}

    public static Map<String, Object> build(RunResults run, String target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", run.fact("redspec.target").orElse(target));
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("flavour", run.fact("redspec.server.flavour").orElse(null));
        server.put("version", run.fact("redspec.server.version").orElse(null));
        m.put("server", server);
        List<CaseResult> all = run.results();
        m.put("total", all.size());
        m.put("passed", run.count(CaseResult.PASSED));
        m.put("failed", run.count(CaseResult.FAILED));
        m.put("skipped", run.count(CaseResult.SKIPPED));
        m.put("duration_ms", run.durationMs());
        m.put("leftover_keys", run.fact("redspec.leftoverKeys").map(Integer::parseInt).orElse(null));
        run.runFailure().ifPresent(f -> m.put("error", f));
        if (run.missing() > 0 && run.runFailure().isEmpty()) {
            m.put("error", "the run ended early: " + run.missing() + " case runs were never reported");
        }
        m.put("failures", all.stream().filter(r -> r.status().equals(CaseResult.FAILED)).map(r -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", r.id());
            f.put("file", r.file());
            f.put("line", r.line());
            f.put("protocol", r.protocol());
            f.put("message", r.message());
            return f;
        }).toList());
        m.put("skips", all.stream().filter(r -> r.status().equals(CaseResult.SKIPPED)).map(r -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", r.id());
            f.put("protocol", r.protocol());
            f.put("reason", r.message());
            return f;
        }).toList());
        return m;
    }

    public static void write(Map<String, Object> summary, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary);
    }
}
