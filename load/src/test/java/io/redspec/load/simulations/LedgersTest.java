package io.redspec.load.simulations;

import io.redspec.load.protocol.MessageHandler.Delivery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory truth each scenario's invariants are computed from. */
class LedgersTest {

    @Test
    void cacheLedgerKnowsWrittenValuesAndCountsStampedes() {
        CacheLedger ledger = new CacheLedger(1_000_000_000L, 50_000_000L);
        String v1 = ledger.newValue("k");
        assertThat(ledger.wasWritten("k", v1)).isTrue();
        assertThat(ledger.wasWritten("k", "k|v999")).isFalse();
        assertThat(ledger.wasWritten("other", v1)).isFalse();
        ledger.beginLoad("k");
        ledger.beginLoad("k");
        ledger.beginLoad("j");
        assertThat(ledger.stampedeLoads.sum()).isEqualTo(1);
        assertThat(ledger.maxConcurrentLoads.get()).isEqualTo(2);
        ledger.endLoad("k");
        ledger.endLoad("k");
        ledger.beginLoad("k");
        assertThat(ledger.stampedeLoads.sum()).isEqualTo(1);
    }

    @Test
    void cacheLedgerJudgesStaleAndExpiredReads() throws InterruptedException {
        CacheLedger ledger = new CacheLedger(20_000_000L, 5_000_000L); // TTL 20 ms, tolerance 5 ms
        String v1 = ledger.newValue("k");
        long before = System.nanoTime();
        assertThat(ledger.judge("k", v1, before, ledger.newestAckedSend("k"))).as("read overlapping the write")
                .isEqualTo(CacheLedger.Verdict.FRESH);
        ledger.acknowledged(v1);
        String v2 = ledger.newValue("k"); // sent after v1 was acknowledged
        long midRead = System.nanoTime();
        long midNewest = ledger.newestAckedSend("k");
        ledger.acknowledged(v2);
        assertThat(ledger.judge("k", v1, midRead, midNewest)).as("v2 not yet acknowledged when the read started")
                .isEqualTo(CacheLedger.Verdict.FRESH);
        assertThat(ledger.judge("k", v1, System.nanoTime(), ledger.newestAckedSend("k"))).isEqualTo(CacheLedger.Verdict.STALE);
        assertThat(ledger.judge("k", v2, System.nanoTime(), ledger.newestAckedSend("k"))).isEqualTo(CacheLedger.Verdict.FRESH);
        assertThat(ledger.judge("j", v2, System.nanoTime(), ledger.newestAckedSend("j"))).isEqualTo(CacheLedger.Verdict.UNWRITTEN);
        Thread.sleep(40);
        assertThat(ledger.judge("k", v2, System.nanoTime(), ledger.newestAckedSend("k"))).isEqualTo(CacheLedger.Verdict.AFTER_TTL);
        assertThat(ledger.refills.sum()).isEqualTo(2);
    }

    @Test
    void lockLeaseAcceptsTheTtlAskedForMinusElapsedTime() {
        long sent = 0;
        long reply = 30_000_000L; // 30 ms after the acquire was sent
        assertThat(LockLease.ttlMismatch(1000, 1000, sent, reply, 10)).isNull();
        assertThat(LockLease.ttlMismatch(965, 1000, sent, reply, 10)).isNull();
        assertThat(LockLease.ttlMismatch(950, 1000, sent, reply, 10)).contains("expected 960..1000");
        assertThat(LockLease.ttlMismatch(50, 1000, sent, reply, 10)).isNotNull();
        assertThat(LockLease.ttlMismatch(1001, 1000, sent, reply, 10)).isNotNull();
        assertThat(LockLease.ttlMismatch(-1, 1000, sent, reply, 10)).as("no TTL").isNotNull();
        assertThat(LockLease.deadlineNanos(reply, 50)).isEqualTo(80_000_000L);
    }

    @Test
    void lockLedgerTracksOwnerAndCriticalSection() {
        LockLedger ledger = new LockLedger();
        ledger.acquired("l", "a");
        assertThat(ledger.owns("l", "a")).isTrue();
        assertThat(ledger.enter("l")).isTrue();
        assertThat(ledger.enter("l")).as("second holder inside").isFalse();
        ledger.exit("l");
        ledger.exit("l");
        ledger.acquired("l", "b"); // a's lock expired, b took it
        assertThat(ledger.owns("l", "a")).isFalse();
        ledger.released("l", "a");
        assertThat(ledger.owns("l", "b")).as("a's late release leaves b's ownership").isTrue();
        ledger.released("l", "b");
        assertThat(ledger.owns("l", "b")).isFalse();
        assertThat(ledger.acquisitions.sum()).isEqualTo(2);
    }

    @Test
    void queueLedgerCountsLostAndDuplicates() {
        QueueLedger ledger = new QueueLedger();
        String t1 = ledger.newTask(100);
        String t2 = ledger.newTask(200);
        ledger.newTask(300);
        assertThat(ledger.deliver(t1)).isTrue();
        assertThat(ledger.deliver(t1)).isFalse();
        assertThat(ledger.deliver(t2)).isTrue();
        assertThat(ledger.deliver("t-unknown")).isFalse();
        assertThat(ledger.duplicates.sum()).isEqualTo(1);
        assertThat(ledger.lost()).isEqualTo(1);
        assertThat(ledger.due(t2)).isEqualTo(200);
    }

    @Test
    void pubSubLedgerTellsLossesDuplicatesReorderingAndWrongRoomsApart() {
        PubSubLedger ledger = new PubSubLedger();
        ledger.subscribed(10, 0);
        ledger.subscribed(11, 1);
        String m1 = ledger.nextMessage(1, 0);
        String m2 = ledger.nextMessage(1, 0);
        String m3 = ledger.nextMessage(1, 0);
        ledger.nextMessage(1, 0); // never delivered: tail loss

        assertThat(ledger.received(10, m1).failure()).isNull();
        Delivery gap = ledger.received(10, m3);
        assertThat(gap.failure()).contains("missed 1");
        Delivery late = ledger.received(10, m2);
        assertThat(late.failure()).contains("arrived after");
        assertThat(ledger.reordered.sum()).isEqualTo(1);
        assertThat(ledger.received(10, m2).failure()).contains("received twice");
        assertThat(ledger.duplicates.sum()).isEqualTo(1);
        assertThat(ledger.received(11, m1).failure()).as("subscriber 11 is in room 1").contains("another room");
        assertThat(ledger.wrongChannel.sum()).isEqualTo(1);
        // subscriber 10: m4 never received (m2 came late: reordered, not lost); 11 is in another room
        assertThat(ledger.lost()).isEqualTo(1);
        assertThat(ledger.published()).isEqualTo(4);
        assertThat(ledger.lostByPublisher()).containsEntry(1L, 1L);
        assertThat(ledger.reorderedByPublisher()).containsEntry(1L, 1L);
    }
}
