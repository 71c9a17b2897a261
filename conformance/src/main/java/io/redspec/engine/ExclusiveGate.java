package io.redspec.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
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
 */
final class ExclusiveGate {
    private final CountDownLatch sharedLeft;
    private final ReentrantLock alone = new ReentrantLock();

    ExclusiveGate(long sharedCases) {
        this.sharedLeft = new CountDownLatch((int) Math.min(Integer.MAX_VALUE, sharedCases));
    }

    /** A shared case finished, or was skipped. */
    void sharedDone() {
        sharedLeft.countDown();
    }

    /** Runs an exclusive case once no shared case is left and no other exclusive case runs. */
    void runAlone(ThrowingRunnable body) throws Exception {
        block(new ForkJoinPool.ManagedBlocker() {
            public boolean block() throws InterruptedException {
                sharedLeft.await();
                return true;
            }

            public boolean isReleasable() {
                return sharedLeft.getCount() == 0;
            }
        });
        LockBlocker locker = new LockBlocker();
        block(locker);
        try {
            body.run();
        } finally {
            alone.unlock();
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
