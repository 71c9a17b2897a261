package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The exclusive gate waits for the shared cases, but not forever when one of them never reports done. */
class ExclusiveGateTest {

    @Test
    void aSharedCaseThatNeverReportsDoneFailsTheExclusiveCaseWithADiagnostic() {
        ExclusiveGate gate = new ExclusiveGate(3, Duration.ofMillis(300));
        gate.sharedDone(); // two of three shared cases never finish
        AtomicBoolean ran = new AtomicBoolean();
        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.runAlone(() -> ran.set(true)))
                .isInstanceOf(ExclusiveGate.StalledException.class)
                .hasMessage("exclusive case not run: 2 shared case(s) of the run still not done after 300 ms without any"
                        + " finishing (a hung case?)");
        assertThat(ran).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void sharedCasesThatKeepFinishingAreWaitedForPastTheStallLimit() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(4, Duration.ofMillis(400));
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<Void> exclusive = CompletableFuture.runAsync(() -> {
            try {
                gate.runAlone(() -> ran.set(true));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // 4 x 250 ms: the whole wait is longer than the limit, but no gap between finishes reaches it
        for (int i = 0; i < 4; i++) {
            Thread.sleep(250);
            assertThat(ran).isFalse();
            gate.sharedDone();
        }
        exclusive.get(5, TimeUnit.SECONDS);
        assertThat(ran).isTrue();
    }

    @Test
    void noSharedCasesLeftRunsAtOnce() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(0, Duration.ofMillis(100));
        AtomicBoolean ran = new AtomicBoolean();
        gate.runAlone(() -> ran.set(true));
        assertThat(ran).isTrue();
    }
}
