package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.cli.RedspecCli;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import io.redspec.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A three-master Redis 7.0 cluster on loopback: cases are routed to the master of their slot. */
class ClusterTargetTest {
    static final List<EmbeddedServer> nodes = new ArrayList<>();

    @BeforeAll
    static void formCluster() throws Exception {
        for (int i = 0; i < 3; i++) {
            nodes.add(EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults()
                    .withConfig("cluster-enabled yes", "cluster-config-file nodes.conf", "cluster-node-timeout 5000")));
        }
        int[][] ranges = {{0, 5460}, {5461, 10922}, {10923, 16383}};
        for (int i = 0; i < 3; i++) {
            call(i, "CLUSTER", "ADDSLOTSRANGE", String.valueOf(ranges[i][0]), String.valueOf(ranges[i][1]));
        }
        for (int i = 1; i < 3; i++) {
            call(0, "CLUSTER", "MEET", "127.0.0.1", String.valueOf(nodes.get(i).port()));
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (!allOk()) {
            assertThat(System.currentTimeMillis()).as("cluster_state:ok within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static boolean allOk() throws Exception {
        for (int i = 0; i < 3; i++) {
            String info = ((RespValue.BulkString) call(i, "CLUSTER", "INFO")).text();
            if (!info.contains("cluster_state:ok") || !info.contains("cluster_known_nodes:3")) {
                return false;
            }
        }
        return true;
    }

    static RespValue call(int node, String... args) throws Exception {
        try (RespConnection c = RespConnection.open(nodes.get(node).endpoint(), 2, Duration.ofSeconds(5))) {
            return c.call(args);
        }
    }

    @AfterAll
    static void stop() {
        nodes.forEach(EmbeddedServer::close);
    }

    @Test
    void casesRunOnTheMasterOfTheirSlotAndLeaveNoKeyOnAnyNode(@TempDir Path reports) throws Exception {
        String spec = System.getProperty("redspec.specRoot", "../spec");
        int code = RedspecCli.execute("run", "--target", "redis://127.0.0.1:" + nodes.get(0).port(),
                "--spec", spec, "-o", reports.toString());
        JsonNode summary = new ObjectMapper().readTree(reports.resolve("summary.json").toFile());
        assertThat(summary.get("failures")).isEmpty();
        assertThat(code).isZero();
        assertThat(summary.get("passed").asInt()).isGreaterThan(2500);
        for (int i = 0; i < 3; i++) {
            assertThat(((RespValue.RespInteger) call(i, "DBSIZE")).value()).as("keys left on node " + i).isZero();
        }
    }
}
