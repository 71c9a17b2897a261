package io.redspec.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.redspec.cli.RedspecCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files built to hurt the reader: deep nesting, huge files, lines and values, alias bombs, tags,
 * other encodings, control characters. Each must be refused with one {@code file:line: reason}
 * naming the limit it broke; the CLI exits 2 with that line, no stack trace, and runs nothing.
 * Small ones are in fixtures/hostile; the big ones are written here, so no MiB is committed.
 * The time bound is a guard against hangs, not a speed target (each takes milliseconds).
 */
class HostileSpecTest {
    static final Duration HANG_GUARD = Duration.ofSeconds(10);
    static final String CASE_HEAD = "cases:\n  - id: x\n    name: n\n    behaviour: b\n    steps:\n"
            + "      - send: [GET, $key]\n        expect: ";

    record Hostile(String file, int line, String reason) {
        @Override public String toString() { return file; }
    }

    static final List<Hostile> HOSTILE = List.of(
            // committed, small
            new Hostile("yaml-version.yaml", 1, "YAML 9.9 is not supported (spec files are YAML 1.x)"),
            new Hostile("python-tag.yaml", 7,
                    "YAML tag 'tag:yaml.org,2002:python/object:os.system' is not allowed in a spec file (write plain values)"),
            new Hostile("custom-tag.yaml", 7, "YAML tag '!foo' is not allowed in a spec file (write plain values)"),
            new Hostile("recursive-alias.yaml", 2, "a YAML alias refers to itself"),
            new Hostile("billion-laughs.yaml", 11,
                    "with its aliases expanded the file holds more than 100000 values (the limit for a spec file)"),
            new Hostile("many-aliases.yaml", 2, "more than 100 aliases (*name), the limit for a spec file"),
            new Hostile("control-char.yaml", 2, "character U+0007 is not allowed in YAML (control characters, NUL)"),
            new Hostile("nul-byte.yaml", 2, "character U+0000 is not allowed in YAML (control characters, NUL)"),
            new Hostile("utf16.yaml", 0, "not UTF-8"),
            new Hostile("latin1.yaml", 0, "not UTF-8"),
            new Hostile("binary.yaml", 0, "not UTF-8"),
            new Hostile("two-documents.yaml", 2, "YAML error: but found another document"),
            // generated below
            new Hostile("deep-flow.yaml", 7, "nested deeper than 64 levels (the limit for a spec file)"),
            new Hostile("deep-block.yaml", 65, "nested deeper than 64 levels (the limit for a spec file)"),
            new Hostile("huge-file.yaml", 0, "file is 4194304 bytes, over the limit of 262144 bytes (256 KiB) for a spec file"),
            new Hostile("long-line.yaml", 7, "a line of 200020 characters, over the limit of 16384 for a spec file"),
            new Hostile("big-value.yaml", 7, "a value of 140000 characters, over the limit of 65536 for a spec file"));

    static Path committed;
    static Path generated;

    @BeforeAll
    static void writeTheBigOnes(@TempDir Path tmp) throws IOException, URISyntaxException {
        committed = Path.of(HostileSpecTest.class.getResource("/fixtures/hostile").toURI());
        generated = tmp;
        // the StackOverflowError of old: x: [[[[… thousands deep
        Files.writeString(tmp.resolve("deep-flow.yaml"), CASE_HEAD + "[".repeat(5000) + "]".repeat(5000) + "\n");
        StringBuilder block = new StringBuilder("cases:\n");
        for (int i = 0; i < 200; i++) {
            block.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        Files.writeString(tmp.resolve("deep-block.yaml"), block.append("  ".repeat(201)).append("v\n"));
        Files.writeString(tmp.resolve("huge-file.yaml"), CASE_HEAD + "x\n" + "#".repeat(4 * 1024 * 1024 - CASE_HEAD.length() - 3) + "\n");
        Files.writeString(tmp.resolve("long-line.yaml"), CASE_HEAD + "x # " + "c".repeat(200_000) + "\n");
        // the old hang: a multi-line value of 140,000 characters
        Files.writeString(tmp.resolve("big-value.yaml"), CASE_HEAD + "|\n" + ("          " + "a".repeat(69) + "\n").repeat(2000));
    }

    static Path path(Hostile h) {
        Path c = committed.resolve(h.file());
        return Files.exists(c) ? c : generated.resolve(h.file());
    }

    static Stream<Hostile> hostile() {
        return HOSTILE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void parserRefusesWithFileLineAndTheLimit(Hostile h) {
        long start = System.nanoTime();
        SpecException e = assertTimeoutPreemptively(HANG_GUARD, () -> catchThrowableOfType(SpecException.class,
                () -> new SpecParser().parse(path(h), h.file(), "hostile")));
        System.out.printf("hostile %-22s refused in %4d ms: %s%n", h.file(), (System.nanoTime() - start) / 1_000_000,
                e == null ? "ACCEPTED" : e.getMessage());
        assertThat(e).as("the parser accepted " + h.file()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(h.line() > 0 ? h.file() + ":" + h.line() + ": " + h.reason()
                : h.file() + ": " + h.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void cliPrintsOneLineExitsTwoAndRunsNothing(Hostile h, @TempDir Path reports) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = assertTimeoutPreemptively(HANG_GUARD, () -> RedspecCli.execute("run", "--spec", path(h).toString(),
                    "-o", reports.resolve("r").toString()));
        } finally {
            System.setErr(err);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(code).isEqualTo(2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith(h.reason()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(lines.get(1)).isEqualTo("redspec: 1 spec problem(s) above; nothing was run");
        assertThat(reports.resolve("r")).doesNotExist();
    }

    @Test
    void everyCommittedFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(committed)) {
            assertThat(HOSTILE.stream().map(Hostile::file).toList())
                    .containsAll(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theCorpusIsFarInsideTheLimits() throws IOException {
        Path spec = Path.of(System.getProperty("redspec.specRoot", "../spec"));
        try (Stream<Path> files = Files.walk(spec)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(Files.size(f)).as(f.toString()).isLessThan(SpecLimits.MAX_FILE_BYTES / 4);
                assertThat(Files.readAllLines(f)).allSatisfy(l -> assertThat(l.length()).isLessThan(SpecLimits.MAX_LINE_CHARS / 16));
            }
        }
    }
}
