package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.resp.RespConnection;
import org.junit.jupiter.api.Test;

/** Which databases a sent command names, so the case's keys are deleted there too. */
class DatabasesNamedTest {
    @Test
    void selectMoveCopyDbAndSwapdbNameTheirDatabases() {
        assertThat(DatabasesNamed.in(RespConnection.args("SELECT", "9"))).containsExactly(9);
        assertThat(DatabasesNamed.in(RespConnection.args("select", "3"))).containsExactly(3);
        assertThat(DatabasesNamed.in(RespConnection.args("MOVE", "k", "9"))).containsExactly(9);
        assertThat(DatabasesNamed.in(RespConnection.args("COPY", "a", "b", "DB", "12", "REPLACE"))).containsExactly(12);
        assertThat(DatabasesNamed.in(RespConnection.args("COPY", "a", "b", "REPLACE", "db", "4"))).containsExactly(4);
        assertThat(DatabasesNamed.in(RespConnection.args("SWAPDB", "9", "10"))).containsExactly(9, 10);
    }

    @Test
    void keysNamedLikeDbAndBadIndexesNameNothing() {
        assertThat(DatabasesNamed.in(RespConnection.args("COPY", "DB", "7"))).isEmpty(); // source and destination keys
        assertThat(DatabasesNamed.in(RespConnection.args("MOVE", "k", "abc"))).isEmpty();
        assertThat(DatabasesNamed.in(RespConnection.args("MOVE", "k", "-1"))).isEmpty();
        assertThat(DatabasesNamed.in(RespConnection.args("MOVE", "k"))).isEmpty();
        assertThat(DatabasesNamed.in(RespConnection.args("SET", "9", "9"))).isEmpty();
        assertThat(DatabasesNamed.in(RespConnection.args())).isEmpty();
    }
}
