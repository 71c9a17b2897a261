package io.redspec.load.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The yardstick: GET/SET on random keys. Knobs: valueSize (bytes, default 3 like
 * redis-benchmark), keySpace (default 10000), readRatio (default 0.5), pipeline (default 1).
 * Each user keeps exactly {@code pipeline} requests in flight, so users x pipeline is the
 * concurrency redis-benchmark calls -c x -P; keys end like redis-benchmark's (key:000000001234).
 * Invariant: without pipelining, every GET answers nil or the one value this run writes
 * (pipelines do not read their replies, so there it is unknown and does not gate).
 */
public class BaselineSimulation extends RedspecSimulation {

    static final String WRONG_VALUES = "baseline.wrong_values";

    public BaselineSimulation() {
        super("baseline");
        int valueSize = settings.intParam("valueSize", 3);
        int keySpace = settings.intParam("keySpace", 10_000);
        double readRatio = settings.doubleParam("readRatio", 0.5);
        int pipeline = settings.intParam("pipeline", 1);
        validate(settings);
        String value = "x".repeat(valueSize);
        String keyPrefix = prefix + "key:";
        recorder.declareInvariant(WRONG_VALUES, pipeline == 1);
        if (pipeline > 1) {
            recorder.markUnknown(WRONG_VALUES, "pipelined replies are not read");
        }

        ChainBuilder step;
        if (pipeline == 1) {
            step = exec(session -> session.set("read", ThreadLocalRandom.current().nextDouble() < readRatio)
                            .set("key", key(keyPrefix, ThreadLocalRandom.current().nextInt(keySpace))))
                    .exec(doIfOrElse(session -> session.getBoolean("read"))
                            .then(exec(Redis.command("baseline GET", s -> List.of("GET", s.getString("key")))
                                    .check((reply, s) -> {
                                        // every SET writes the same value: one comparison per GET
                                        if (reply == null || value.equals(reply)) {
                                            return null;
                                        }
                                        recorder.countInvariant(WRONG_VALUES, 1);
                                        return "GET answered a value never written: " + reply;
                                    })))
                            .orElse(exec(Redis.command("baseline SET", s -> List.of("SET", s.getString("key"), value)))));
        } else {
            step = exec(Redis.pipeline("baseline", session -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                List<List<String>> lines = new ArrayList<>(pipeline);
                for (int i = 0; i < pipeline; i++) {
                    String key = key(keyPrefix, random.nextInt(keySpace));
                    lines.add(random.nextDouble() < readRatio ? List.of("GET", key) : List.of("SET", key, value));
                }
                return lines;
            }));
        }

        ScenarioBuilder scn = scenario("baseline").during(settings.duration()).on(step);
        setUp(scn.injectOpen(atOnceUsers(settings.users())))
                .protocols(protocol())
                .maxDuration(maxDuration())
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        if (settings.intParam("valueSize", 3) < 0 || settings.intParam("keySpace", 10_000) < 1
                || settings.intParam("pipeline", 1) < 1 || !Knobs.isShare(settings.doubleParam("readRatio", 0.5))) {
            throw new IllegalArgumentException("baseline needs valueSize >= 0, keySpace >= 1, pipeline >= 1, 0 <= readRatio <= 1");
        }
    }

    /** key:000000001234, redis-benchmark's key shape (its __rand_int__ is 12 digits), so both send the same bytes. */
    static String key(String keyPrefix, int n) {
        String digits = Integer.toString(n);
        return keyPrefix + "000000000000".substring(digits.length()) + digits;
    }
}
