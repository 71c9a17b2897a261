package io.redspec.load.protocol;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which commands get the user a connection of its own under shared:N (the README's list). */
class StatefulCommandsTest {

    @Test
    void transactionsConnectionStateAndBlockingCommandsAreNotMultiplexed() {
        for (String verb : List.of("MULTI", "exec", "WATCH", "SELECT", "BLPOP", "bzpopmin", "WAIT", "SUBSCRIBE")) {
            assertThat(StatefulCommands.isStateful(List.of(verb, "x"))).as(verb).isTrue();
        }
        assertThat(StatefulCommands.isStateful(List.of("CLIENT", "SETNAME", "me"))).isTrue();
        assertThat(StatefulCommands.isStateful(List.of("XREAD", "block", "0", "STREAMS", "s", "$"))).isTrue();
    }

    @Test
    void oneRequestOneReplyCommandsAreMultiplexed() {
        for (String verb : List.of("GET", "SET", "INCR", "ZADD", "EVAL", "PUBLISH", "LPOP")) {
            assertThat(StatefulCommands.isStateful(List.of(verb, "x"))).as(verb).isFalse();
        }
        assertThat(StatefulCommands.isStateful(List.of("CLIENT", "ID"))).isFalse();
        assertThat(StatefulCommands.isStateful(List.of("CLIENT"))).isFalse();
        assertThat(StatefulCommands.isStateful(List.of("XREAD", "COUNT", "1", "STREAMS", "s", "0"))).isFalse();
        assertThat(StatefulCommands.needOwnConnection(List.of(List.of("GET", "a"), List.of("MULTI")))).isTrue();
    }
}
