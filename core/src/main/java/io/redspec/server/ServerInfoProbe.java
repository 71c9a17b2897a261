package io.redspec.server;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Asks a server what it is ({@code INFO server}) and whether it answers ({@code PING}), for every target kind. */
final class ServerInfoProbe {

    private ServerInfoProbe() {
    }

    /** @throws TargetException when the server cannot be reached or refuses PING */
    static void ping(Endpoint endpoint, Duration timeout) {
        try (RespConnection connection = RespConnection.open(endpoint, 2, timeout)) {
            RespValue pong = connection.call("PING");
            if (pong instanceof RespValue.RespError e) {
                throw new TargetException("cannot use " + endpoint.display() + ": PING answered " + e.message());
            }
        } catch (IOException e) {
            throw new TargetException(describe(endpoint, e), e);
        }
    }

    static ServerInfo read(Endpoint endpoint, Duration timeout) {
        try (RespConnection connection = RespConnection.open(endpoint, 2, timeout)) {
            String text = infoText(connection.call("INFO", "server"));
            ServerInfo info = ServerInfo.fromInfo(text);
            if (info.flavour() == Flavour.REDIS) {
                // KeyDB 6.3.0+ has its own section; Redis answers an unknown section with nothing,
                // and a server that rejects the section is not KeyDB.
                RespValue keydb = connection.call("INFO", "keydb");
                if (!(keydb instanceof RespValue.RespError) && !infoText(keydb).isBlank()) {
                    info = ServerInfo.fromInfo(text + "\r\n" + infoText(keydb));
                }
            }
            return info;
        } catch (IOException e) {
            throw new TargetException("cannot read INFO from " + endpoint.display() + ": " + describe(endpoint, e), e);
        }
    }

    /** The client's messages already say where and what (connect, TLS, AUTH, SELECT, timeout). */
    private static String describe(Endpoint endpoint, IOException e) {
        if (e instanceof UnknownHostException) return "cannot connect to " + endpoint.display() + ": unknown host";
        String message = e.getMessage();
        return message == null || message.isBlank() ? "cannot connect to " + endpoint.display() + ": "
                + e.getClass().getSimpleName() : message;
    }

    private static String infoText(RespValue reply) throws IOException {
        if (reply instanceof RespValue.BulkString b) return b.text();
        if (reply instanceof RespValue.VerbatimString v) return v.text();
        if (reply instanceof RespValue.RespError e) throw new IOException(e.message());
        throw new IOException("INFO answered " + RespFormatter.formatInline(reply));
    }
}
