package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository's spec/excluded.yaml: valid, not stale, and with the corpus it accounts for every command of its groups. */
class RepositoryExclusionsTest {

    private static final Path SPEC = Path.of(System.getProperty("redspec.specRoot", "../spec")).toAbsolutePath().normalize();

    @Test
    void connectionServerClusterAndSentinelCommandsAreEachCoveredOrExcludedWithAReason() {
        SpecLoader.Result loaded = new SpecLoader().load(List.of(SPEC));
        assertThat(loaded.errors()).isEmpty();
        Path file = ExclusionsFile.locate(List.of(SPEC)).orElseThrow();
        assertThat(file).isEqualTo(SPEC.resolve(ExclusionsFile.NAME));
        Exclusions ex = new ExclusionsFile(Fixtures.METADATA).read(file, "spec/excluded.yaml");
        CorpusCoverage corpus = new CoverageCalculator(Fixtures.METADATA).measure(loaded.files()).excluding(ex);
        assertThat(corpus.staleExclusions()).as("excluded but covered").isEmpty();
        for (GroupCoverage g : corpus.report(List.of("connection", "server", "cluster", "sentinel")).groups()) {
            assertThat(g.uncoveredCommands()).as(g.group()).isEmpty();
            assertThat(g.excludedCommands().values()).as(g.group()).allSatisfy(why -> assertThat(why).isNotBlank());
        }
    }

    @Test
    void theLoaderDoesNotTakeItForASpecFile() {
        assertThat(SpecLoader.yamlFiles(SPEC, new java.util.ArrayList<>()))
                .noneMatch(p -> p.getFileName().toString().equals(ExclusionsFile.NAME));
    }
}
