package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.server.Target;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `run` speaks the vocabulary `load` speaks: durations with a unit, 2|3 or resp2|resp3, target forms from the code. */
class CliVocabularyTest {

    private static final String PASSING = "src/test/resources/engine-fixtures/passing.yaml";

    private record Outcome(int code, String out, String err) {}

    private static Outcome run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = RedspecCli.execute(args);
            return new Outcome(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aBareNumberTimeoutIsRefused() {
        Outcome r = run("run", "--timeout", "500", "--list", "--spec", PASSING);
        assertThat(r.code()).isEqualTo(RedspecCli.ERROR);
        assertThat(r.err()).startsWith("redspec: ").contains("'500' has no unit; write e.g. 500ms or 500s");
    }

    @Test
    void respSpellingsOfAProtocolAreAccepted() {
        Outcome r = run("run", "--protocol", "resp3", "--list", "--spec", PASSING);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("[RESP3]").doesNotContain("[RESP2]");
    }

    @Test
    void helpListsTheTargetFormsFromTheCode() {
        Outcome r = run("run", "--help");
        assertThat(r.code()).isZero();
        // picocli wraps long lines anywhere: compare without white space
        String help = r.out().replaceAll("\\s+", "");
        assertThat(help).contains(String.join(",", Target.forms()), "2|3|both", "500ms,5s,1.5sor2m");
    }
}
