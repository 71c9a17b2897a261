package io.redspec.load.simulations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineKeysTest {

    @Test
    void keysArePaddedLikeRedisBenchmarks() {
        assertThat(BaselineSimulation.key("p:key:", 0)).isEqualTo("p:key:000000000000");
        assertThat(BaselineSimulation.key("p:key:", 1234)).isEqualTo("p:key:000000001234");
        assertThat(BaselineSimulation.key("p:key:", Integer.MAX_VALUE)).isEqualTo("p:key:002147483647");
    }
}
