package io.redspec.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTest {

    @Test
    void parsesThreeParts() {
        assertThat(Version.parse("6.2.10")).isEqualTo(new Version(6, 2, 10));
    }

    @Test
    void twoPartsMeanPatchZero() {
        assertThat(Version.parse("7.0")).isEqualTo(new Version(7, 0, 0));
    }

    @Test
    void ignoresPreReleaseAndBuildSuffixes() {
        assertThat(Version.parse("7.2.4-rc1")).isEqualTo(new Version(7, 2, 4));
        assertThat(Version.parse("6.2.6-v5")).isEqualTo(new Version(6, 2, 6));
        assertThat(Version.parse(" v1.40.1 ")).isEqualTo(new Version(1, 40, 1));
    }

    @Test
    void comparesNumerically() {
        assertThat(Version.parse("6.2.10")).isGreaterThan(Version.parse("6.2.9"));
        assertThat(Version.parse("10.0")).isGreaterThan(Version.parse("9.9.9"));
        assertThat(Version.parse("7.0.0")).isEqualByComparingTo(Version.parse("7.0"));
        assertThat(Version.parse("7.0.15").atLeast(Version.parse("7.0.0"))).isTrue();
        assertThat(Version.parse("6.2.11").atLeast(Version.parse("7.0.0"))).isFalse();
    }

    @Test
    void printsAllThreeParts() {
        assertThat(Version.parse("7.0").toString()).isEqualTo("7.0.0");
    }

    @Test
    void rejectsGarbageWithAClearMessage() {
        for (String bad : new String[] {"", "7", "abc", "7.x.1", "7..1", "-1.2", "7.0x", "99999999999.1"}) {
            assertThatThrownBy(() -> Version.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a version")
                    .hasMessageContaining("7.0.15");
        }
        assertThatThrownBy(() -> Version.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
