package io.redspec.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentCommandTextTest {
    private static List<byte[]> cmd(String... words) {
        return Arrays.stream(words).map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Test
    void passwordsAreMasked() {
        assertThat(SentCommandText.of(cmd("AUTH", "u", "s3cret"))).isEqualTo("\"AUTH\" \"u\" ***").doesNotContain("s3cret");
        assertThat(SentCommandText.of(cmd("auth", "s3cret"))).doesNotContain("s3cret");
        assertThat(SentCommandText.of(cmd("HELLO", "3", "AUTH", "u", "s3cret", "SETNAME", "n")))
                .isEqualTo("\"HELLO\" \"3\" \"AUTH\" \"u\" *** \"SETNAME\" \"n\"");
        assertThat(SentCommandText.of(cmd("ACL", "SETUSER", "u", "on", ">s3cret", "#abcd", "+get")))
                .isEqualTo("\"ACL\" \"SETUSER\" \"u\" \"on\" \">***\" \"#***\" \"+get\"");
    }

    /** The Allure report's step names: the spec's words, unquoted, masked the same way. */
    @Test
    void specWordsAreMaskedTheSameWay() {
        assertThat(SentCommandText.ofWords(java.util.List.of("AUTH", "${ns}u", "s3cret"))).isEqualTo("AUTH ${ns}u ***");
        assertThat(SentCommandText.ofWords(java.util.List.of("HELLO", "3", "AUTH", "u", "s3cret", "SETNAME", "n")))
                .isEqualTo("HELLO 3 AUTH u *** SETNAME n");
        assertThat(SentCommandText.ofWords(java.util.List.of("ACL", "SETUSER", "u", "on", ">s3cret", "#abcd", "+get")))
                .isEqualTo("ACL SETUSER u on >*** #*** +get");
        assertThat(SentCommandText.ofWords(java.util.List.of("SET", "k", "…"))).isEqualTo("SET k …");
    }

    @Test
    void otherCommandsAreShownWhole() {
        assertThat(SentCommandText.of(cmd("SET", "k", "AUTH"))).isEqualTo("\"SET\" \"k\" \"AUTH\"");
    }
}
