package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.redspec.resp.RespValue;
import io.redspec.resp.RespValue.BulkString;
import io.redspec.resp.RespValue.RespArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanLoopTest {

    private static RespValue reply(String cursor, String... elements) {
        List<RespValue> batch = new ArrayList<>();
        for (String e : elements) {
            batch.add(BulkString.of(e));
        }
        return new RespArray(List.of(BulkString.of(cursor), new RespArray(batch)));
    }

    /** Answers with the given replies in turn and records the cursors it was called with. */
    private static final class Script implements ScanLoop.Call {
        final Deque<RespValue> replies;
        final List<String> cursors = new ArrayList<>();

        Script(RespValue... replies) {
            this.replies = new ArrayDeque<>(List.of(replies));
        }

        @Override
        public RespValue send(byte[] cursor) {
            cursors.add(new String(cursor, StandardCharsets.UTF_8));
            return replies.isEmpty() ? reply("7") : replies.poll();
        }
    }

    @Test
    void followsTheCursorUntilZeroAndKeepsEachElementOnce() throws Exception {
        Script s = new Script(reply("12", "a", "b"), reply("5"), reply("0", "b", "c"));
        ScanLoop.Union u = ScanLoop.run(s, false);
        assertThat(s.cursors).containsExactly("0", "12", "5");
        assertThat(u.calls()).isEqualTo(3);
        assertThat(u.asReply(false, true)).isEqualTo(new RespArray(List.of(BulkString.of("a"), BulkString.of("b"), BulkString.of("c"))));
    }

    @Test
    void anEmptyBatchWithACursorIsNotTheEnd() throws Exception {
        // the empty middle batch must not end the loop: "c" comes only after it
        Script s = new Script(reply("3"), reply("0", "c"));
        assertThat(ScanLoop.run(s, false).asReply(false, false)).isEqualTo(new RespArray(List.of(BulkString.of("c"))));
    }

    @Test
    void pairsBecomeAMapUnderResp3AndAFlatArrayUnderResp2() throws Exception {
        ScanLoop.Union u = ScanLoop.run(new Script(reply("9", "f1", "v1"), reply("0", "f2", "v2", "f1", "v1")), true);
        RespValue resp3 = u.asReply(true, true);
        assertThat(resp3).isInstanceOf(RespValue.RespMap.class);
        assertThat(((RespValue.RespMap) resp3).entries()).hasSize(2);
        assertThat(u.asReply(true, false)).isEqualTo(new RespArray(List.of(
                BulkString.of("f1"), BulkString.of("v1"), BulkString.of("f2"), BulkString.of("v2"))));
    }

    @Test
    void aFieldWithTwoValuesIsAProblem() {
        ScanLoop.Problem p = catchThrowableOfType(ScanLoop.Problem.class,
                () -> ScanLoop.run(new Script(reply("9", "f1", "v1"), reply("0", "f1", "other")), true));
        assertThat(p).hasMessageContaining("came with two values");
    }

    @Test
    void malformedRepliesAreProblems() {
        assertThat(catchThrowableOfType(ScanLoop.Problem.class,
                () -> ScanLoop.run(new Script(new RespValue.SimpleString("OK")), false)))
                .hasMessageContaining("a cursor reply is an array");
        RespValue simpleCursor = new RespArray(List.of(new RespValue.SimpleString("0"), new RespArray(List.of())));
        assertThat(catchThrowableOfType(ScanLoop.Problem.class, () -> ScanLoop.run(new Script(simpleCursor), false)))
                .hasMessageContaining("bulk-string cursor");
        RespValue intElement = new RespArray(List.of(BulkString.of("0"), new RespArray(List.of(new RespValue.RespInteger(1)))));
        assertThat(catchThrowableOfType(ScanLoop.Problem.class, () -> ScanLoop.run(new Script(intElement), false)))
                .hasMessageContaining("bulk string");
        assertThat(catchThrowableOfType(ScanLoop.Problem.class, () -> ScanLoop.run(new Script(reply("0", "f1")), true)))
                .hasMessageContaining("odd number");
    }

    @Test
    void aCursorThatNeverReturnsToZeroEndsTheLoop() {
        Script forever = new Script();
        ScanLoop.Problem p = catchThrowableOfType(ScanLoop.Problem.class, () -> ScanLoop.run(forever, false));
        assertThat(p).hasMessageContaining("did not come back to 0 within " + ScanLoop.MAX_CALLS);
        assertThat(forever.cursors).hasSize(ScanLoop.MAX_CALLS);
    }

    @Test
    void sameAsComparesElementsOrPairsAsText() throws Exception {
        ScanLoop.Union elements = ScanLoop.run(new Script(reply("0", "a", "b")), false);
        assertThat(ScanLoop.differs(elements, new RespValue.RespSet(List.of(BulkString.of("b"), BulkString.of("a"))), false)).isNull();
        assertThat(ScanLoop.differs(elements, new RespArray(List.of(BulkString.of("a"), BulkString.of("c"))), false))
                .contains("never returned: \"c\"").contains("returned but not in the collection: \"b\"");

        ScanLoop.Union scores = ScanLoop.run(new Script(reply("0", "m1", "1", "m2", "2.5")), true);
        RespValue resp3Withscores = new RespArray(List.of(
                new RespArray(List.of(BulkString.of("m1"), new RespValue.RespDouble(1, "1"))),
                new RespArray(List.of(BulkString.of("m2"), new RespValue.RespDouble(2.5, "2.5")))));
        assertThat(ScanLoop.differs(scores, resp3Withscores, true)).isNull();
        RespValue flatWrongScore = new RespArray(List.of(BulkString.of("m1"), BulkString.of("1"), BulkString.of("m2"), BulkString.of("3")));
        assertThat(ScanLoop.differs(scores, flatWrongScore, true)).contains("\"m2\"=\"3\"").contains("\"m2\"=\"2.5\"");
        assertThat(ScanLoop.differs(scores, BulkString.of("x"), true)).contains("not field/value pairs");
    }
}
