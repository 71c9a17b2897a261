package io.redspec.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.cli.RedspecCli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One deliberately wrong case per failure kind, run on the embedded Redis: each failure in
 * summary.json carries its kind, the command of the failing step, the step's line, expected and
 * actual; the rollup merges RESP2 and RESP3; --lenient-error-text accepts only the wording case.
 */
class FailureKindsTest {
    static final String KINDS = "src/test/resources/report-fixtures/kinds.yaml";

    @TempDir
    Path dir;

    @Test
    void everyFailureCarriesItsKindCommandAndStep() throws IOException {
        assertThat(RedspecCli.execute("run", "--spec", KINDS, "-o", dir.toString())).isEqualTo(1);
        RunSummary s = SummaryJson.read(dir.resolve("summary.json"));
        Map<String, String> kindById = s.failures().stream()
                .collect(Collectors.toMap(f -> f.id() + "@" + f.protocol(), RunSummary.Failure::kind));
        for (int p : new int[] {2, 3}) {
            assertThat(kindById).containsEntry("kinds:unknown-command@" + p, "unknown_command")
                    .containsEntry("kinds:wrong-value@" + p, "wrong_value")
                    .containsEntry("kinds:wrong-type@" + p, "wrong_type")
                    .containsEntry("kinds:missing-error@" + p, "error_code")
                    .containsEntry("kinds:wrong-error-code@" + p, "error_code")
                    .containsEntry("kinds:other-wording@" + p, "error_wording")
                    .containsEntry("kinds:error-instead-of-value@" + p, "error_instead_of_value")
                    .containsEntry("kinds:setup-failure@" + p, "setup_failure");
        }
        RunSummary.Failure type = s.failures().stream().filter(f -> f.id().equals("kinds:wrong-type")).findFirst().orElseThrow();
        assertThat(type.command()).isEqualTo("GET");
        assertThat(type.stepLine()).isEqualTo(26);
        assertThat(type.expected()).isEqualTo("v (simple)");
        assertThat(type.actual()).isEqualTo("\"v\" (bulk)");
        assertThat(type.severity()).isEqualTo("major");
        assertThat(s.failures()).filteredOn(f -> f.kind().equals("error_wording")).allMatch(f -> f.severity().equals("minor"));

        RunSummary.CommandRollup unknown = s.failingCommands().stream()
                .filter(r -> r.command().equals("NOSUCHCOMMAND")).findFirst().orElseThrow();
        assertThat(unknown.kind()).isEqualTo("unknown_command");
        assertThat(unknown.caseRuns()).isEqualTo(2);
        assertThat(unknown.cases()).isEqualTo(1);
        assertThat(ConsoleRecap.line(unknown)).isEqualTo("NOSUCHCOMMAND: unknown command → 2 case runs (1 case)");
        assertThat(s.failingCommands()).anySatisfy(r -> {
            assertThat(r.command()).isEqualTo("RPUSH");
            assertThat(r.kind()).isEqualTo("setup_failure");
        });
        assertThat(s.kinds().stream().mapToLong(RunSummary.KindTotal::caseRuns).sum()).isEqualTo(s.failed());
    }

    @Test
    void lenientErrorTextAcceptsOnlyTheWordingAndStillReportsIt() throws IOException {
        RedspecCli.execute("run", "--spec", KINDS, "-o", dir.toString(), "--lenient-error-text");
        RunSummary s = SummaryJson.read(dir.resolve("summary.json"));
        assertThat(s.passed()).isEqualTo(2);
        assertThat(s.failures()).noneMatch(f -> f.kind().equals("error_wording"));
        assertThat(s.failures()).hasSize(14);
        assertThat(s.acceptedWording()).isEqualTo(2);
        assertThat(s.accepted()).allSatisfy(a -> {
            assertThat(a.id()).isEqualTo("kinds:other-wording");
            assertThat(a.actual()).contains("wrong number of arguments");
        });
    }
}
