package io.redspec.engine;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespHandshakeException;
import java.io.IOException;
import java.time.Duration;

/**
 * Asks once, before any case, whether the server speaks RESP3: a server that refuses {@code HELLO 3}
 * (e.g. with NOPROTO) would otherwise fail every RESP3 case run with that same line.
 */
final class Resp3Probe {
    private Resp3Probe() {}

    /** The refusal in one line ({@code the server refused HELLO 3: NOPROTO …}); null when RESP3 works. */
    static String refusal(Endpoint endpoint, Duration timeout) {
        try (RespConnection c = RespConnection.open(endpoint, 3, timeout)) {
            return null;
        } catch (RespHandshakeException e) {
            return "the server refused HELLO 3 (" + e.getMessage() + ")";
        } catch (IOException e) {
            return null; // not a refusal: the cases will say what is wrong with the connection
        }
    }
}
