package io.redspec.report;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * What a person watching sees: on a terminal one live progress line; elsewhere (CI, pipes) one plain
 * line per finished spec file. Failures print as they happen, in full.
 */
public final class ConsoleReporter implements TestExecutionListener {
    private final PrintStream out;
    private final boolean live;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final Map<String, long[]> perFile = new ConcurrentHashMap<>();
    private volatile long total;

    public ConsoleReporter(PrintStream out, boolean live) {
        this.out = out;
        this.live = live;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = plan.countTestIdentifiers(TestIdentifier::isTest);
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            skipped.incrementAndGet();
            tick();
        } else if (id.isContainer()) {
            plain("SKIP " + id.getDisplayName() + ": " + reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult r) {
        if (id.isTest()) {
            long[] f = perFile.computeIfAbsent(id.getParentId().orElse(""), k -> new long[2]);
            synchronized (f) {
                f[0]++;
            }
            if (r.getStatus() == TestExecutionResult.Status.FAILED) {
                failed.incrementAndGet();
                synchronized (f) {
                    f[1]++;
                }
                String msg = r.getThrowable().map(RunResults::message).orElse("failed");
                print("FAIL " + id.getDisplayName() + "\n  " + msg.replace("\n", "\n  "));
            } else if (r.getStatus() == TestExecutionResult.Status.ABORTED) {
                skipped.incrementAndGet();
            }
            tick();
        } else if (id.isContainer() && id.getParentId().isPresent()) {
            long[] f = perFile.getOrDefault(id.getUniqueId(), new long[2]);
            if (!live) {
                out.println((f[1] > 0 ? "FAIL " : "ok   ") + id.getDisplayName() + "  " + (f[0] - f[1]) + "/" + f[0]);
            }
        }
    }

    private void tick() {
        long n = done.incrementAndGet();
        if (live) {
            synchronized (out) {
                out.print("\r\033[K" + n + "/" + total + " cases · " + failed.get() + " failed · " + skipped.get() + " skipped");
                out.flush();
            }
        }
    }

    private void print(String s) {
        synchronized (out) {
            if (live) {
                out.print("\r\033[K");
            }
            out.println(s);
        }
    }

    private void plain(String s) {
        if (!live) {
            out.println(s);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (live) {
            synchronized (out) {
                out.print("\r\033[K");
                out.flush();
            }
        }
    }
}
