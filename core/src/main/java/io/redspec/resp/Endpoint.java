package io.redspec.resp;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where and how to connect: {@code redis://[user:password@]host:port[/db]} or {@code rediss://…}.
 * {@code user} may be null (password-only AUTH); {@code password} null means no AUTH.
 */
public record Endpoint(String host, int port, boolean tls, String user, String password, int db,
                       boolean tlsInsecure) {

    public static final int DEFAULT_PORT = 6379;

    /**
     * The user-info part of any URI in a text: {@code scheme://[user[:password]]@}, up to the last '@'
     * before the host; {@link #redact} finds it by hand (the test holds this form as its reference).
     */
    static final String USER_INFO_FORM = "([A-Za-z][A-Za-z0-9+.-]*://)((?!\\[)[^\\s/?#]*)@";

    public static Endpoint parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + redact(text));
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("redis") || scheme.equals("rediss"))) {
            throw new IllegalArgumentException("not a redis:// or rediss:// URI: " + redact(text));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no host in " + redact(text));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                password = decode(userInfo);
            } else {
                String u = decode(userInfo.substring(0, colon));
                user = u.isEmpty() ? null : u;
                password = decode(userInfo.substring(colon + 1));
            }
        }
        int db = 0;
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            try {
                db = Integer.parseInt(path.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("database must be a number in " + redact(text));
            }
        }
        return new Endpoint(host, port, scheme.equals("rediss"), user, password, db, false);
    }

    /**
     * The text with the password of every URI in it replaced by {@code ***} (the user stays): for
     * anything that may hold a target as typed, such as error messages and the JVM's command line.
     */
    public static String redact(String text) {
        if (text == null || text.indexOf('@') < 0 || !text.contains("://")) { // no URI user info possible
            return text;
        }
        // By hand, what USER_INFO_FORM says: the regex tried a scheme at every letter of the text, and
        // the reports pass thousands of files of JSON through here (1.2 s of CPU per run, measured).
        StringBuilder out = null;
        int from = 0; // where the text not yet copied starts (a match never begins before it)
        for (int sep = text.indexOf("://"); sep >= 0; sep = text.indexOf("://", sep + 1)) {
            if (sep < from || !schemeBefore(text, sep, from)) {
                continue;
            }
            int info = sep + 3;
            int end = info;
            while (end < text.length() && !endsUserInfo(text.charAt(end))) {
                end++;
            }
            int at = text.lastIndexOf('@', end - 1);
            if (at < info || text.startsWith("[", info)) {
                continue;
            }
            String user = text.substring(info, at);
            int colon = user.indexOf(':');
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, from, info).append(colon < 0 ? "***" : user.substring(0, colon) + ":***").append('@');
            from = at + 1;
            sep = at; // the next "://" is searched for after the '@'
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** A scheme ends at {@code sep}: some {@code [A-Za-z0-9+.-]} chars after {@code from}, the first of them a letter. */
    private static boolean schemeBefore(String text, int sep, int from) {
        boolean letter = false;
        for (int i = sep - 1; i >= from && schemeChar(text.charAt(i)); i--) {
            char c = text.charAt(i);
            letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return letter;
    }

    private static boolean schemeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    /** What {@code [^\\s/?#]} leaves out: the regex's \\s (ASCII white space) and the URI delimiters. */
    private static boolean endsUserInfo(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '/' || c == '?' || c == '#';
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public Endpoint withTlsInsecure(boolean insecure) {
        return new Endpoint(host, port, tls, user, password, db, insecure);
    }

    /** The same server and credentials, selecting another database after the handshake. */
    public Endpoint withDb(int database) {
        return new Endpoint(host, port, tls, user, password, database, tlsInsecure);
    }

    /** The URI without the password, safe to print. */
    public String display() {
        String auth = user != null ? user + (password != null ? ":***@" : "@") : (password != null ? ":***@" : "");
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "rediss://" : "redis://") + auth + h + ":" + port + (db != 0 ? "/" + db : "");
    }
}
