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
    void theSixCoreGroupsHold155CommandsAnd166DistinctTokens() {
        List<CommandInfo> core = Fixtures.METADATA.commands().stream()
                .filter(c -> CorpusCoverage.CORE_GROUPS.contains(c.group())).toList();
        // 146 vendored from Valkey 8.0.1 (OBJECT itself and its 5 subcommands included) and the
        // 9 hash-field expiry commands of Redis 7.4 written by Redspec
        assertThat(core).hasSize(155);
        assertThat(core.stream().mapToInt(c -> c.tokens().size()).sum()).isEqualTo(166);
        // 170 token-bearing arguments: LMOVE and BLMOVE name LEFT and RIGHT for both ends
        assertThat(core.stream().mapToInt(CommandInfo::tokenArguments).sum()).isEqualTo(170);
    }

    @Test
    void hashFieldExpiryCommandsOfRedis74AreKnown() {
        CommandInfo hexpire = command("HEXPIRE");
        assertThat(hexpire.group()).isEqualTo("hash");
        assertThat(hexpire.since()).isEqualTo("7.4.0");
        assertThat(hexpire.arity()).isEqualTo(-6);
        assertThat(hexpire.tokens()).containsExactly("NX", "XX", "GT", "LT", "FIELDS");
        for (String name : List.of("HTTL", "HPTTL", "HEXPIRETIME", "HPEXPIRETIME", "HPERSIST")) {
            assertThat(command(name).tokens()).as(name).containsExactly("FIELDS");
            assertThat(command(name).arity()).as(name).isEqualTo(-5);
        }
        for (String name : List.of("HPEXPIRE", "HEXPIREAT", "HPEXPIREAT")) {
            assertThat(command(name).tokens()).as(name).containsExactly("NX", "XX", "GT", "LT", "FIELDS");
        }
        assertThat(command("HSCAN").tokens()).contains("NOVALUES");
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
