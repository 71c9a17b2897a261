package io.redspec.load.protocol;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisDslTest {

    @Test
    void protocolDefaultsAreSharedConnectionsResp2() {
        RedisProtocol p = Redis.redis().settings();
        assertThat(p.endpoint().port()).isEqualTo(6379);
        assertThat(p.connections()).isEqualTo(ConnectionStrategy.shared(4));
        assertThat(p.resp3()).isFalse();
        assertThat(p.timeout()).isEqualTo(RedisProtocolBuilder.DEFAULT_TIMEOUT);
    }

    @Test
    void protocolBuilderIsImmutableAndCarriesEverySetting() {
        RedisProtocolBuilder base = Redis.redis();
        RedisProtocolBuilder tuned = base.uri("rediss://app:secret@127.0.0.1:7000/2").tlsInsecure()
                .connectionPerUser().resp3().timeout(Duration.ofMillis(500));
        RedisProtocol p = tuned.settings();
        assertThat(p.endpoint().tls()).isTrue();
        assertThat(p.endpoint().tlsInsecure()).isTrue();
        assertThat(p.endpoint().user()).isEqualTo("app");
        assertThat(p.endpoint().password()).isEqualTo("secret");
        assertThat(p.endpoint().db()).isEqualTo(2);
        assertThat(p.connections().isPerUser()).isTrue();
        assertThat(p.resp3()).isTrue();
        assertThat(p.timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(base.settings()).isEqualTo(Redis.redis().settings());
        assertThat(tuned.protocol()).isSameAs(p);
    }

    @Test
    void protocolBuilderRejectsNonsense() {
        assertThatThrownBy(() -> Redis.redis().uri("http://x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redis.redis().connections(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redis.redis().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void connectionStrategyParsesItsThreeForms() {
        assertThat(ConnectionStrategy.parse("per-user").isPerUser()).isTrue();
        assertThat(ConnectionStrategy.parse("shared")).isEqualTo(ConnectionStrategy.shared(ConnectionStrategy.DEFAULT_SHARED));
        assertThat(ConnectionStrategy.parse("shared:8").sharedConnections()).isEqualTo(8);
        assertThat(ConnectionStrategy.parse("shared:8").toString()).isEqualTo("shared:8");
        assertThatThrownBy(() -> ConnectionStrategy.parse("shared:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionStrategy.parse("many")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandBuilderAccumulatesChecksImmutably() {
        RedisCommandBuilder get = Redis.command("get", "GET", "k");
        RedisCommandBuilder checked = get.check(ReplyCheck.notNull()).check(ReplyCheck.isEqualTo("v"));
        assertThat(get.checks()).isEmpty();
        assertThat(checked.checks()).hasSize(2);
        assertThat(checked.name()).isEqualTo("get");
        assertThat(checked.commandLine(null)).containsExactly("GET", "k");
        assertThat(checked.asScala()).isNotNull();
    }

    @Test
    void commandBuilderRejectsMissingParts() {
        assertThatThrownBy(() -> Redis.command(" ", "PING")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redis.command("empty")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redis.pipeline("p", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Redis.subscribe("s", s -> List.of("c"), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void replyChecksSayWhyTheyFail() {
        assertThat(ReplyCheck.isOk().verify("OK", null)).isNull();
        assertThat(ReplyCheck.isOk().verify("QUEUED", null)).contains("expected OK");
        assertThat(ReplyCheck.notNull().verify(null, null)).contains("null");
        assertThat(ReplyCheck.isInteger().verify(3L, null)).isNull();
        assertThat(ReplyCheck.isInteger().verify("3", null)).contains("integer");
    }

    @Test
    void outcomes() {
        assertThat(Redis.Outcome.ok().failure()).isNull();
        assertThat(Redis.Outcome.of(false, "why").failure()).isEqualTo("why");
        assertThat(Redis.Outcome.span(5).startNanos()).isEqualTo(5);
    }
}
