package io.redspec.resp;

import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RespConnection against a scripted peer on loopback port 6190, for what a real server will not
 * do on demand: refuse HELLO, send garbage, stop in the middle of a reply.
 */
class RespConnectionFakeServerTest {

    static final int PORT = 6190;
    static final Endpoint EP = new Endpoint("127.0.0.1", PORT, false, null, null, 0, false);
    static final String HELLO_MAP = "%1\r\n$5\r\nproto\r\n:3\r\n";

    private FakeServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
    }

    /** Answers the n-th command with the n-th script entry, then closes or keeps the socket open. */
    static final class FakeServer implements AutoCloseable {
        final ServerSocket listener;
        final Thread thread;
        final CountDownLatch done = new CountDownLatch(1);
        final List<List<byte[]>> received = new ArrayList<>();

        FakeServer(boolean closeAfterScript, String... script) throws IOException {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress("127.0.0.1", PORT));
            listener.setSoTimeout(10_000);
            thread = new Thread(() -> serve(closeAfterScript, script), "fake-redis");
            thread.setDaemon(true);
            thread.start();
        }

        private void serve(boolean closeAfterScript, String[] script) {
            try (Socket s = listener.accept()) {
                RespReader in = new RespReader(s.getInputStream());
                OutputStream out = s.getOutputStream();
                for (String reply : script) {
                    RespArray cmd = (RespArray) in.read();
                    List<byte[]> args = new ArrayList<>();
                    cmd.elements().forEach(e -> args.add(((BulkString) e).bytes()));
                    synchronized (received) {
                        received.add(args);
                    }
                    out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
                if (!closeAfterScript) {
                    done.await(10, TimeUnit.SECONDS);
                }
            } catch (IOException | InterruptedException ignored) {
                // the test decides what happened; the fake just stops
            }
        }

        @Override
        public void close() throws Exception {
            done.countDown();
            listener.close();
            thread.join(10_000);
        }
    }

    @Test
    void helloRefusedByAResp2OnlyServer() throws Exception {
        server = new FakeServer(true, "-ERR unknown command 'HELLO'\r\n");
        assertThatThrownBy(() -> RespConnection.open(EP, 3, Duration.ofSeconds(5)))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessage("HELLO 3 failed on redis://127.0.0.1:6190: ERR unknown command 'HELLO'");
    }

    @Test
    void helloSendsAuthInsideAndDefaultUser() throws Exception {
        server = new FakeServer(false, HELLO_MAP);
        Endpoint withPassword = new Endpoint("127.0.0.1", PORT, false, null, "pw", 0, false);
        try (RespConnection c = RespConnection.open(withPassword, 3, Duration.ofSeconds(5))) {
            assertThat(c.hello()).containsEntry("proto", new RespInteger(3));
        }
        synchronized (server.received) {
            assertThat(server.received.get(0)).extracting(b -> new String(b, StandardCharsets.UTF_8))
                    .containsExactly("HELLO", "3", "AUTH", "default", "pw");
        }
    }

    @Test
    void helloReplyThatIsNotAMap() throws Exception {
        server = new FakeServer(true, "+OK\r\n");
        assertThatThrownBy(() -> RespConnection.open(EP, 3, Duration.ofSeconds(5)))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("expected a map, got OK (simple)");
    }

    @Test
    void authReplyThatIsNotOk() throws Exception {
        server = new FakeServer(true, ":1\r\n");
        Endpoint withPassword = new Endpoint("127.0.0.1", PORT, false, null, "pw", 0, false);
        assertThatThrownBy(() -> RespConnection.open(withPassword, 2, Duration.ofSeconds(5)))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessage("AUTH *** failed on redis://:***@127.0.0.1:6190: expected OK, got (integer) 1");
    }

    @Test
    void serverClosingDuringTheHandshake() throws Exception {
        server = new FakeServer(true, "%1\r\n$5\r\npro");
        assertThatThrownBy(() -> RespConnection.open(EP, 3, Duration.ofSeconds(5)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("HELLO 3 failed")
                .hasMessageContaining("end of stream in the middle of a reply");
    }

    @Test
    void timeoutInTheMiddleOfAReplyBreaksTheConnection() throws Exception {
        server = new FakeServer(false, "$5\r\nab");
        try (RespConnection c = RespConnection.open(EP, 2, Duration.ofSeconds(5))) {
            c.send(RespConnection.args("GET", "k"));
            assertThatThrownBy(() -> c.read(Duration.ofMillis(100)))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("in the middle of a reply");
            assertThat(c.isBroken()).isTrue();
            assertThatThrownBy(() -> c.read(Duration.ofMillis(100))).hasMessageContaining("broken");
        }
    }

    @Test
    void pollReadsAStartedReplyWithTheNormalTimeout() throws Exception {
        server = new FakeServer(false, "*2\r\n:1\r\n");
        try (RespConnection c = RespConnection.open(EP, 2, Duration.ofMillis(100))) {
            c.send(RespConnection.args("X"));
            assertThatThrownBy(() -> c.poll(Duration.ofSeconds(5)))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("in the middle of a reply");
            assertThat(c.isBroken()).isTrue();
        }
    }

    @Test
    void garbageBreaksTheConnection() throws Exception {
        server = new FakeServer(false, "?what\r\n");
        try (RespConnection c = RespConnection.open(EP, 2, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> c.call("PING"))
                    .isInstanceOf(RespProtocolException.class)
                    .hasMessageContaining("unknown RESP type byte 0x3f, starting \"?what\\r\\n\"");
            assertThat(c.isBroken()).isTrue();
        }
    }

    @Test
    void attributesAreAvailableAfterTheReply() throws Exception {
        server = new FakeServer(false, "|1\r\n+key-popularity\r\n:7\r\n+OK\r\n");
        try (RespConnection c = RespConnection.open(EP, 2, Duration.ofSeconds(5))) {
            assertThat(c.call("SET", "k", "v")).isEqualTo(new SimpleString("OK"));
            assertThat(c.lastAttributes()).isNotNull();
            assertThat(c.lastAttributes().entries().get(0).getValue()).isEqualTo(new RespInteger(7));
        }
    }
}
