package io.redspec.exec;

/**
 * Sleeping that an interrupt does not cut short. Worker threads of the JUnit fork-join pool can carry
 * a stale interrupt flag from an earlier task; a case's bounded wait must still wait its time.
 */
final class Pause {
    private Pause() {}

    static void sleep(long ms) {
        long deadline = System.nanoTime() + ms * 1_000_000L;
        boolean interrupted = false;
        try {
            for (long left = ms; left > 0; left = (deadline - System.nanoTime()) / 1_000_000L) {
                try {
                    Thread.sleep(left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
