package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the end-of-run check says about keys left behind: database, count and case. */
class LeftoversTest {
    @Test
    void onLinePerDatabaseAndCase() {
        RunKeys keys = new RunKeys(16);
        keys.caseStarted(7, "server/swapdb:swaps-and-back", 2);
        keys.caseStarted(8, "generic/move:moves-key", 3);
        Leftovers left = new Leftovers();
        left.add(9, "redspec:{abc.7}:key");
        left.add(9, "redspec:{abc.7}:key2");
        left.add(9, "redspec:{abc.8}:key");
        left.add(0, "redspec:{abc.99}:key");
        assertThat(left.count()).isEqualTo(4);
        assertThat(left.lines(keys)).containsExactly(
                "leftover keys in db 0: 1 key of an unknown case",
                "leftover keys in db 9: 1 key of case generic/move:moves-key (RESP3)",
                "leftover keys in db 9: 2 keys of case server/swapdb:swaps-and-back (RESP2)");
    }

    @Test
    void everyDatabaseIsSweptWhenTheCountIsKnownElseTheOnesCasesNamed() {
        assertThat(new RunKeys(16).toSweep(0)).hasSize(16).contains(0, 15);
        RunKeys unknown = new RunKeys(0);
        unknown.named(Set.of(9, 100000));
        assertThat(unknown.toSweep(3)).containsExactly(3, 9, 100000);
        RunKeys sixteen = new RunKeys(16);
        assertThat(sixteen.mayExist(15)).isTrue();
        assertThat(sixteen.mayExist(16)).isFalse();
    }
}
