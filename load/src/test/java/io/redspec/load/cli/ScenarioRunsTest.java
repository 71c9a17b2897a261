package io.redspec.load.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.load.support.LoadRun;
import io.redspec.load.support.TestServer;
import io.redspec.load.support.proxy.FaultProxy;
import io.redspec.load.support.proxy.Faults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario through the CLI and a transparent proxy, each for a second or two with a handful
 * of users: it must pass its own invariants and assertions and write a complete summary.json.
 */
class ScenarioRunsTest {

    private static TestServer server;
    /** A proxy that changes nothing: the fault tests' baseline, every scenario must pass through it. */
    private static FaultProxy transparent;

    @TempDir
    Path reports;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        transparent = FaultProxy.start(server.port(), Faults.transparent());
    }

    @AfterAll
    static void stop() {
        transparent.close();
        server.close();
    }

    private JsonNode run(String scenario, String... extra) throws IOException {
        LoadRun run = LoadRun.of(reports.resolve(scenario), scenario, transparent.uri(), extra);
        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("PASSED");
        JsonNode summary = run.summary();
        for (String field : List.of("scenario", "requests", "ok", "ko", "rps", "p50_ms", "p99_ms", "invariants")) {
            assertThat(summary.has(field)).as(field).isTrue();
        }
        assertThat(summary.get("requests").asLong()).isPositive();
        assertThat(summary.get("ko").asLong()).isZero();
        assertThat(summary.get("rps").asDouble()).isPositive();
        assertThat(summary.get("violated").size()).isZero();
        // an invariant may be unknown (a pipelined baseline does not read its GETs) only if it does not gate
        summary.get("unknown").fieldNames().forEachRemaining(name ->
                assertThat(summary.get("must_be_zero").toString()).doesNotContain("\"" + name + "\""));
        assertThat(summary.get("clean_up").asText()).isEqualTo("done");
        assertThat(Files.exists(Path.of(summary.get("gatling_report").asText()))).isTrue();
        return summary;
    }

    private static List<String> invariantNames(JsonNode summary) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = summary.get("invariants").fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The "All Requests" count of Gatling's HTML report (the first row of its statistics table). */
    private static long gatlingRequests(JsonNode summary) throws IOException {
        String html = Files.readString(Path.of(summary.get("gatling_report").asText()));
        Matcher m = Pattern.compile("<td class=\"value total col-2\">(\\d+)</td>").matcher(html);
        assertThat(m.find()).as("Gatling's statistics table").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void baselineSharedConnections() throws IOException {
        JsonNode s = run("baseline", "--users", "4", "--duration", "1s");
        assertThat(s.get("scenario").asText()).isEqualTo("baseline");
        assertThat(s.get("per_request").has("baseline GET")).isTrue();
        // responses reach Gatling in bursts: none may be left behind when the run ends
        assertThat(gatlingRequests(s)).isEqualTo(s.get("requests").asLong());
        // response-time buckets at Redis scale, not Gatling's 800 / 1200 ms
        assertThat(Files.readString(Path.of(s.get("gatling_report").asText())))
                .contains("t < 1 ms", "1 ms <= t < 10 ms", "t >= 10 ms").doesNotContain("t < 800 ms");
    }

    @Test
    void baselinePipelinedPerUser() throws IOException {
        JsonNode s = run("baseline", "--users", "3", "--duration", "1s", "--pipeline", "4", "--connections", "per-user",
                "--event-loops", "2");
        assertThat(s.get("per_request").has("baseline SET")).isTrue();
        // Gatling counts round trips, summary.json commands
        assertThat(gatlingRequests(s) * 4).isEqualTo(s.get("requests").asLong());
    }

    @Test
    void baselinePipelinedPerUserResp3() throws IOException {
        JsonNode s = run("baseline", "--users", "3", "--duration", "1s", "--pipeline", "4", "--connections", "per-user",
                "--protocol", "resp3", "--value-size", "16", "--key-space", "100", "--read-ratio", "0.8");
        assertThat(s.get("connections").asText()).isEqualTo("per-user");
    }

    @Test
    void cache() throws IOException {
        JsonNode s = run("cache", "--users", "6", "--duration", "2s");
        assertThat(invariantNames(s)).contains("cache.unwritten_values");
        assertThat(s.get("figures").get("cache.hit_ratio").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void lock() throws IOException {
        // long enough, with enough stalls, for the unsafe recipes to show what they are (the sensitivity check)
        JsonNode s = run("lock", "--users", "8", "--duration", "3s", "-P", "slowRate=0.1");
        assertThat(invariantNames(s)).contains("lock.safe.violations", "lock.safe.wrongful_releases",
                "lock.set-nx-ex.violations", "lock.setnx-expire.locks_without_ttl", "lock.safe.ttl_mismatches",
                "lock.safe.expired_while_held");
        assertThat(s.get("invariants").get("lock.safe.violations").asLong()).isZero();
        assertThat(s.get("figures").get("lock.unsafe_recipes_violations_seen").asDouble()).isPositive();
    }

    @Test
    void delayQueue() throws IOException {
        JsonNode s = run("delay-queue", "--users", "6", "--duration", "1s", "-P", "drain=3s");
        assertThat(s.get("invariants").get("queue.zrem-claim.lost").asLong()).isZero();
        assertThat(s.get("invariants").get("queue.atomic.duplicates").asLong()).isZero();
        assertThat(s.get("figures").get("queue.atomic.delivered").asDouble()).isPositive();
    }

    @Test
    void pubsub() throws IOException {
        JsonNode s = run("pubsub", "--users", "6", "--duration", "1s", "-P", "grace=300ms");
        assertThat(s.get("per_request").has("pubsub SUBSCRIBE delivery")).isTrue();
        assertThat(s.get("invariants").get("pubsub.lost").asLong()).isZero();
    }

    @Test
    void expiryEvents() throws IOException {
        JsonNode s = run("expiry-events", "--users", "4", "--duration", "1s", "-P", "grace=1s");
        assertThat(s.get("figures").get("expiry.events_received").asDouble())
                .isEqualTo(s.get("figures").get("expiry.keys_set").asDouble());
    }
}
