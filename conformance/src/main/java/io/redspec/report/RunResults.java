package io.redspec.report;

import io.redspec.engine.AcceptedEntry;
import io.redspec.exec.FailureDetail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects every case result and the run's facts (target, server) while the launcher runs; the
 * writers read it afterwards. Thread-safe: cases finish on many threads.
 */
public final class RunResults implements TestExecutionListener {
    private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, String> facts = new ConcurrentHashMap<>();
    private final Map<String, List<FailureDetail>> acceptedByTest = new ConcurrentHashMap<>();
    private volatile String runFailure;
    private volatile long startMillis;
    private volatile long planned;
    private volatile long endMillis;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        startMillis = System.currentTimeMillis();
        planned = testPlan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        endMillis = System.currentTimeMillis();
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        if (id.isTest()) {
            String accepted = entry.getKeyValuePairs().get(AcceptedEntry.KEY);
            if (accepted != null) {
                acceptedByTest.computeIfAbsent(id.getUniqueId(), k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(AcceptedEntry.decode(accepted));
            }
            return;
        }
        facts.putAll(entry.getKeyValuePairs());
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        started.put(id.getUniqueId(), System.currentTimeMillis());
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            results.add(result(id, CaseResult.SKIPPED, reason, 0, null, List.of()));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult r) {
        long t0 = started.getOrDefault(id.getUniqueId(), System.currentTimeMillis());
        long ms = System.currentTimeMillis() - t0;
        String message = r.getThrowable().map(RunResults::message).orElse(null);
        if (id.isTest()) {
            String status = switch (r.getStatus()) {
                case SUCCESSFUL -> CaseResult.PASSED;
                case ABORTED -> CaseResult.SKIPPED;
                case FAILED -> CaseResult.FAILED;
            };
            FailureDetail detail = status.equals(CaseResult.FAILED) ? r.getThrowable().map(FailureDetails::of).orElse(null) : null;
            results.add(result(id, status, message, ms, detail, acceptedByTest.getOrDefault(id.getUniqueId(), List.of())));
        } else if (r.getStatus() == TestExecutionResult.Status.FAILED && id.getParentId().isEmpty()) {
            runFailure = message; // the engine itself failed: e.g. the target could not be reached
        }
    }

    static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.toString() : m;
    }

    private static CaseResult result(TestIdentifier id, String status, String message, long ms, FailureDetail detail,
                                     List<FailureDetail> accepted) {
        UniqueId uid = UniqueId.parse(id.getUniqueId());
        String file = "";
        String caseId = id.getDisplayName();
        int protocol = 0;
        for (UniqueId.Segment s : uid.getSegments()) {
            if (s.getType().equals("file")) {
                file = s.getValue();
            } else if (s.getType().equals("case")) {
                int at = s.getValue().lastIndexOf("@resp");
                caseId = file + ":" + (at < 0 ? s.getValue() : s.getValue().substring(0, at));
                protocol = at < 0 ? 0 : Integer.parseInt(s.getValue().substring(at + 5));
            }
        }
        String path = file;
        int line = 0;
        if (id.getSource().orElse(null) instanceof FileSource fs) {
            path = displayPath(fs.getFile().toPath());
            line = fs.getPosition().map(p -> p.getLine()).orElse(0);
        }
        return new CaseResult(caseId, path, line, protocol, status, message, ms, detail, accepted);
    }

    static String displayPath(java.nio.file.Path p) {
        java.nio.file.Path abs = p.toAbsolutePath().normalize();
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    public List<CaseResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    public Map<String, String> facts() {
        return Map.copyOf(facts);
    }

    public Optional<String> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    /** Why the run as a whole failed (no case could run), if it did. */
    public Optional<String> runFailure() {
        return Optional.ofNullable(runFailure);
    }

    /** Case runs that were discovered but never reported (the run was cut short). */
    public long missing() {
        return Math.max(0, planned - results().size());
    }

    public long durationMs() {
        return Math.max(0, endMillis - startMillis);
    }

    public long count(String status) {
        return results().stream().filter(r -> r.status().equals(status)).count();
    }
}
