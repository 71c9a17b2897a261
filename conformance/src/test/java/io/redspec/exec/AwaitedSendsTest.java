package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.resp.RespValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An awaited reply is paired with its async send only when nothing else could have sent it. */
class AwaitedSendsTest {
    private static final RespValue NULL = new RespValue.RespNull(RespValue.RespNull.Kind.NULL);
    private final AwaitedSends awaited = new AwaitedSends();

    private static List<byte[]> cmd(String... words) {
        return Arrays.stream(words).map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static String name(List<byte[]> args) {
        return args == null ? null : new String(args.get(0), StandardCharsets.UTF_8);
    }

    @Test
    void theOneAsyncSendOfTheClientIsWhatTheReplyAnswers() {
        awaited.sent("a", cmd("BZPOPMIN", "k", "0.2"));
        assertThat(name(awaited.answered("b", NULL))).isNull();
        assertThat(name(awaited.answered("a", NULL))).isEqualTo("BZPOPMIN");
        assertThat(awaited.answered("a", NULL)).as("read once").isNull();
    }

    @Test
    void aPushInBetweenLeavesTheSendWaiting() {
        awaited.sent("a", cmd("BLPOP", "k", "1"));
        RespValue push = new RespValue.RespPush(List.of(new RespValue.BulkString("invalidate".getBytes(StandardCharsets.UTF_8))));
        assertThat(awaited.answered("a", push)).isNull();
        assertThat(name(awaited.answered("a", NULL))).isEqualTo("BLPOP");
    }

    @Test
    void twoWaitingSendsOrAPlainSendInBetweenPairNothing() {
        awaited.sent("a", cmd("BLPOP", "k", "1"));
        awaited.sent("a", cmd("GET", "k"));
        assertThat(awaited.answered("a", NULL)).isNull();
        assertThat(awaited.answered("a", NULL)).isNull();
        awaited.sent("a", cmd("BLPOP", "k", "1"));
        awaited.forget("a");
        assertThat(awaited.answered("a", NULL)).isNull();
    }

    @Test
    void commandsThatDoNotReplyExactlyOnceAreNotPaired() {
        for (String c : List.of("SUBSCRIBE", "monitor", "CLIENT", "HELLO", "RESET")) {
            awaited.sent("a", cmd(c, "x"));
            assertThat(awaited.answered("a", NULL)).as(c).isNull();
        }
    }
}
