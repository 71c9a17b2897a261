package io.redspec.exec;

import io.redspec.resp.RespHandshakeException;
import io.redspec.resp.RespProtocolException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Tells a connection that never came up (refused, no route, handshake refused) from one that broke
 * while talking: the first is a target problem, the second a server's reply problem.
 */
public final class ConnectionFailures {
    private ConnectionFailures() {}

    public static FailureKind kindOf(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof RespHandshakeException) {
                return FailureKind.CANNOT_CONNECT;
            }
            if (t instanceof RespProtocolException) {
                return FailureKind.PROTOCOL_ERROR;
            }
        }
        String m = e.getMessage();
        return m != null && m.startsWith("cannot connect") ? FailureKind.CANNOT_CONNECT : FailureKind.PROTOCOL_ERROR;
    }
}
