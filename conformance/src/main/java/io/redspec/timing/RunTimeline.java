package io.redspec.timing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * When each case run started and ended, and how long an exclusive one waited for its turn: what the
 * benchmark needs to find the serial exclusive phase and the critical path. Thread-safe.
 */
public final class RunTimeline implements TestExecutionListener {
    /** Test-level report entry of an exclusive case: milliseconds it waited before running. */
    public static final String WAITED_MS = "redspec.waited_ms";

    private final long origin;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Long> waited = new ConcurrentHashMap<>();
    private final List<CaseSpan> spans = Collections.synchronizedList(new ArrayList<>());
    private volatile long planStart = -1;
    private volatile long planEnd = -1;

    /** @param origin System.nanoTime() the offsets count from (the command's start) */
    public RunTimeline(long origin) {
        this.origin = origin;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        planStart = System.nanoTime();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        planEnd = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            started.put(id.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        String w = entry.getKeyValuePairs().get(WAITED_MS);
        if (id.isTest() && w != null) {
            waited.put(id.getUniqueId(), Long.parseLong(w));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Long t0 = started.get(id.getUniqueId());
        if (!id.isTest() || t0 == null) {
            return;
        }
        boolean exclusive = id.getTags().contains(TestTag.create("exclusive"));
        // an exclusive case owning named resources runs alongside the others; only the rest run alone
        boolean alone = exclusive && id.getTags().stream().noneMatch(t -> t.getName().startsWith("owns:"));
        spans.add(new CaseSpan(id.getUniqueId(), id.getDisplayName(), exclusive, alone, ms(t0), ms(System.nanoTime()),
                waited.getOrDefault(id.getUniqueId(), 0L), result.getStatus().name().toLowerCase()));
    }

    private long ms(long nanos) {
        return (nanos - origin) / 1_000_000;
    }

    public List<CaseSpan> spans() {
        synchronized (spans) {
            return List.copyOf(spans);
        }
    }

    /** Offset of the launcher's execution start, or -1 before it started. */
    public long planStartMs() {
        return planStart < 0 ? -1 : ms(planStart);
    }

    public long planEndMs() {
        return planEnd < 0 ? -1 : ms(planEnd);
    }

    /**
     * One case run: offsets in ms from the command's start; for an exclusive case, {@code waitedMs} of
     * its span were spent waiting for its turn, the rest running.
     */
    public record CaseSpan(String uniqueId, String name, boolean exclusive, boolean alone, long startMs, long endMs, long waitedMs,
                           String status) {
        public long ranMs() {
            return endMs - startMs - waitedMs;
        }
    }
}
