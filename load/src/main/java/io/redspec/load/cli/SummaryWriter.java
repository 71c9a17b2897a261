package io.redspec.load.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestStats;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds summary.json from Redspec's recorder (microsecond histograms), not from Gatling's log. */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static Map<String, Object> summary(RunInfo run, LoadRecorder recorder) {
        Map<String, Object> s = new LinkedHashMap<>();
        long ok = recorder.commandsOk();
        long ko = recorder.commandsKo();
        double seconds = recorder.commandSeconds();
        Histogram all = recorder.allCommands();
        s.put("scenario", run.scenario());
        s.put("interrupted", false);
        s.put("target", run.target());
        s.put("users", run.users());
        s.put("duration_s", run.durationSeconds());
        s.put("connections", run.connections());
        s.put("protocol", run.protocol());
        s.put("requests", ok + ko);
        s.put("ok", ok);
        s.put("ko", ko);
        s.put("rps", seconds > 0 ? round((ok + ko) / seconds, 1) : 0.0);
        putPercentiles(s, all);
        s.put("invariants", recorder.invariants());
        s.put("unknown", recorder.unknownInvariants());
        s.put("must_be_zero", recorder.gatingInvariants());
        s.put("violated", recorder.violatedInvariants());
        s.put("figures", recorder.figures());
        Map<String, Object> perRequest = new LinkedHashMap<>();
        for (Map.Entry<String, RequestStats> e : recorder.requests().entrySet()) {
            RequestStats r = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("count", r.count());
            m.put("ok", r.ok());
            m.put("ko", r.ko());
            putPercentiles(m, r.histogram());
            perRequest.put(e.getKey(), m);
        }
        s.put("per_request", perRequest);
        s.put("gatling_assertions_passed", run.gatlingStatus() == 0);
        s.put("gatling_report", run.gatlingReport() == null ? null : run.gatlingReport().toString());
        s.put("clean_up", recorder.cleanUpFailure() == null ? "done" : "failed: " + recorder.cleanUpFailure());
        s.put("target_gone", recorder.targetGone()); // null, or why the load was stopped early
        s.put("heap_peak_mb", round(peakHeapBytes() / 1048576.0, 1));
        return s;
    }

    private static void putPercentiles(Map<String, Object> m, Histogram h) {
        boolean empty = h.getTotalCount() == 0;
        m.put("p50_ms", empty ? 0.0 : round(h.getValueAtPercentile(50) / 1000.0, 3));
        m.put("p90_ms", empty ? 0.0 : round(h.getValueAtPercentile(90) / 1000.0, 3));
        m.put("p99_ms", empty ? 0.0 : round(h.getValueAtPercentile(99) / 1000.0, 3));
        m.put("p999_ms", empty ? 0.0 : round(h.getValueAtPercentile(99.9) / 1000.0, 3));
        m.put("max_ms", empty ? 0.0 : round(h.getMaxValue() / 1000.0, 3));
    }

    /** Sum of the heap pools' peaks since start: the load generator's heap footprint. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static void write(Path file, Map<String, Object> summary) throws IOException {
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), summary);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
