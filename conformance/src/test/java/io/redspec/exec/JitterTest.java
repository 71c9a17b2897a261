package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** --jitter's pauses: bounded, and repeated by the same seed whatever order the cases run in. */
class JitterTest {

    @Test
    void pausesStayWithinZeroToThreeHundredMilliseconds() {
        Jitter.Pauses p = new Jitter(1).forCase("list/lpush:a", 2);
        assertThat(IntStream.range(0, 2000).map(i -> p.nextMs())).allMatch(ms -> ms >= 0 && ms <= Jitter.MAX_MS);
    }

    @Test
    void theSameSeedRepeatsACaseRunsPauses() {
        int[] first = IntStream.range(0, 20).map(i -> 0).toArray();
        Jitter.Pauses a = new Jitter(42).forCase("generic/ttl:x", 3);
        new Jitter(42).forCase("other:case", 3).nextMs(); // another case drawing first changes nothing
        Jitter.Pauses b = new Jitter(42).forCase("generic/ttl:x", 3);
        for (int i = 0; i < first.length; i++) {
            assertThat(b.nextMs()).isEqualTo(a.nextMs());
        }
    }

    @Test
    void anotherSeedOrProtocolGivesOtherPauses() {
        int[] base = draws(new Jitter(42).forCase("generic/ttl:x", 2));
        assertThat(draws(new Jitter(43).forCase("generic/ttl:x", 2))).isNotEqualTo(base);
        assertThat(draws(new Jitter(42).forCase("generic/ttl:x", 3))).isNotEqualTo(base);
    }

    private static int[] draws(Jitter.Pauses p) {
        return IntStream.range(0, 20).map(i -> p.nextMs()).toArray();
    }
}
