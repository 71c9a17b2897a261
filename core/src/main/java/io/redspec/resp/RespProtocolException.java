package io.redspec.resp;

import java.io.IOException;

/**
 * The peer sent bytes that are not valid RESP (unknown type byte, bad length, missing CRLF, a
 * number that does not parse, a value over a configured limit). The connection is out of step
 * with the peer afterwards and must not be reused.
 */
public class RespProtocolException extends IOException {

    public RespProtocolException(String message) {
        super(message);
    }
}
