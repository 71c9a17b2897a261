package io.redspec.load.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.BuildInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code redspec load --version} prints the same version and commit as {@code redspec --version}. */
class LoadVersionTest {

    @Test
    void versionLineHoldsTheProjectVersionAndTheCommit() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(LoadCli.execute(new String[] {"load", "--version"}, ps, ps)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("redspec load " + BuildInfo.describe())
                .matches("redspec load \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{12}(-dirty)?|unknown)\\)");
    }
}
