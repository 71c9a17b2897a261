package io.redspec.server;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerInfoTest {

    /** INFO server as the embedded redis-server 7.0.15 (linux-amd64) answered it, captured 2026-11-25. */
    static final String REDIS_7_0_15 = crlf("""
            # Server
            redis_version:7.0.15
            redis_git_sha1:00000000
            redis_git_dirty:0
            redis_build_id:e218535194f921a7
            redis_mode:standalone
            os:Linux 6.18.44-fc-v595 x86_64
            arch_bits:64
            monotonic_clock:POSIX clock_gettime
            multiplexing_api:epoll
            atomicvar_api:c11-builtin
            gcc_version:13.2.1
            process_id:3633
            process_supervised:no
            run_id:ecf5d90364a0ab02ec2e465dd2f1ecd8b42868a1
            tcp_port:35095
            server_time_usec:1795610867432457
            uptime_in_seconds:1
            uptime_in_days:0
            hz:10
            configured_hz:10
            lru_clock:448755
            executable:/usr/local/bin/redis-server
            config_file:
            io_threads_active:0
            """);

    /** INFO server of the embedded "6.2.6-v5" linux-amd64 binary, which reports itself as 6.2.11. */
    static final String REDIS_6_2_11 = crlf("""
            # Server
            redis_version:6.2.11
            redis_git_sha1:00000000
            redis_git_dirty:0
            redis_build_id:f5b1f28871c566b4
            redis_mode:standalone
            os:Linux 6.18.44-fc-v595 x86_64
            arch_bits:64
            monotonic_clock:POSIX clock_gettime
            multiplexing_api:epoll
            atomicvar_api:c11-builtin
            gcc_version:11.3.0
            process_id:3705
            process_supervised:no
            run_id:71c35f6c7c20793cc219269f3b6d3de506512e13
            tcp_port:43363
            server_time_usec:1795610871132605
            uptime_in_seconds:1
            uptime_in_days:0
            hz:10
            configured_hz:10
            lru_clock:448759
            executable:/usr/local/bin/redis-server
            config_file:
            io_threads_active:0
            """);

    /** The sample in valkey-io/valkey-doc commands/info.md (an unstable build: 255.255.255, server_mode). */
    static final String VALKEY_DOC_SAMPLE = crlf("""
            # Server
            redis_version:7.2.4
            server_name:valkey
            valkey_version:255.255.255
            redis_git_sha1:b0d5a0f5
            redis_git_dirty:1
            redis_build_id:1cadaf78f6168f2d
            server_mode:standalone
            os:Linux 6.1.0-18-amd64 x86_64
            arch_bits:64
            tcp_port:6379
            executable:/usr/local/bin/valkey-server
            listener0:name=tcp,bind=*,bind=-::*,port=6379
            """);

    /** Valkey 7.2 keeps redis_mode (valkey-io/valkey 7.2.5 src/server.c). */
    static final String VALKEY_7_2_5 = crlf("""
            # Server
            redis_version:7.2.4
            server_name:valkey
            valkey_version:7.2.5
            redis_mode:cluster
            """);

    /** Published INFO server sample of Dragonfly 1.40.1 (third-party write-up, not Dragonfly's docs). */
    static final String DRAGONFLY_SAMPLE = crlf("""
            # Server
            redis_version:7.4.0
            dragonfly_version:df-v1.40.1
            redis_mode:standalone
            tcp_port:6379
            uptime_in_seconds:23
            """);

    /** Field order of Garnet's GarnetInfoMetrics.PopulateServerInfo, values made up. */
    static final String GARNET_SAMPLE = crlf("""
            # Server
            garnet_version:1.0.84
            os:Unix 6.8.0.1
            processor_count:2
            arch_bits:64
            uptime_in_seconds:5
            uptime_in_days:0
            monitor_task:enabled
            monitor_freq:1
            latency_monitor:disabled
            run_id:0123456789abcdef0123456789abcdef01234567
            redis_version:7.4.3
            redis_mode:cluster
            """);

    /** KeyDB 6.3.4's server section format (Snapchat/KeyDB src/server.cpp), values made up. */
    static final String KEYDB_6_3_4 = crlf("""
            # Server
            redis_version:6.3.4
            redis_git_sha1:00000000
            redis_mode:standalone
            executable:/usr/local/bin/keydb-server
            availability_zone:
            features:cluster_mget
            """);

    static String crlf(String lf) {
        return lf.replace("\n", "\r\n");
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("real redis 7.0", REDIS_7_0_15, new ServerInfo(Flavour.REDIS, Version.of(7, 0, 15), "standalone")),
                Arguments.of("real redis 6.2", REDIS_6_2_11, new ServerInfo(Flavour.REDIS, Version.of(6, 2, 11), "standalone")),
                // valkey uses its own version, not the redis compatibility number
                Arguments.of("valkey doc sample", VALKEY_DOC_SAMPLE, new ServerInfo(Flavour.VALKEY, Version.of(255, 255, 255), "standalone")),
                Arguments.of("valkey 7.2.5", VALKEY_7_2_5, new ServerInfo(Flavour.VALKEY, Version.of(7, 2, 5), "cluster")),
                // dragonfly's version loses its df-v prefix
                Arguments.of("dragonfly", DRAGONFLY_SAMPLE, new ServerInfo(Flavour.DRAGONFLY, Version.of(1, 40, 1), "standalone")),
                Arguments.of("garnet", GARNET_SAMPLE, new ServerInfo(Flavour.GARNET, Version.of(1, 0, 84), "cluster")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void identifiesFlavourVersionAndMode(String name, String info, ServerInfo expected) {
        assertThat(ServerInfo.fromInfo(info)).isEqualTo(expected);
    }

    @Test
    void keydbByFeaturesOrExecutableOrItsOwnSection() {
        assertThat(ServerInfo.fromInfo(KEYDB_6_3_4))
                .isEqualTo(new ServerInfo(Flavour.KEYDB, Version.of(6, 3, 4), "standalone"));
        assertThat(ServerInfo.fromInfo("redis_version:6.2.2\r\nexecutable:/opt/KeyDB/bin/keydb-server\r\n").flavour())
                .isEqualTo(Flavour.KEYDB);
        assertThat(ServerInfo.fromInfo("# Server\r\nredis_version:6.3.0\r\n\r\n# KeyDB\r\nmvcc_depth:0\r\n").flavour())
                .isEqualTo(Flavour.KEYDB);
    }

    @Test
    void anotherServerNamingItsOwnVersionIsOther() {
        assertThat(ServerInfo.fromInfo("# Server\r\nredis_version:4.0.0\r\nkvrocks_version:2.8.0\r\n"))
                .isEqualTo(new ServerInfo(Flavour.OTHER, Version.of(2, 8, 0), "standalone"));
    }

    @Test
    void nothingRecognisableIsOtherWithoutVersion() {
        assertThat(ServerInfo.fromInfo("")).isEqualTo(new ServerInfo(Flavour.OTHER, null, "standalone"));
        assertThat(ServerInfo.fromInfo(null)).isEqualTo(new ServerInfo(Flavour.OTHER, null, "standalone"));
        assertThat(ServerInfo.fromInfo("hello world\n: nothing\n").flavour()).isEqualTo(Flavour.OTHER);
    }

    @Test
    void unparseableVersionIsNullNotAnException() {
        assertThat(ServerInfo.fromInfo("redis_version:unstable\r\n"))
                .isEqualTo(new ServerInfo(Flavour.REDIS, null, "standalone"));
    }

    @Test
    void plainLineEndingsAndSentinelMode() {
        assertThat(ServerInfo.fromInfo("redis_version:7.2.4\nredis_mode:sentinel\n"))
                .isEqualTo(new ServerInfo(Flavour.REDIS, Version.of(7, 2, 4), "sentinel"));
    }

    @Test
    void display() {
        assertThat(ServerInfo.fromInfo(REDIS_7_0_15).display()).isEqualTo("redis 7.0.15");
        assertThat(ServerInfo.fromInfo(GARNET_SAMPLE).display()).isEqualTo("garnet 1.0.84 (cluster)");
    }
}
