package io.redspec.resp;

import io.redspec.server.EmbeddedServer;
import io.redspec.resp.RespValue.*;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Against real servers, the embedded binaries on free ports: redis 7.0.15 (no password, ACL user
 * alice) and 6.2.11 (requirepass). Nothing here is skipped: the binaries come with the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespConnectionIntegrationTest {

    int port7;
    int port6;
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    EmbeddedServer redis7;
    EmbeddedServer redis6;

    @BeforeAll
    void startServers() throws Exception {
        redis7 = EmbeddedServer.start("7.0");
        redis6 = EmbeddedServer.start("6.2", EmbeddedServer.Options.defaults().withRequirepass("secret6"));
        port7 = redis7.port();
        port6 = redis6.port();
        try (RespConnection c = open(port7, 2)) {
            assertThat(c.call("ACL", "SETUSER", "alice", "on", ">alicepw", "~*", "+@all"))
                    .isEqualTo(new SimpleString("OK"));
        }
    }

    @AfterAll
    void stopServers() throws Exception {
        if (redis7 != null) redis7.close();
        if (redis6 != null) redis6.close();
    }

    static Endpoint endpoint(int port) {
        return new Endpoint("127.0.0.1", port, false, null, null, 0, false);
    }

    static RespConnection open(int port, int protocol) throws IOException {
        return RespConnection.open(endpoint(port), protocol, TIMEOUT);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void setGivesSimpleOkAndGetGivesBulk(int protocol) throws IOException {
        try (RespConnection c = open(port7, protocol)) {
            assertThat(c.protocol()).isEqualTo(protocol);
            assertThat(c.call("SET", "resp:it:k" + protocol, "v\r\n\0")).isEqualTo(new SimpleString("OK"));
            assertThat(c.call("GET", "resp:it:k" + protocol)).isEqualTo(BulkString.of("v\r\n\0"));
            assertThat(c.call("DEL", "resp:it:k" + protocol)).isEqualTo(new RespInteger(1));
        }
    }

    @Test
    void resp3GivesMapsAndDoubles() throws IOException {
        try (RespConnection c = open(port7, 3)) {
            assertThat(c.hello()).containsEntry("proto", new RespInteger(3))
                    .containsEntry("server", BulkString.of("redis"))
                    .containsEntry("version", BulkString.of("7.0.15"));
            c.call("DEL", "resp:it:h3", "resp:it:z3");
            assertThat(c.call("HSET", "resp:it:h3", "f", "v")).isEqualTo(new RespInteger(1));
            assertThat(c.call("HGETALL", "resp:it:h3"))
                    .isEqualTo(new RespMap(List.of(Map.entry(BulkString.of("f"), BulkString.of("v")))));
            c.call("ZADD", "resp:it:z3", "1.5", "m");
            assertThat(c.call("ZSCORE", "resp:it:z3", "m")).isEqualTo(new RespDouble(1.5, "1.5"));
            assertThat(c.call("GET", "resp:it:missing")).isEqualTo(new RespNull(RespNull.Kind.NULL));
            assertThat(c.call("BLPOP", "resp:it:missing", "0.01")).isEqualTo(new RespNull(RespNull.Kind.NULL));
            assertThat(c.call("SISMEMBER", "resp:it:missing", "x")).isEqualTo(new RespInteger(0));
            c.call("DEL", "resp:it:h3", "resp:it:z3");
        }
    }

    @Test
    void resp2GivesArraysBulksAndTwoNulls() throws IOException {
        try (RespConnection c = open(port7, 2)) {
            assertThat(c.hello()).isNull();
            c.call("DEL", "resp:it:h2", "resp:it:z2");
            c.call("HSET", "resp:it:h2", "f", "v");
            assertThat(c.call("HGETALL", "resp:it:h2"))
                    .isEqualTo(new RespArray(List.of(BulkString.of("f"), BulkString.of("v"))));
            c.call("ZADD", "resp:it:z2", "1.5", "m");
            assertThat(c.call("ZSCORE", "resp:it:z2", "m")).isEqualTo(BulkString.of("1.5"));
            assertThat(c.call("GET", "resp:it:missing")).isEqualTo(new RespNull(RespNull.Kind.BULK));
            assertThat(c.call("BLPOP", "resp:it:missing", "0.01")).isEqualTo(new RespNull(RespNull.Kind.ARRAY));
            c.call("DEL", "resp:it:h2", "resp:it:z2");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void errorRepliesLeaveTheConnectionUsable(int protocol) throws IOException {
        try (RespConnection c = open(port7, protocol)) {
            RespValue reply = c.call("NOSUCHCOMMAND", "x");
            assertThat(reply).isInstanceOf(RespError.class);
            assertThat(((RespError) reply).prefix()).isEqualTo("ERR");
            assertThat(c.isBroken()).isFalse();
            assertThat(c.call("PING")).isEqualTo(new SimpleString("PONG"));
        }
    }

    @Test
    void pollIsEmptyWhenIdleAndReturnsWhatArrives() throws IOException {
        try (RespConnection c = open(port7, 3)) {
            assertThat(c.poll(Duration.ofMillis(20))).isEmpty();
            assertThat(c.poll(Duration.ZERO)).isEmpty();
            assertThat(c.isBroken()).isFalse();
            c.send(RespConnection.args("ECHO", "hi"));
            assertThat(c.poll(TIMEOUT)).contains(BulkString.of("hi"));
        }
    }

    @Test
    void readTimesOutWhenNothingComesAndStaysUsable() throws IOException {
        try (RespConnection c = open(port7, 2)) {
            assertThatThrownBy(() -> c.read(Duration.ofMillis(20)))
                    .isInstanceOf(SocketTimeoutException.class).hasMessageContaining("no reply");
            assertThat(c.isBroken()).isFalse();
            assertThat(c.call("PING")).isEqualTo(new SimpleString("PONG"));
        }
    }

    @Test
    void pubSubMessagesArriveAsPushInResp3() throws IOException {
        try (RespConnection sub = open(port7, 3); RespConnection pub = open(port7, 3)) {
            assertThat(sub.call("SUBSCRIBE", "resp:it:ch")).isEqualTo(new RespPush(List.of(
                    BulkString.of("subscribe"), BulkString.of("resp:it:ch"), new RespInteger(1))));
            assertThat(pub.call("PUBLISH", "resp:it:ch", "hello")).isEqualTo(new RespInteger(1));
            Optional<RespValue> msg = sub.poll(TIMEOUT);
            assertThat(msg).contains(new RespPush(List.of(
                    BulkString.of("message"), BulkString.of("resp:it:ch"), BulkString.of("hello"))));
        }
    }

    @Test
    void quitEndsTheStreamAndBreaksTheConnection() throws IOException {
        try (RespConnection c = open(port7, 2)) {
            assertThat(c.call("QUIT")).isEqualTo(new SimpleString("OK"));
            assertThatThrownBy(() -> c.read(TIMEOUT)).isInstanceOf(EOFException.class);
            assertThat(c.isBroken()).isTrue();
            assertThatThrownBy(() -> c.call("PING")).isInstanceOf(IOException.class).hasMessageContaining("broken");
        }
    }

    @Test
    void selectsTheEndpointDatabase() throws IOException {
        Endpoint db2 = new Endpoint("127.0.0.1", port7, false, null, null, 2, false);
        try (RespConnection c = RespConnection.open(db2, 3, TIMEOUT); RespConnection c0 = open(port7, 3)) {
            c.call("SET", "resp:it:db", "2");
            assertThat(c0.call("EXISTS", "resp:it:db")).isEqualTo(new RespInteger(0));
            assertThat(c.call("GETDEL", "resp:it:db")).isEqualTo(BulkString.of("2"));
        }
        Endpoint db99 = new Endpoint("127.0.0.1", port7, false, null, null, 99, false);
        assertThatThrownBy(() -> RespConnection.open(db99, 2, TIMEOUT))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("SELECT 99 failed").hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aclUserAuthenticates(int protocol) throws IOException {
        Endpoint alice = Endpoint.parse("redis://alice:alicepw@127.0.0.1:" + port7);
        try (RespConnection c = RespConnection.open(alice, protocol, TIMEOUT)) {
            assertThat(c.call("ACL", "WHOAMI")).isEqualTo(BulkString.of("alice"));
        }
    }

    @Test
    void wrongPasswordFailsTheHandshakeWithTheServersMessage() {
        Endpoint wrong = Endpoint.parse("redis://alice:nope@127.0.0.1:" + port7);
        assertThatThrownBy(() -> RespConnection.open(wrong, 3, TIMEOUT))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("HELLO 3 AUTH alice *** failed")
                .hasMessageContaining("WRONGPASS")
                .hasMessageNotContaining("nope");
        assertThatThrownBy(() -> RespConnection.open(wrong, 2, TIMEOUT))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("AUTH alice *** failed")
                .hasMessageContaining("WRONGPASS");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void requirepassOnRedis62(int protocol) throws IOException {
        Endpoint ok = Endpoint.parse("redis://:secret6@127.0.0.1:" + port6);
        try (RespConnection c = RespConnection.open(ok, protocol, TIMEOUT)) {
            assertThat(c.call("PING")).isEqualTo(new SimpleString("PONG"));
            if (protocol == 3) {
                assertThat(c.hello()).containsEntry("version", BulkString.of("6.2.11"));
            }
        }
        Endpoint wrong = Endpoint.parse("redis://:bad@127.0.0.1:" + port6);
        assertThatThrownBy(() -> RespConnection.open(wrong, protocol, TIMEOUT))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("WRONGPASS");
    }

    @Test
    void helloWithoutAuthOnAProtectedServerFails() {
        assertThatThrownBy(() -> open(port6, 3))
                .isInstanceOf(RespHandshakeException.class)
                .hasMessageContaining("HELLO 3 failed on redis://127.0.0.1:" + port6)
                .hasMessageContaining("NOAUTH");
    }

    @Test
    void connectionRefusedIsAnIoException() {
        // nothing listens on loopback port 1
        assertThatThrownBy(() -> RespConnection.open(endpoint(1), 2, Duration.ofSeconds(2)))
                .isInstanceOf(java.net.ConnectException.class)
                .hasMessageContaining("cannot connect to redis://127.0.0.1:1");
    }
}
