package io.redspec.resp;

import java.io.IOException;

/** The server refused the connection handshake (HELLO, AUTH or SELECT); the message carries its reply. */
public class RespHandshakeException extends IOException {

    public RespHandshakeException(String message) {
        super(message);
    }
}
