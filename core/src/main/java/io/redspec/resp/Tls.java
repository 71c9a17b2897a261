package io.redspec.resp;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The one TLS client set-up of the project: verifying (JVM trust store, host name) or, if asked, trusting anything. */
public final class Tls {
    private Tls() {}

    /** What an {@code rediss://} handshake with a server that only speaks plain RESP looks like, as a hint. */
    static final String PLAIN_SERVER_HINT = "the server may not speak TLS (try redis:// instead of rediss://)";

    /** A context that accepts any certificate: only for self-signed test servers ({@code --tls-insecure}). */
    public static SSLContext trustAllContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps a connected socket and completes the handshake. Verifying checks the chain against the
     * JVM's trust store ({@code javax.net.ssl.trustStore}) and the host name against the certificate.
     */
    static SSLSocket handshake(Socket plain, Endpoint ep) throws IOException {
        SSLContext context;
        try {
            context = ep.tlsInsecure() ? trustAllContext() : SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, ep.host(), ep.port(), true);
        if (!ep.tlsInsecure()) {
            SSLParameters params = tls.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(params);
        }
        tls.startHandshake();
        return tls;
    }

    /**
     * A plain server reads the ClientHello as the start of an inline command and waits for its end
     * (a timeout), or answers with a RESP error (not a TLS record); either way TLS is what failed.
     */
    static boolean looksLikePlainServer(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return true;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        return e instanceof SSLException && (m.contains("Unsupported or unrecognized SSL message")
                || m.contains("Remote host terminated the handshake") || m.contains("plaintext connection"));
    }

    /** For tlsInsecure: accepts any certificate (host names are not checked without an endpoint algorithm). */
    private static final class TrustEverything implements X509TrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
