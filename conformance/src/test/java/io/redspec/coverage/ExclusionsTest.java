package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redspec.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code excluded.yaml}: its parse errors, and how exclusions change the report. */
class ExclusionsTest {

    private static final ExclusionsFile FILE = new ExclusionsFile(Fixtures.METADATA);

    private static Exclusions parse(String text) {
        return FILE.parse(text, "x/excluded.yaml");
    }

    @Test
    void readsGroupsCommandsAndTokensWithTheirReasons() {
        Exclusions ex = parse("""
                groups:
                  sentinel: not a sentinel
                commands:
                  shutdown: stops the server
                  CONFIG   REWRITE: rewrites its file
                tokens:
                  ACL LOG reset: erases the log
                """);
        assertThat(ex.groups()).containsExactly(Map.entry("sentinel", "not a sentinel"));
        assertThat(ex.commands()).containsOnly(Map.entry("SHUTDOWN", "stops the server"),
                Map.entry("CONFIG REWRITE", "rewrites its file"));
        assertThat(ex.tokens()).containsOnly(Map.entry("ACL LOG", Map.of("RESET", "erases the log")));
    }

    @Test
    void anEmptyFileExcludesNothing() {
        assertThat(parse("# nothing yet\n")).isEqualTo(Exclusions.NONE);
        assertThat(parse("commands:\n")).isEqualTo(Exclusions.NONE);
    }

    @Test
    void everyProblemNamesFileAndLine() {
        expectError("commands:\n  SHUTDOWN: ok\n  NOSUCH: why\n", 3, "unknown command 'NOSUCH'");
        expectError("groups:\n  clusters: why\n", 2, "unknown group 'clusters'");
        expectError("tokens:\n  CLIENT KILL NOPE: why\n", 2, "CLIENT KILL has no token NOPE");
        expectError("tokens:\n  NOPE NOPE: why\n", 2, "'NOPE NOPE' is not COMMAND TOKEN of a known command");
        expectError("commands:\n  SHUTDOWN: \"  \"\n", 2, "'SHUTDOWN' needs a reason");
        expectError("commands:\n  SHUTDOWN:\n", 2, "'SHUTDOWN' needs a reason");
        expectError("commands:\n  SHUTDOWN: [a]\n", 2, "'SHUTDOWN' needs a reason");
        expectError("command:\n  SHUTDOWN: a\n", 1, "unknown section 'command'");
        expectError("commands:\n  SHUTDOWN: a\n  SHUTDOWN: b\n", 3, "'SHUTDOWN' is listed twice");
        expectError("commands:\n  SHUTDOWN: a\n  shutdown: b\n", 3, "SHUTDOWN is listed twice");
        expectError("commands: [SHUTDOWN]\n", 1, "'commands' must be a mapping");
        expectError("commands:\n  SHUTDOWN: 'a\n", 3, "YAML error");
    }

    private static void expectError(String text, int line, String reason) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(((SpecException) e).line()).as(e.getMessage()).isEqualTo(line))
                .hasMessageStartingWith("x/excluded.yaml:" + line + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void excludedCommandsAndTokensAreCountedApartFromTheUncovered() {
        // the fixture corpus covers LPOS with RANK only, and never LINSERT
        CorpusCoverage corpus = Fixtures.corpus().excluding(parse("""
                commands:
                  LINSERT: for the test
                tokens:
                  LPOS COUNT: counts
                """));
        GroupCoverage list = corpus.report(List.of("list")).groups().get(0);
        assertThat(list.excludedCommands()).containsExactly(Map.entry("LINSERT", "for the test"));
        assertThat(list.uncoveredCommands()).doesNotContain("LINSERT").contains("BRPOP");
        assertThat(list.coveredCommands()).contains("LPOS").doesNotContain("LINSERT");
        // LINSERT's uncovered tokens go with it (a step sends LINSERT BEFORE without checking the reply)
        assertThat(list.excludedTokens()).containsOnly(Map.entry("LPOS COUNT", "counts"),
                Map.entry("LINSERT AFTER", "for the test"));
        assertThat(list.uncoveredTokens()).contains("LPOS MAXLEN").doesNotContain("LPOS COUNT", "LINSERT AFTER");
        assertThat(list.commandsExcluded()).isEqualTo(1);
        assertThat(list.tokensExcluded()).isEqualTo(2);
        // covered and excluded do not overlap: covered + excluded + uncovered = total
        assertThat(list.commandsCovered() + list.commandsExcluded() + list.uncoveredCommands().size())
                .isEqualTo(list.commandsTotal());
        assertThat(list.tokensCovered() + list.tokensExcluded() + list.uncoveredTokens().size())
                .isEqualTo(list.tokensTotal());
    }

    @Test
    void anEntryTheCorpusCoversIsStaleAndCoverageWins() {
        CorpusCoverage corpus = Fixtures.corpus().excluding(parse("""
                groups:
                  list: the whole group
                commands:
                  LPOS: covered after all
                tokens:
                  LPOS RANK: covered after all
                """));
        GroupCoverage list = corpus.report(List.of("list")).groups().get(0);
        assertThat(corpus.staleExclusions()).containsExactly("LPOS", "LPOS RANK");
        assertThat(list.excludedCommands()).doesNotContainKey("LPOS").containsKey("LINSERT");
        assertThat(list.coveredCommands()).contains("LPOS");
        // a group entry is not stale because some of its commands are covered
        assertThat(corpus.staleExclusions()).doesNotContain("list");
    }
}
