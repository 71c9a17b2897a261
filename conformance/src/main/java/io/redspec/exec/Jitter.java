package io.redspec.exec;

import java.util.Random;

/**
 * {@code --jitter}: a random pause of 0–{@value #MAX_MS} ms before every setup and case step, so a case
 * that only passes when its steps run within a few hundred ms of each other (a stalled machine, a slow
 * CI runner) fails here first. Each case run draws from its own generator, seeded by the run's seed and
 * the case, so a seed repeats the same pauses whatever order the parallel cases run in.
 */
public record Jitter(long seed) {
    public static final int MAX_MS = 300;

    /** The pauses of one case run under one protocol. */
    Pauses forCase(String caseId, int protocol) {
        return new Pauses(new Random(seed * 31 + caseId.hashCode() * 7L + protocol));
    }

    /** One case run's pauses; used by that case's thread only. */
    static final class Pauses {
        private final Random random;

        private Pauses(Random random) {
            this.random = random;
        }

        void pause() {
            Pause.sleep(nextMs());
        }

        int nextMs() {
            return random.nextInt(MAX_MS + 1);
        }
    }
}
