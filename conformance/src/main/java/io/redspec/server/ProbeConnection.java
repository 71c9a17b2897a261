package io.redspec.server;

import io.redspec.resp.Endpoint;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Just enough RESP2 to start, probe and stop a server (PING, AUTH, INFO, SHUTDOWN). Stand-in until
 * the project's RespConnection is available; replies come back as text, errors as {@link ErrorReply}.
 */
final class ProbeConnection implements Closeable {

    /** The server answered with an error reply ({@code -ERR ...}). */
    static final class ErrorReply extends IOException {
        ErrorReply(String message) {
            super(message);
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private ProbeConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Connects (TLS if the endpoint says so) and authenticates when the endpoint has a password. */
    static ProbeConnection open(Endpoint endpoint, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), millis);
            plain.setSoTimeout(millis);
            Socket socket = endpoint.tls() ? startTls(plain, endpoint) : plain;
            ProbeConnection connection = new ProbeConnection(socket);
            if (endpoint.password() != null) {
                if (endpoint.user() != null) {
                    connection.call("AUTH", endpoint.user(), endpoint.password());
                } else {
                    connection.call("AUTH", endpoint.password());
                }
            }
            return connection;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private static Socket startTls(Socket plain, Endpoint endpoint) throws IOException {
        SSLSocketFactory factory = endpoint.tlsInsecure() ? trustAllContext().getSocketFactory()
                : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket tls = (SSLSocket) factory.createSocket(plain, endpoint.host(), endpoint.port(), true);
        if (!endpoint.tlsInsecure()) {
            SSLParameters params = tls.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(params);
        }
        tls.startHandshake();
        return tls;
    }

    /** A TLS context that accepts any certificate: only for self-signed test servers. */
    static SSLContext trustAllContext() {
        TrustManager trustAll = new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** Sends one command and returns its reply as text (arrays: elements joined by newlines). */
    String call(String... args) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + args.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(bytes);
            request.writeBytes(new byte[] {'\r', '\n'});
        }
        out.write(request.toByteArray());
        out.flush();
        return readReply();
    }

    private String readReply() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("connection closed by the server");
        }
        String line = readLine();
        switch (type) {
            case '+', ':' -> { return line; }
            case '-' -> throw new ErrorReply(line);
            case '$' -> {
                int length = Integer.parseInt(line);
                if (length < 0) return null;
                byte[] bytes = in.readNBytes(length + 2);
                if (bytes.length < length + 2) throw new EOFException("connection closed inside a reply");
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            case '*' -> {
                int count = Integer.parseInt(line);
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    if (i > 0) joined.append('\n');
                    joined.append(readReply());
                }
                return count < 0 ? null : joined.toString();
            }
            default -> throw new IOException("not a RESP2 reply (starts with byte " + type + ")");
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) throw new EOFException("connection closed inside a reply");
            if (b != '\r') line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
