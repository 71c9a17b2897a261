package io.redspec.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolsTest {

    @Test
    void bothSpellingsOfOneProtocol() {
        assertThat(Protocols.one("2")).isEqualTo(2);
        assertThat(Protocols.one("resp2")).isEqualTo(2);
        assertThat(Protocols.one("3")).isEqualTo(3);
        assertThat(Protocols.one("RESP3")).isEqualTo(3);
    }

    @Test
    void bothIsAChoiceNotOneProtocol() {
        assertThat(Protocols.choice("both")).isEqualTo(List.of(2, 3));
        assertThat(Protocols.choice("resp3")).isEqualTo(List.of(3));
        assertThatThrownBy(() -> Protocols.one("both")).hasMessage("this command runs one protocol: 2 or 3, not both");
    }

    @Test
    void unknownProtocolsAreRefused() {
        assertThatThrownBy(() -> Protocols.one("4")).hasMessage("protocol must be 2 or 3 (resp2/resp3 also accepted), not '4'");
        assertThatThrownBy(() -> Protocols.choice("resp4"))
                .hasMessage("protocol must be 2, 3 or both (resp2/resp3 also accepted), not 'resp4'");
    }
}
