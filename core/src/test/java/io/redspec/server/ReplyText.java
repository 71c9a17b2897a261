package io.redspec.server;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.Collectors;

/** For the server tests: a RESP2 connection whose replies are read as text (arrays joined by newlines, errors as their message). */
final class ReplyText implements AutoCloseable {
    private final RespConnection connection;

    private ReplyText(RespConnection connection) {
        this.connection = connection;
    }

    static ReplyText open(Endpoint endpoint, Duration timeout) throws IOException {
        return new ReplyText(RespConnection.open(endpoint, 2, timeout));
    }

    String call(String... args) throws IOException {
        return text(connection.call(args));
    }

    static String text(RespValue reply) {
        if (reply instanceof RespValue.SimpleString s) return s.value();
        if (reply instanceof RespValue.BulkString b) return b.text();
        if (reply instanceof RespValue.RespInteger i) return Long.toString(i.value());
        if (reply instanceof RespValue.RespError e) return e.message();
        if (reply instanceof RespValue.RespNull) return null;
        if (reply instanceof RespValue.RespArray a) {
            return a.elements().stream().map(ReplyText::text).collect(Collectors.joining("\n"));
        }
        return RespFormatter.formatInline(reply);
    }

    @Override
    public void close() {
        connection.close();
    }
}
