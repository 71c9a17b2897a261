package io.redspec.exec;

import io.redspec.resp.RespConnection;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named connections of one case run, opened on first use and all closed at the end. */
final class CaseClients implements AutoCloseable {
    private final RunSettings settings;
    private final int protocol;
    private final Map<String, RespConnection> open = new LinkedHashMap<>();

    CaseClients(RunSettings settings, int protocol) {
        this.settings = settings;
        this.protocol = protocol;
    }

    RespConnection get(String name) throws IOException {
        RespConnection c = open.get(name);
        if (c == null) {
            c = RespConnection.open(settings.endpoint(), protocol, settings.timeout());
            open.put(name, c);
        }
        return c;
    }

    @Override
    public void close() {
        for (RespConnection c : open.values()) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a broken connection may fail; nothing else to do with it
            }
        }
        open.clear();
    }
}
