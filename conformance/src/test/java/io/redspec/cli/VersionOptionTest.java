package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.BuildInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code redspec --version} names the project version from the POM and the commit the build was given
 * ({@code -Dredspec.commit}, which the launcher sets from git; LauncherTest checks that end).
 */
class VersionOptionTest {

    @Test
    void versionLineHoldsTheProjectVersionAndTheCommit() throws Exception {
        String line = versionLine();
        String version = System.getProperty("redspec.projectVersion");
        assertThat(version).as("surefire passes the POM version").isNotBlank();
        assertThat(line).startsWith("redspec " + version + " (commit ");
        String commit = System.getProperty("redspec.commit");
        assertThat(commit).as("surefire passes the build's redspec.commit").isNotBlank();
        // what the build was given (the launcher passes git HEAD, a plain Maven build "unknown")
        assertThat(line).isEqualTo("redspec " + version + " (commit " + commit + ")");
        assertThat(BuildInfo.describe()).isEqualTo(line.substring("redspec ".length()));
    }

    private static String versionLine() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(RedspecCli.execute("--version")).isZero();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
