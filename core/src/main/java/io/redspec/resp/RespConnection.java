package io.redspec.resp;

import io.redspec.resp.RespValue.*;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection to a Redis-compatible server that hands back replies with their exact wire
 * types. After a protocol error, end of stream or a timeout inside a reply it is
 * {@link #isBroken() broken} and must be closed. Not thread-safe.
 */
public final class RespConnection implements AutoCloseable {

    private final Endpoint endpoint;
    private final int protocol;
    private final Duration timeout;
    private final Socket socket;
    private final RespReader reader;
    private final RespWriter writer;
    private Map<String, RespValue> hello;
    private boolean broken;

    private RespConnection(Endpoint endpoint, int protocol, Duration timeout, Socket socket) throws IOException {
        this.endpoint = endpoint;
        this.protocol = protocol;
        this.timeout = timeout;
        this.socket = socket;
        this.reader = new RespReader(socket.getInputStream());
        this.writer = new RespWriter(new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
    }

    /**
     * Connects (TLS for {@code rediss}), then says hello: {@code HELLO 3 [AUTH user pass]} for
     * protocol 3, {@code AUTH [user] pass} for protocol 2 when a password is set, then
     * {@code SELECT db} unless db is 0. {@code timeout} bounds the connect and every blocking read.
     *
     * @throws RespHandshakeException when the server refuses HELLO, AUTH or SELECT
     */
    public static RespConnection open(Endpoint ep, int protocol, Duration timeout) throws IOException {
        if (protocol != 2 && protocol != 3) {
            throw new IllegalArgumentException("protocol must be 2 or 3, not " + protocol);
        }
        int millis = millis(timeout);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            connect(socket, ep, millis);
            socket.setSoTimeout(millis);
            if (ep.tls()) {
                socket = startTls(socket, ep);
            }
            RespConnection connection = new RespConnection(ep, protocol, timeout, socket);
            connection.handshake();
            return connection;
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private static void connect(Socket socket, Endpoint ep, int millis) throws IOException {
        try {
            socket.connect(new InetSocketAddress(ep.host(), ep.port()), millis);
        } catch (IOException e) {
            throw withContext(e, "cannot connect to " + ep.display() + ": ");
        }
    }

    /** The same kind of exception (timeout, EOF, protocol, refused …) with a message saying where it happened. */
    private static IOException withContext(IOException e, String prefix) {
        return withContext(e, prefix, "");
    }

    private static IOException withContext(IOException e, String prefix, String suffix) {
        String message = prefix + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + suffix;
        IOException wrapped;
        if (e instanceof SocketTimeoutException) wrapped = new SocketTimeoutException(message);
        else if (e instanceof EOFException) wrapped = new EOFException(message);
        else if (e instanceof RespProtocolException) wrapped = new RespProtocolException(message);
        else if (e instanceof ConnectException) wrapped = new ConnectException(message);
        else if (e instanceof UnknownHostException) wrapped = new UnknownHostException(message);
        else wrapped = new IOException(message);
        wrapped.initCause(e);
        return wrapped;
    }

    private static Socket startTls(Socket plain, Endpoint ep) throws IOException {
        try {
            return Tls.handshake(plain, ep);
        } catch (IOException e) {
            String hint = Tls.looksLikePlainServer(e) ? "; " + Tls.PLAIN_SERVER_HINT : "";
            throw withContext(e, "TLS handshake with " + ep.display() + " failed: ", hint);
        }
    }

    private void handshake() throws IOException {
        String where = " on " + endpoint.display();
        for (Handshake.Command command : Handshake.commands(endpoint, protocol)) {
            RespValue reply = handshakeCall(args(command.argv().toArray(String[]::new)), command.shown(), where);
            if (command.hello()) {
                hello = helloMap(reply);
                if (hello == null) {
                    throw new RespHandshakeException(command.shown() + " failed" + where + ": expected a map, got "
                            + RespFormatter.formatInline(reply));
                }
            } else {
                expectOk(reply, command.shown(), where);
            }
        }
    }

    private RespValue handshakeCall(List<byte[]> cmd, String shown, String where) throws IOException {
        RespValue reply;
        try {
            reply = call(cmd);
        } catch (IOException e) {
            throw withContext(e, shown + " failed" + where + ": ");
        }
        if (reply instanceof RespError err) {
            throw new RespHandshakeException(shown + " failed" + where + ": " + err.message());
        }
        return reply;
    }

    private static void expectOk(RespValue reply, String shown, String where) throws RespHandshakeException {
        if (!(reply instanceof SimpleString s && s.value().equals("OK"))) {
            throw new RespHandshakeException(shown + " failed" + where + ": expected OK, got "
                    + RespFormatter.formatInline(reply));
        }
    }

    /** A HELLO reply as field name to value; RESP3 sends a map, a RESP2-minded server an array. */
    private static Map<String, RespValue> helloMap(RespValue reply) {
        Map<String, RespValue> fields = new LinkedHashMap<>();
        if (reply instanceof RespMap m) {
            m.entries().forEach(e -> fields.put(keyText(e.getKey()), e.getValue()));
        } else if (reply instanceof RespArray a && a.elements().size() % 2 == 0) {
            for (int i = 0; i < a.elements().size(); i += 2) {
                fields.put(keyText(a.elements().get(i)), a.elements().get(i + 1));
            }
        } else {
            return null;
        }
        return Collections.unmodifiableMap(fields);
    }

    private static String keyText(RespValue key) {
        if (key instanceof BulkString b) return b.text();
        if (key instanceof SimpleString s) return s.value();
        if (key instanceof VerbatimString v) return v.text();
        return RespFormatter.formatInline(key);
    }

    /** Writes one command and flushes; the reply is read with {@link #read} or {@link #poll}. */
    public void send(List<byte[]> args) throws IOException {
        checkUsable();
        try {
            writer.write(args);
            writer.flush();
        } catch (IOException e) {
            broken = true;
            throw e;
        }
    }

    /** Reads the next reply with the connection's timeout. */
    public RespValue read() throws IOException {
        return read(timeout);
    }

    /**
     * Reads the next reply (or push). {@link SocketTimeoutException} if nothing arrives in time;
     * the timeout applies to each wait for more bytes. A timeout before the first byte leaves the
     * connection usable (the reply may still come); any failure inside a reply breaks it.
     */
    public RespValue read(Duration timeout) throws IOException {
        checkUsable();
        try {
            socket.setSoTimeout(millis(timeout));
            return reader.read();
        } catch (SocketTimeoutException e) {
            if (reader.midFrame()) {
                broken = true;
                SocketTimeoutException t = new SocketTimeoutException("timed out in the middle of a reply from "
                        + endpoint.display() + " after " + timeout.toMillis() + " ms; the connection is no longer usable");
                t.initCause(e);
                throw t;
            }
            SocketTimeoutException t = new SocketTimeoutException("no reply from " + endpoint.display()
                    + " within " + timeout.toMillis() + " ms");
            t.initCause(e);
            throw t;
        } catch (IOException | RuntimeException e) {
            broken = true;
            throw e;
        }
    }

    /**
     * Waits at most {@code wait} for a reply or push to begin; empty if none does. Once one has
     * begun it is read with the connection's timeout.
     */
    public Optional<RespValue> poll(Duration wait) throws IOException {
        checkUsable();
        if (!reader.hasBufferedBytes()) {
            try {
                socket.setSoTimeout(millis(wait));
                reader.awaitData();
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                broken = true;
                throw e;
            }
        }
        return Optional.of(read(timeout));
    }

    /** Sends one command and reads its reply. */
    public RespValue call(List<byte[]> args) throws IOException {
        send(args);
        return read(timeout);
    }

    public RespValue call(String... args) throws IOException {
        return call(args(args));
    }

    /** The attributes ({@code |}) that came with the last reply read, null if none. */
    public RespMap lastAttributes() {
        return reader.lastAttributes();
    }

    public int protocol() {
        return protocol;
    }

    /** The HELLO reply's fields (server, version, proto, id, mode, role, modules); null for protocol 2. */
    public Map<String, RespValue> hello() {
        return hello;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Duration timeout() {
        return timeout;
    }

    /** True after a protocol error, end of stream, I/O error or timeout inside a reply. */
    public boolean isBroken() {
        return broken;
    }

    @Override
    public void close() {
        broken = true;
        closeQuietly(socket);
    }

    /** Command arguments from text, UTF-8 encoded. */
    public static List<byte[]> args(String... s) {
        List<byte[]> out = new ArrayList<>(s.length);
        for (String a : s) {
            out.add(a.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private void checkUsable() throws IOException {
        if (broken) {
            throw new IOException("connection to " + endpoint.display() + " is broken or closed; open a new one");
        }
    }

    /** Socket timeouts in ms; 0 would mean "forever", so the shortest wait is 1 ms. */
    private static int millis(Duration d) {
        long ms = d.toMillis();
        return (int) Math.max(1, Math.min(ms, Integer.MAX_VALUE));
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing useful to do: the connection is being thrown away
        }
    }
}
