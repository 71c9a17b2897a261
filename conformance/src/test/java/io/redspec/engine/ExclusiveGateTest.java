package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The exclusive gate waits for the shared cases, but not forever when one of them never reports done;
 * cases owning a same resource never overlap, cases owning different ones do.
 */
class ExclusiveGateTest {

    @Test
    void aSharedCaseThatNeverReportsDoneFailsTheExclusiveCaseWithADiagnostic() {
        ExclusiveGate gate = new ExclusiveGate(3, Duration.ofMillis(300));
        gate.sharedDone(); // two of three shared cases never finish
        AtomicBoolean ran = new AtomicBoolean();
        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.runAlone(true, () -> ran.set(true)))
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
                gate.runAlone(true, () -> ran.set(true));
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
        gate.runAlone(true, () -> ran.set(true));
        assertThat(ran).isTrue();
    }

    /** Both run on their own threads; A holds the resource until B is asking for it, and 300 ms more. */
    @Test
    void twoCasesOwningASameResourceNeverOverlap() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(2, Duration.ofSeconds(30));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        CountDownLatch aIn = new CountDownLatch(1);
        CountDownLatch bAsking = new CountDownLatch(1);
        ExclusiveGate.ThrowingRunnable body = () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            aIn.countDown();
            bAsking.await(5, TimeUnit.SECONDS);
            Thread.sleep(300);
            inside.decrementAndGet();
        };
        CompletableFuture<Void> a = holding(gate, List.of("config:notify-keyspace-events", "functions"), body);
        assertThat(aIn.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> {
            try {
                bAsking.countDown();
                gate.runHolding(List.of("functions"), body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> new Thread(runnable).start());
        CompletableFuture.allOf(a, b).get(10, TimeUnit.SECONDS);
        assertThat(mostInside).hasValue(1);
    }

    @Test
    void casesOwningDifferentResourcesRunTogether() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(2, Duration.ofSeconds(30));
        CountDownLatch bothIn = new CountDownLatch(2);
        // each body waits for the other to be inside: only possible when they overlap
        ExclusiveGate.ThrowingRunnable body = () -> {
            bothIn.countDown();
            if (!bothIn.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other case never ran alongside");
            }
        };
        CompletableFuture<Void> a = holding(gate, List.of("db:9"), body);
        CompletableFuture<Void> b = holding(gate, List.of("functions"), body);
        CompletableFuture.allOf(a, b).get(10, TimeUnit.SECONDS);
    }

    /** On a twin server: no shared case has finished, yet they run; two of them are never inside together. */
    @Test
    void wholeServerCasesOnATwinRunAtOnceButNeverTogether() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(5, Duration.ofSeconds(30)); // no shared case ever reports done
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        ExclusiveGate.ThrowingRunnable body = () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.sleep(100);
            inside.decrementAndGet();
            ran.incrementAndGet();
        };
        List<CompletableFuture<Void>> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cases.add(CompletableFuture.runAsync(() -> {
                try {
                    gate.runAlone(false, body);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> new Thread(runnable).start()));
        }
        CompletableFuture.allOf(cases.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(ran).hasValue(4);
        assertThat(mostInside).hasValue(1);
    }

    @Test
    void aWholeServerCaseWaitsForTheResourceOwnersToFinish() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(1, Duration.ofSeconds(30));
        AtomicBoolean ownerDone = new AtomicBoolean();
        AtomicBoolean sawOwnerDone = new AtomicBoolean();
        CountDownLatch ownerIn = new CountDownLatch(1);
        CompletableFuture<Void> owner = holding(gate, List.of("functions"), () -> {
            ownerIn.countDown();
            Thread.sleep(300);
            ownerDone.set(true);
        }).whenComplete((v, e) -> gate.sharedDone()); // as CaseDescriptor reports it
        assertThat(ownerIn.await(5, TimeUnit.SECONDS)).isTrue();
        gate.runAlone(true, () -> sawOwnerDone.set(ownerDone.get()));
        owner.get(5, TimeUnit.SECONDS);
        assertThat(sawOwnerDone).isTrue();
    }

    @Test
    void aResourceHeldPastTheStallLimitFailsTheWaiterWithADiagnostic() throws Exception {
        ExclusiveGate gate = new ExclusiveGate(2, Duration.ofMillis(300));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ownerIn = new CountDownLatch(1);
        CompletableFuture<Void> owner = holding(gate, List.of("functions"), () -> {
            ownerIn.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        assertThat(ownerIn.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatThrownBy(() -> gate.runHolding(List.of("functions"), () -> ran.set(true)))
                .isInstanceOf(ExclusiveGate.StalledException.class)
                .hasMessage("exclusive case not run: resource functions still held by another case after 300 ms (a hung case?)");
        assertThat(ran).isFalse();
        release.countDown();
        owner.get(5, TimeUnit.SECONDS);
    }

    private static CompletableFuture<Void> holding(ExclusiveGate gate, List<String> resources, ExclusiveGate.ThrowingRunnable body) {
        return CompletableFuture.runAsync(() -> {
            try {
                gate.runHolding(resources, body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, runnable -> new Thread(runnable).start());
    }
}
