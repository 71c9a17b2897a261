package io.redspec.load.simulations;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(LoadSettings.PREFIX + kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void defaultsAreBounded() {
        LoadSettings s = LoadSettings.from(props(), 50, Duration.ofSeconds(10));
        assertThat(s.users()).isEqualTo(50).isLessThanOrEqualTo(LoadSettings.MAX_DEFAULT_USERS);
        assertThat(s.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.target()).isEqualTo("embedded");
        assertThat(s.resp3()).isFalse();
        assertThat(s.connections().sharedConnections()).isEqualTo(4);
    }

    @Test
    void readsEveryKnob() {
        LoadSettings s = LoadSettings.from(props("users", "7", "duration", "1500ms", "connections", "per-user",
                "protocol", "RESP3", "keySpace", "9", "readRatio", "0.9", "ttl", "2s"), 50, Duration.ofSeconds(10));
        assertThat(s.users()).isEqualTo(7);
        assertThat(s.duration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.connections().isPerUser()).isTrue();
        assertThat(s.resp3()).isTrue();
        assertThat(s.intParam("keySpace", 1)).isEqualTo(9);
        assertThat(s.doubleParam("readRatio", 0)).isEqualTo(0.9);
        assertThat(s.durationParam("ttl", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.intParam("absent", 3)).isEqualTo(3);
    }

    @Test
    void rejectsBadValuesWithTheirName() {
        assertThatThrownBy(() -> LoadSettings.from(props("users", "-1"), 50, Duration.ofSeconds(1)))
                .hasMessageContaining("users");
        assertThatThrownBy(() -> LoadSettings.from(props("users", "many"), 50, Duration.ofSeconds(1)))
                .hasMessageContaining("users");
        assertThatThrownBy(() -> LoadSettings.from(props("protocol", "resp4"), 50, Duration.ofSeconds(1)))
                .hasMessageContaining("protocol");
        assertThatThrownBy(() -> LoadSettings.from(props("duration", "soon"), 50, Duration.ofSeconds(1)))
                .hasMessageContaining("duration");
    }

    @Test
    void durationsAndProtocolsUseTheCommandLineSyntax() {
        // the same syntax as the CLIs (DurationText, Protocols): a bare number has no unit and is refused
        assertThatThrownBy(() -> LoadSettings.from(props("duration", "3"), 50, Duration.ofSeconds(1)))
                .hasMessage("duration '3' has no unit; write e.g. 3ms or 3s");
        assertThat(LoadSettings.from(props("protocol", "3"), 50, Duration.ofSeconds(1)).resp3()).isTrue();
        assertThat(LoadSettings.from(props("ttl", "250ms"), 50, Duration.ofSeconds(1))
                .durationParam("ttl", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SettingsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void scenarioNamesAndAliases() {
        assertThat(Scenario.parse("Lock")).isEqualTo(Scenario.LOCK);
        assertThat(Scenario.parse("queue")).isEqualTo(Scenario.DELAY_QUEUE);
        assertThat(Scenario.parse("expiry")).isEqualTo(Scenario.EXPIRY_EVENTS);
        assertThatThrownBy(() -> Scenario.parse("bogus")).hasMessageContaining("unknown scenario");
        for (Scenario s : Scenario.values()) {
            assertThat(RedspecSimulation.class).isAssignableFrom(load(s.simulationClass()));
        }
    }
}
