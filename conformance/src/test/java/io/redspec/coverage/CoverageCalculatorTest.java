package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.spec.Arg;
import io.redspec.spec.Template;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    private static final CorpusCoverage CORPUS = Fixtures.corpus();

    private static CommandCoverage command(String name) {
        return CORPUS.commands().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCheckedSendCoversTheCommandAndItsTokens() {
        CommandCoverage lpos = command("LPOS");
        assertThat(lpos.covered()).isTrue();
        assertThat(lpos.cases()).isEqualTo(1);
        assertThat(lpos.coveredTokens()).containsExactly("RANK");
    }

    @Test
    void tokensSentOnlyInSetupAreNotCovered() {
        // COUNT is in the file setup, MAXLEN in a case setup: neither checks the option
        assertThat(command("LPOS").uncoveredTokens()).containsExactly("COUNT", "MAXLEN");
        assertThat(command("LLEN").covered()).isTrue();
    }

    @Test
    void anUncheckedSendCoversItsTokensButNotTheCommand() {
        CommandCoverage linsert = command("LINSERT");
        assertThat(linsert.covered()).isFalse();
        assertThat(linsert.coveredTokens()).containsExactly("BEFORE");
    }

    @Test
    void anAsyncSendCountsOnlyWhenAnAwaitOnItsClientFollows() {
        assertThat(command("BLPOP").covered()).isTrue();
        assertThat(command("BRPOP").covered()).isFalse();
    }

    @Test
    void placeholdersNeverMatchATokenAndOtherCommandsWordsDoNotCount() {
        assertThat(command("SET").covered()).isTrue();
        assertThat(command("SET").coveredTokens()).isEmpty();
    }

    @Test
    void subcommandsAndContainersAreToldApart() {
        assertThat(command("OBJECT ENCODING").covered()).isTrue();
        assertThat(command("OBJECT").cases()).isEqualTo(1);
        assertThat(command("OBJECT FREQ").covered()).isFalse();
    }

    @Test
    void anEmptyArgumentIsMigratesEmptyKeyToken() {
        assertThat(command("MIGRATE").coveredTokens()).containsExactlyInAnyOrder("\"\"", "KEYS");
    }

    @Test
    void unknownCommandsAreListedWithTheirCaseCounts() {
        assertThat(CORPUS.unknownCommands()).containsOnlyKeys("NOSUCHCOMMAND").containsEntry("NOSUCHCOMMAND", 1);
    }

    @Test
    void countsFilesCasesAndCasesPerGroup() {
        assertThat(CORPUS.files()).isEqualTo(3);
        assertThat(CORPUS.cases()).isEqualTo(9);
        CoverageReport r = CORPUS.report(List.of("list", "generic"));
        // checked-send, token-only-in-setup, async-then-await (RPUSH, BLPOP), placeholder-is-no-token (LPUSH)
        assertThat(r.groups().get(0).cases()).isEqualTo(4);
        assertThat(r.groups().get(1).cases()).isEqualTo(3);
        assertThat(r.total().cases()).isEqualTo(7);
    }

    @Test
    void literalsKeepPlainTextAndEscapedDollarsOnly() {
        List<Arg> args = List.of(
                new Arg.Text(Template.literal("ex")),
                new Arg.Text(Template.parse("$key", Set.of())),
                new Arg.Text(Template.parse("$$", Set.of())),
                new Arg.Hex(new byte[] {0}));
        assertThat(CoverageCalculator.literals(args)).containsExactly("ex", null, "$", null);
    }
}
