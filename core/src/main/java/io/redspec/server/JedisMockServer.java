package io.redspec.server;

import com.github.fppt.jedismock.RedisServer;
import io.redspec.resp.Endpoint;
import java.io.IOException;
import java.net.InetAddress;

/**
 * jedis-mock (com.github.fppt:jedis-mock), a Redis-compatible server written in Java, started in
 * this JVM on a free loopback port: a third-party implementation under test, whose deviations are
 * genuine findings. Its data lives only in this process and goes with {@link #close()}.
 */
final class JedisMockServer implements AutoCloseable {
    static final String TARGET = "jedis-mock";
    private final RedisServer server;

    private JedisMockServer(RedisServer server) {
        this.server = server;
    }

    static JedisMockServer start() {
        try {
            RedisServer s = RedisServer.newRedisServer(0, InetAddress.getLoopbackAddress()).start();
            return new JedisMockServer(s);
        } catch (IOException e) {
            throw new TargetException("cannot start jedis-mock on the loopback interface: " + e.getMessage(), e);
        }
    }

    Endpoint endpoint() {
        return Endpoint.parse("redis://127.0.0.1:" + server.getBindPort());
    }

    /** The library's version, from its jar's manifest or Maven metadata; null if neither says. */
    static String version() {
        String v = RedisServer.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (var in = RedisServer.class.getResourceAsStream("/META-INF/maven/com.github.fppt/jedis-mock/pom.properties")) {
            if (in == null) {
                return null;
            }
            var p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            // stopping an in-process server that already failed: nothing left to release
        }
    }
}
