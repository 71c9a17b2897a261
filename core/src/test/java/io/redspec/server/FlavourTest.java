package io.redspec.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlavourTest {

    @Test
    void idIsLowerCase() {
        assertThat(Flavour.DRAGONFLY.id()).isEqualTo("dragonfly");
        assertThat(Flavour.KEYDB.id()).isEqualTo("keydb");
    }

    @Test
    void parseIgnoresCaseAndSpaces() {
        assertThat(Flavour.parse("valkey")).isEqualTo(Flavour.VALKEY);
        assertThat(Flavour.parse(" Garnet ")).isEqualTo(Flavour.GARNET);
        for (Flavour f : Flavour.values()) {
            assertThat(Flavour.parse(f.id())).isEqualTo(f);
        }
    }

    @Test
    void unknownNameListsTheAcceptedOnes() {
        assertThatThrownBy(() -> Flavour.parse("memcached"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown flavour 'memcached'; use one of redis, valkey, keydb, dragonfly, garnet, other");
    }
}
