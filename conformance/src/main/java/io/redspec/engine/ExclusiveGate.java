package io.redspec.engine;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive cases change the server as a whole (FLUSHDB, CONFIG SET, other databases), so they run
 * alone: after every shared case of the run has finished, one at a time. Shared cases never wait.
 *
 * <p>Why not JUnit's exclusive resources: with READ locks on every case and READ_WRITE on exclusive
 * ones, the fork-join executor of JUnit 5.14 now and then finished a file's container without running
 * its deferred cases, silently shortening the run; a plain fair read/write lock instead halved the
 * throughput, every exclusive case draining the pool. Waiting here goes through
 * {@link ForkJoinPool#managedBlock}, so the pool adds a thread for every one that waits and the shared
 * cases keep their parallelism.
 *
 * <p>The wait is bounded by progress, not by total time: when no shared case has finished for
 * {@link #DEFAULT_STALL} (a case that never reports done would otherwise hold every exclusive case
 * forever), the exclusive case fails with a line saying how many shared cases are still out.
 */
final class ExclusiveGate {
    /** Longer than any single case may take (blocking cases wait seconds), short enough to notice a hang. */
    static final Duration DEFAULT_STALL = Duration.ofMinutes(5);

    private final CountDownLatch sharedLeft;
    private final ReentrantLock alone = new ReentrantLock();
    private final Duration stall;

    ExclusiveGate(long sharedCases) {
        this(sharedCases, DEFAULT_STALL);
    }

    ExclusiveGate(long sharedCases, Duration stall) {
        this.sharedLeft = new CountDownLatch((int) Math.min(Integer.MAX_VALUE, sharedCases));
        this.stall = stall;
    }

    /** A shared case finished, or was skipped. */
    void sharedDone() {
        sharedLeft.countDown();
    }

    /**
     * Runs an exclusive case once no shared case is left and no other exclusive case runs.
     *
     * @throws StalledException when shared cases stopped finishing for the stall limit
     */
    void runAlone(ThrowingRunnable body) throws Exception {
        SharedBlocker shared = new SharedBlocker();
        block(shared);
        if (shared.stalledAt >= 0) {
            throw new StalledException("exclusive case not run: " + shared.stalledAt + " shared case(s) of the run"
                    + " still not done after " + (stall.toMillis() % 1000 == 0 ? stall.toSeconds() + " s" : stall.toMillis() + " ms")
                    + " without any finishing (a hung case?)");
        }
        LockBlocker locker = new LockBlocker();
        block(locker);
        try {
            body.run();
        } finally {
            alone.unlock();
        }
    }

    /** Waits for the shared cases; gives up (stalledAt = cases left) when none finished for the stall limit. */
    private final class SharedBlocker implements ForkJoinPool.ManagedBlocker {
        private long lastCount = sharedLeft.getCount();
        private long lastChange = System.nanoTime();
        long stalledAt = -1;

        public boolean block() throws InterruptedException {
            while (!sharedLeft.await(Math.min(stall.toMillis(), 1000), TimeUnit.MILLISECONDS)) {
                long count = sharedLeft.getCount();
                if (count != lastCount) {
                    lastCount = count;
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange >= stall.toNanos()) {
                    stalledAt = count;
                    return true;
                }
            }
            return true;
        }

        public boolean isReleasable() {
            return stalledAt >= 0 || sharedLeft.getCount() == 0;
        }
    }

    /** The shared cases stopped finishing; the message says how many are left. */
    static final class StalledException extends IllegalStateException {
        StalledException(String message) {
            super(message);
        }
    }

    private final class LockBlocker implements ForkJoinPool.ManagedBlocker {
        private boolean held;

        public boolean block() throws InterruptedException {
            if (!held) {
                alone.lockInterruptibly();
                held = true;
            }
            return true;
        }

        public boolean isReleasable() {
            return held || (held = alone.tryLock());
        }
    }

    /** Waits it out; a stale interrupt flag on a pooled thread must not cut the wait short. */
    private static void block(ForkJoinPool.ManagedBlocker blocker) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                ForkJoinPool.managedBlock(blocker);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
