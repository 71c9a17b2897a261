package io.redspec.load.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: exit 2 and one line on stderr, never a stack trace; nothing is started. */
class LoadCliInputTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LoadCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errorText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertOneLineError(String contains) {
        String text = errorText().strip();
        assertThat(text).contains(contains).startsWith("redspec load: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void unknownScenario() {
        assertThat(run("load", "teleport")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("unknown scenario 'teleport'");
    }

    @Test
    void negativeUsers() {
        assertThat(run("baseline", "--users", "-3")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("users must be at least 1");
    }

    @Test
    void malformedDuration() {
        assertThat(run("baseline", "--duration", "forever")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("duration");
    }

    @Test
    void malformedConnections() {
        assertThat(run("baseline", "--connections", "lots")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("connections");
    }

    @Test
    void badKnobValuesAreOneLineErrors() {
        // the examples: each used to be a Gatling stack trace and exit 1
        assertThat(run("cache", "-P", "hotShare=2", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("0 <= hotShare <= 1");
        err.reset();
        assertThat(run("lock", "-P", "locks=0", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("locks >= 1");
        err.reset();
        assertThat(run("pubsub", "-P", "rooms=abc", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("rooms must be an integer, got 'abc'");
    }

    @Test
    void unknownKnobListsTheKnownOnes() {
        assertThat(run("delay-queue", "-P", "maxdelay=1s", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("unknown knob -P maxdelay for delay-queue (known: maxDelay, produceEvery, pollEvery, drain, lateBound)");
    }

    @Test
    void malformedScenarioKnob() {
        assertThat(run("baseline", "--pipeline", "0", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertThat(errorText()).contains("redspec load: ");
    }

    @Test
    void noEventLoops() {
        assertThat(run("baseline", "--event-loops", "0")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("event-loops must be at least 1");
    }

    @Test
    void unknownOption() {
        assertThat(run("baseline", "--turbo")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("--turbo");
    }

    @Test
    void unreachableTarget() {
        // 7129 is in the load module's reserved range and nothing listens there during tests
        assertThat(run("baseline", "--target", "redis://127.0.0.1:7129", "--timeout", "2s")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("cannot connect");
    }

    @Test
    void notAUri() {
        assertThat(run("baseline", "--target", "http://example")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("unknown target 'http://example'; use embedded, embedded:7.0");
    }

    @Test
    void bareNumberDurationIsRefused() {
        // `run` read a bare number as milliseconds and `load` as seconds: both now ask for a unit
        assertThat(run("baseline", "--timeout", "500")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("'500' has no unit; write e.g. 500ms or 500s");
    }

    @Test
    void bothProtocolsIsRefused() {
        assertThat(run("baseline", "--protocol", "both", "--target", "redis://127.0.0.1:7129")).isEqualTo(LoadCli.BAD_INPUT);
        assertOneLineError("runs one protocol: 2 or 3");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--users", "--duration", "--report-dir", "--connections", "--protocol");
        // lists generated from the code, not repeated text
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", "")).contains(
                "baseline,cache,lock,delay-queue,pubsub,expiry-events", String.join(",", io.redspec.server.Target.forms()));
    }
}
