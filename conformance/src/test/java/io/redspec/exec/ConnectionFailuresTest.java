package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.resp.RespHandshakeException;
import io.redspec.resp.RespProtocolException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** A connection that never came up is "cannot connect"; one that broke while talking is a protocol error. */
class ConnectionFailuresTest {
    @Test
    void refusedAndRefusedHandshakeAreCannotConnect() {
        assertThat(ConnectionFailures.kindOf(new ConnectException("cannot connect to 127.0.0.1:7899: refused")))
                .isEqualTo(FailureKind.CANNOT_CONNECT);
        assertThat(ConnectionFailures.kindOf(new RespHandshakeException("HELLO 3 failed: NOPROTO")))
                .isEqualTo(FailureKind.CANNOT_CONNECT);
        IOException wrapped = new IOException("case x", new ConnectException("refused"));
        assertThat(ConnectionFailures.kindOf(wrapped)).isEqualTo(FailureKind.CANNOT_CONNECT);
    }

    @Test
    void aBrokenConversationIsAProtocolError() {
        assertThat(ConnectionFailures.kindOf(new EOFException("end of stream"))).isEqualTo(FailureKind.PROTOCOL_ERROR);
        assertThat(ConnectionFailures.kindOf(new RespProtocolException("not RESP: 'x'"))).isEqualTo(FailureKind.PROTOCOL_ERROR);
    }
}
