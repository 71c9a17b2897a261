package io.redspec.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsMillisSecondsAndMinutes() {
        assertThat(DurationText.parse("d", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("d", "5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(DurationText.parse("d", "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationText.parse("d", " 2M ")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aBareNumberHasNoUnitAndIsRefused() {
        assertThatThrownBy(() -> DurationText.parse("timeout", "500"))
                .hasMessage("timeout '500' has no unit; write e.g. 500ms or 500s");
    }

    @Test
    void zeroNegativeAndWordsAreRefused() {
        assertThatThrownBy(() -> DurationText.parse("d", "0s")).hasMessage("d must be at least 1ms, got '0s'");
        assertThatThrownBy(() -> DurationText.parse("d", "0.1ms")).hasMessageContaining("at least 1ms");
        assertThatThrownBy(() -> DurationText.parse("d", "-1s")).hasMessage("d must look like 500ms, 5s, 1.5s or 2m, got '-1s'");
        assertThatThrownBy(() -> DurationText.parse("d", "soon")).hasMessageContaining("must look like");
        assertThatThrownBy(() -> DurationText.parse("d", null)).hasMessageContaining("must look like");
    }

    @Test
    void formatIsReadBack() {
        for (String s : new String[] {"10s", "1500ms", "2m", "1ms"}) {
            assertThat(DurationText.format(DurationText.parse("d", s))).isEqualTo(s);
        }
    }
}
