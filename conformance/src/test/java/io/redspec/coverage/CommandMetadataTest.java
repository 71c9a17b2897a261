package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CommandMetadataTest {

    private static CommandInfo command(String name) {
        return Fixtures.METADATA.command(name).orElseThrow();
    }

    @Test
    void zaddTokensComeFromNestedOneofsAndPureTokens() {
        CommandInfo zadd = command("zadd");
        assertThat(zadd.tokens()).containsExactly("NX", "XX", "GT", "LT", "CH", "INCR");
        assertThat(zadd.group()).isEqualTo("sorted_set");
        assertThat(zadd.since()).isEqualTo("1.2.0");
        assertThat(zadd.arity()).isEqualTo(-4);
        assertThat(zadd.container()).isNull();
    }

    @Test
    void setTokensIncludeTheExpiryBlockAndGet() {
        assertThat(command("SET").tokens()).containsExactly("NX", "XX", "GET", "EX", "PX", "EXAT", "PXAT", "KEEPTTL");
    }

    @Test
    void lposTokensAreItsOptionalBlocks() {
        assertThat(command("LPOS").tokens()).containsExactly("RANK", "COUNT", "MAXLEN");
    }

    @Test
    void aSubcommandIsNamedWithItsContainer() {
        CommandInfo enc = command("object encoding");
        assertThat(enc.name()).isEqualTo("OBJECT ENCODING");
        assertThat(enc.container()).isEqualTo("OBJECT");
        assertThat(enc.subcommand()).isEqualTo("ENCODING");
        assertThat(enc.group()).isEqualTo("generic");
        assertThat(enc.arity()).isEqualTo(3);
        assertThat(enc.tokens()).isEmpty();
        assertThat(command("OBJECT").container()).isNull();
    }

    @Test
    void aTokenSharedByTwoArgumentsCountsOnce() {
        CommandInfo lmove = command("LMOVE");
        assertThat(lmove.tokens()).containsExactly("LEFT", "RIGHT");
        assertThat(lmove.tokenArguments()).isEqualTo(4);
    }

    @Test
    void theSixCoreGroupsHold146CommandsAnd141DistinctTokens() {
        List<CommandInfo> core = Fixtures.METADATA.commands().stream()
                .filter(c -> CorpusCoverage.CORE_GROUPS.contains(c.group())).toList();
        assertThat(core).hasSize(146); // OBJECT itself and its 5 subcommands included
        assertThat(core.stream().mapToInt(c -> c.tokens().size()).sum()).isEqualTo(141);
        // 145 token-bearing arguments: LMOVE and BLMOVE name LEFT and RIGHT for both ends
        assertThat(core.stream().mapToInt(CommandInfo::tokenArguments).sum()).isEqualTo(145);
    }

    @Test
    void resolvesSubcommandsThenContainersThenPlainCommands() {
        CommandMetadata m = Fixtures.METADATA;
        assertThat(m.resolve("object", "Encoding")).map(CommandInfo::name).contains("OBJECT ENCODING");
        assertThat(m.resolve("OBJECT", "NOSUCH")).map(CommandInfo::name).contains("OBJECT");
        assertThat(m.resolve("OBJECT", null)).map(CommandInfo::name).contains("OBJECT");
        assertThat(m.resolve("zadd", "ENCODING")).map(CommandInfo::name).contains("ZADD");
        assertThat(m.resolve("NOSUCHCOMMAND", null)).isEmpty();
        assertThat(m.resolve(null, null)).isEmpty();
    }

    @Test
    void theIndexListsExactlyTheVendoredJsonFiles() throws IOException {
        Path dir = Path.of("src/main/resources/commands");
        List<String> onDisk;
        try (Stream<Path> s = Files.list(dir)) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(CommandMetadata.index()).isEqualTo(onDisk);
        assertThat(dir.resolve("LICENSE-valkey.txt")).exists();
    }
}
