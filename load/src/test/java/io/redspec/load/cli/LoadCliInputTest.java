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
        assertOneLineError("cannot open target");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--users", "--duration", "--report-dir", "--connections", "--protocol");
    }
}
