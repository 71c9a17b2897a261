package io.redspec.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive cases change the server as a whole (FLUSHDB, CONFIG SET, other databases), so they run
 * alone, one at a time: on a twin server of their own ({@link WholeServerTwin}) at once, else after
 * every shared case of the run has finished. Shared cases never wait.
 *
 * <p>A case that names the server-wide state it owns ({@code exclusive: config:notify-keyspace-events})
 * holds only that resource: it runs alongside the shared cases and the owners of other resources, one
 * at a time with the cases naming a same resource, and counts as shared for the whole-server cases.
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
    private final Map<String, ReentrantLock> resources = new ConcurrentHashMap<>();
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
     * Runs a whole-server case once no other whole-server case runs and, when it shares the server
     * with them ({@code afterShared}; not on a twin of its own), once no shared case is left.
     *
     * @throws StalledException when shared cases stopped finishing for the stall limit
     */
    void runAlone(boolean afterShared, ThrowingRunnable body) throws Exception {
        SharedBlocker shared = new SharedBlocker();
        if (afterShared) {
            block(shared);
        }
        if (shared.stalledAt >= 0) {
            throw new StalledException("exclusive case not run: " + shared.stalledAt + " shared case(s) of the run"
                    + " still not done after " + (stall.toMillis() % 1000 == 0 ? stall.toSeconds() + " s" : stall.toMillis() + " ms")
                    + " without any finishing (a hung case?)");
        }
        LockBlocker locker = new LockBlocker(alone, -1);
        block(locker);
        try {
            body.run();
        } finally {
            alone.unlock();
        }
    }

    /**
     * Runs a case owning these resources once no other case holds any of them. Locks are taken in
     * name order, so two cases never wait for each other. The caller still reports {@link #sharedDone}.
     *
     * @throws StalledException when a resource stayed held for the stall limit (a hung owner?)
     */
    void runHolding(List<String> names, ThrowingRunnable body) throws Exception {
        List<ReentrantLock> held = new ArrayList<>();
        try {
            for (String name : new TreeSet<>(names)) {
                ReentrantLock lock = resources.computeIfAbsent(name, n -> new ReentrantLock(true));
                LockBlocker locker = new LockBlocker(lock, stall.toNanos());
                block(locker);
                if (!locker.held) {
                    throw new StalledException("exclusive case not run: resource " + name + " still held by another case after "
                            + (stall.toMillis() % 1000 == 0 ? stall.toSeconds() + " s" : stall.toMillis() + " ms") + " (a hung case?)");
                }
                held.add(lock);
            }
            body.run();
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
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

    /** Takes a lock; with a limit (nanos, -1: none) gives up after it, leaving held false. */
    private static final class LockBlocker implements ForkJoinPool.ManagedBlocker {
        private final ReentrantLock lock;
        private final long limitNanos;
        private boolean held;
        private boolean gaveUp;

        LockBlocker(ReentrantLock lock, long limitNanos) {
            this.lock = lock;
            this.limitNanos = limitNanos;
        }

        public boolean block() throws InterruptedException {
            if (!held && !gaveUp) {
                if (limitNanos < 0) {
                    lock.lockInterruptibly();
                    held = true;
                } else {
                    held = lock.tryLock(limitNanos, TimeUnit.NANOSECONDS);
                    gaveUp = !held;
                }
            }
            return true;
        }

        public boolean isReleasable() {
            return held || gaveUp || (held = lock.tryLock());
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
