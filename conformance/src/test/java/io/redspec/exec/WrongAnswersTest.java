package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of wrong answer --mutate=steps gives: different from the reply, and of the promised sort. */
class WrongAnswersTest {
    static final List<RespValue> REPLIES = List.of(new SimpleString("OK"), BulkString.of("v"), new RespInteger(3),
            new RespDouble(1.5, "1.5"), new RespBoolean(true), new RespNull(RespNull.Kind.BULK),
            new RespArray(List.of(BulkString.of("a"), BulkString.of("b"))), new RespArray(List.of()),
            new RespSet(List.of(BulkString.of("a"))), new RespError("ERR no", false));

    @Test
    void everyKindThatAppliesChangesTheReply() {
        for (RespValue r : REPLIES) {
            for (WrongAnswers.Kind k : WrongAnswers.Kind.values()) {
                RespValue w = WrongAnswers.of(r, k);
                if (w != null) {
                    assertThat(w).as(k + " of " + r).isNotEqualTo(r);
                }
            }
            assertThat(WrongAnswers.of(r)).as("all at once of " + r).isNotEqualTo(r);
        }
    }

    @Test
    void wrongTypeKeepsTheTextAndChangesTheWireType() {
        assertThat(WrongAnswers.of(new RespInteger(3), WrongAnswers.Kind.TYPE)).isEqualTo(BulkString.of("3"));
        assertThat(WrongAnswers.of(new SimpleString("OK"), WrongAnswers.Kind.TYPE)).isEqualTo(BulkString.of("OK"));
        assertThat(WrongAnswers.of(BulkString.of("v"), WrongAnswers.Kind.TYPE)).isEqualTo(new SimpleString("v"));
    }

    @Test
    void onlyAggregatesHaveAnElementToDrop() {
        assertThat(WrongAnswers.of(new RespInteger(3), WrongAnswers.Kind.DROPPED)).isNull();
        assertThat(WrongAnswers.of(new RespArray(List.of()), WrongAnswers.Kind.DROPPED)).isNull();
        assertThat(WrongAnswers.of(new RespArray(List.of(BulkString.of("a"), BulkString.of("b"))), WrongAnswers.Kind.DROPPED))
                .isEqualTo(new RespArray(List.of(BulkString.of("a"))));
        assertThat(WrongAnswers.of(BulkString.of("v"), WrongAnswers.Kind.NULL)).isInstanceOf(RespNull.class);
    }
}
