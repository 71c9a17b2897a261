package io.redspec.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.server.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text of a double reply, as Redis ≤ 7.0 ("%.17g") and 7.2+ (d2string/fpconv) write it. */
class DoubleTextTest {

    @ParameterizedTest
    @CsvSource({
            "0.1, 0.10000000000000001",
            "1.5, 1.5",
            "83, 83",
            "-2.5, -2.5",
            "1.5e-7, 1.4999999999999999e-07",
            "0.0001, 0.0001",
            "0.00001, 1.0000000000000001e-05",
            "1e16, 10000000000000000",
            "1e17, 1e+17",
            "3.14159, 3.1415899999999999",
            "1e300, 1.0000000000000001e+300",
            "123456.789, 123456.789",
    })
    void percent17gIsWhatRedis70Writes(double d, String text) {
        assertThat(DoubleText.percent17g(d)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
            "0.1, 0.1",
            "1.5, 1.5",
            "83, 83",
            "-2.5, -2.5",
            "1.5e-7, 1.5e-7",
            "0.000001, 0.000001",
            "1e16, 10000000000000000",
            "1e20, 1e+20",
            "3.14159, 3.14159",
            "1e300, 1e+300",
            "123456.789, 123456.789",
            "0.30000000000000004, 0.30000000000000004",
            "4.5e18, 4500000000000000000",
            "5e18, 5e+18",
            "0.00001, 0.00001",
            "1e-7, 1e-7",
            "1.7976931348623157e308, 1.7976931348623157e+308",
    })
    // seen on Redis 7.2.6 and 7.4.1: ZADD then ZRANGE … WITHSCORES under RESP2
    void shortestIsWhatRedis72Writes(double d, String text) {
        assertThat(DoubleText.shortest(d)).isEqualTo(text);
    }

    @Test
    void specialValuesAreSpelledTheRedisWay() {
        for (Version v : new Version[] {Version.of(7, 0, 15), Version.of(7, 2, 6)}) {
            assertThat(DoubleText.of(Double.POSITIVE_INFINITY, v)).isEqualTo("inf");
            assertThat(DoubleText.of(Double.NEGATIVE_INFINITY, v)).isEqualTo("-inf");
            assertThat(DoubleText.of(0.0, v)).isEqualTo("0");
            assertThat(DoubleText.of(-0.0, v)).isEqualTo("-0");
        }
    }

    @Test
    void theVersionPicksTheForm() {
        assertThat(DoubleText.of(0.1, Version.of(6, 2, 11))).isEqualTo("0.10000000000000001");
        assertThat(DoubleText.of(0.1, Version.of(7, 0, 15))).isEqualTo("0.10000000000000001");
        assertThat(DoubleText.of(0.1, Version.of(7, 2, 0))).isEqualTo("0.1");
        assertThat(DoubleText.of(0.1, Version.of(8, 0, 1))).isEqualTo("0.1");
        assertThat(DoubleText.of(0.1, null)).isEqualTo("0.1");
    }
}
