package io.redspec.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branch coverage per group, from the branches a run's replies took. */
class BranchCoverageTest {

    @Test
    void countsTakenBranchesAndListsTheOthers() {
        BranchCoverage cov = BranchCoverage.of(Map.of("ZADD", Set.of("/anyOf/0", "/anyOf/1")));
        BranchCoverage.Group g = cov.groups(List.of("sorted_set"), ReplySchemas.bundled()).get(0);
        assertThat(g.covered()).isEqualTo(2);
        assertThat(g.total()).isGreaterThan(4);
        assertThat(g.neverTaken()).anyMatch(n -> n.startsWith("ZADD /anyOf/3 (The updated score"));
        assertThat(g.neverTaken()).noneMatch(n -> n.startsWith("ZADD /anyOf/0"));
    }

    @Test
    void readsTheBranchesOfARunsSummary(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{\"schema\": {\"branches_taken\": {\"ZADD\": [\"/anyOf/3\"]}}}");
        BranchCoverage.Group g = BranchCoverage.fromRun(summary).groups(List.of("sorted_set"), ReplySchemas.bundled()).get(0);
        assertThat(g.covered()).isEqualTo(1);
    }

    @Test
    void severalRunsCountABranchAnyOfThemTook(@TempDir Path dir) throws IOException {
        Path on70 = dir.resolve("70.json");
        Path on72 = dir.resolve("72.json");
        Files.writeString(on70, "{\"schema\": {\"branches_taken\": {\"ZADD\": [\"/anyOf/3\"], \"ZRANK\": [\"/oneOf/0\"]}}}");
        Files.writeString(on72, "{\"schema\": {\"branches_taken\": {\"ZRANK\": [\"/oneOf/0\", \"/oneOf/2\"]}}}");
        BranchCoverage.Group g = BranchCoverage.fromRuns(List.of(on70, on72)).groups(List.of("sorted_set"),
                ReplySchemas.bundled()).get(0);
        assertThat(g.covered()).isEqualTo(3);
        assertThat(g.neverTaken()).noneMatch(n -> n.startsWith("ZRANK /oneOf/2"));
    }

    @Test
    void aRunWithoutSchemaFactsIsAOneLineError(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{\"total\": 3}");
        assertThatThrownBy(() -> BranchCoverage.fromRun(summary)).isInstanceOf(IOException.class)
                .hasMessageContaining("no schema.branches_taken");
        Files.writeString(summary, "not json");
        assertThatThrownBy(() -> BranchCoverage.fromRun(summary)).hasMessageContaining("not a readable summary.json");
    }
}
