package io.redspec.spec;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each fixture in fixtures/malformed breaks one rule. The parser must reject it with the exact
 * {@code file:LINE: reason}; the JSON Schema must reject it too, unless the rule is one a schema
 * cannot express (marked {@link Catch#PARSER_ONLY}: uniqueness, cross-references, ordering).
 */
class MalformedSpecTest {

    enum Catch { BOTH, PARSER_ONLY }

    record Fixture(String file, int line, String reason, Catch caughtBy, String schemaSays) {
        @Override public String toString() { return file; }
    }

    static final List<Fixture> FIXTURES = List.of(
            both("yaml-syntax.yaml", 8, "YAML error: expected ',' or ']', but got :",
                    "not loadable as JSON: while parsing a flow sequence"),
            both("unknown-top-level-field.yaml", 2,
                    "unknown field 'comand' in the file (allowed: cases, command, doc, group, setup, teardown)",
                    "$: property 'comand' is not defined"),
            both("unknown-case-field.yaml", 5, "unknown field 'behavior' in a case (allowed: behaviour, clients, doc,"
                    + " exclusive, flavours, id, modes, name, note, protocols, setup, since, steps, tags, teardown, until)",
                    "$.cases[0]: property 'behavior' is not defined"),
            both("unknown-matcher.yaml", 8, "unknown matcher 'dobule' (known: any, array, because, bignum, bool, bulk, contains,"
                    + " distinct, double, each, error, error_regex, format, hex, int, len, map, not_error, null, of, one_of,"
                    + " pairs, push, range, regex, resp2, resp3, set, simple, tolerance, type, unordered, verbatim)",
                    "$.cases[0].steps[0].expect: property 'dobule' is not defined"),
            both("duplicate-key.yaml", 6, "duplicate field 'name' in a case",
                    "not loadable as JSON: while constructing a mapping"),
            both("missing-id.yaml", 3, "case is missing 'id'",
                    "$.cases[0]: required property 'id' not found"),
            parserOnly("duplicate-id.yaml", 9, "duplicate id 'same'"),
            both("bad-id-chars.yaml", 3, "id 'Get_Missing' must be lower-case letters, digits and '-'",
                    "$.cases[0].id: does not match the regex pattern"),
            both("step-two-kinds.yaml", 7, "a step needs exactly one of send, await, sleep, silence, scan (found send, sleep)",
                    "$.cases[0].steps[0]: must be valid to one and only one schema, but 2 are valid"),
            both("step-no-kind.yaml", 7, "a step needs exactly one of send, await, sleep, silence, scan (found none)",
                    "$.cases[0].steps[0]: must be valid to one and only one schema, but 0 are valid"),
            both("expect-on-sleep.yaml", 8, "'expect' does not go with sleep",
                    "$.cases[0].steps[0].expect: schema for 'expect' is false"),
            both("async-with-expect.yaml", 9,
                    "an async send has no reply to check here: read it with a later await",
                    "$.cases[0].steps[0].expect: schema for 'expect' is false"),
            both("await-with-expect.yaml", 10, "await takes its matcher as its value: await: <matcher>",
                    "$.cases[0].steps[1].expect: schema for 'expect' is false"),
            both("within-without-expect.yaml", 8, "within re-sends until expect matches: give expect",
                    "$.cases[0].steps[0]: required property 'expect' not found"),
            both("off-schema-blank.yaml", 9, "off_schema gives the reason the reply is outside its reply_schema",
                    "$.cases[0].steps[0].off_schema: does not match the regex pattern"),
            both("off-schema-on-async-send.yaml", 9, "an async send reads no reply here: put off_schema on the await that reads it",
                    "$.cases[0].steps[0].off_schema: schema for 'off_schema' is false"),
            both("sleep-over-limit.yaml", 7, "sleep must be 0..2000 ms, got 2500",
                    "$.cases[0].steps[0].sleep: must have a maximum value of 2000"),
            both("within-over-limit.yaml", 9, "within must be 0..5000 ms, got 6000",
                    "$.cases[0].steps[0].within: must have a maximum value of 5000"),
            both("timeout-over-limit.yaml", 10, "timeout must be 0..10000 ms, got 20000",
                    "$.cases[0].steps[1].timeout: must have a maximum value of 10000"),
            both("timeout-on-send.yaml", 9, "'timeout' does not go with send",
                    "$.cases[0].steps[0].timeout: schema for 'timeout' is false"),
            parserOnly("unknown-client.yaml", 9, "unknown client 'c' (the case declares [a, b])"),
            parserOnly("unknown-placeholder.yaml", 7, "unknown placeholder '$foo' in \"$foo\" (keys are $key…, built-ins"
                    + " $ns $db $now $now_ms, variables must be saved by an earlier step)"),
            parserOnly("variable-before-save.yaml", 7, "unknown placeholder '$n' in \"$n\" (keys are $key…, built-ins"
                    + " $ns $db $now $now_ms, variables must be saved by an earlier step)"),
            both("bad-placeholder-syntax.yaml", 7,
                    "'$' must start a placeholder in \"costs $5\" (write $$ for a literal $)",
                    "$.cases[0].steps[0].send[2]: does not match the regex pattern"),
            both("save-key-name.yaml", 8,
                    "'key2' cannot be a variable name (a word not starting with 'key', not ns/db/now/now_ms)",
                    "$.cases[0].steps[0].save: must not be valid"),
            both("resp2-without-resp3.yaml", 8, "resp2 and resp3 go together: give both",
                    "$.cases[0].steps[0].expect: required property 'resp3' not found"),
            both("tolerance-without-double.yaml", 8, "tolerance goes with double",
                    "$.cases[0].steps[0].expect: required property 'double' not found"),
            both("format-without-verbatim.yaml", 8, "format goes with verbatim",
                    "$.cases[0].steps[0].expect: required property 'verbatim' not found"),
            both("plain-float-matcher.yaml", 8,
                    "a plain number with a fraction is ambiguous: write {double: 1.5} or quote it for a bulk string",
                    "$.cases[0].steps[0].expect: number found"),
            both("plain-bool-matcher.yaml", 8,
                    "a plain boolean is ambiguous: write {bool: false} or quote it for a bulk string",
                    "$.cases[0].steps[0].expect: boolean found"),
            both("distinct-false.yaml", 8, "distinct: false checks nothing; remove it",
                    "$.cases[0].steps[0].expect.distinct: must be the constant value 'true'"),
            both("unknown-null-kind.yaml", 8, "null takes 'bulk' (RESP2 $-1) or 'array' (RESP2 *-1)",
                    "$.cases[0].steps[0].expect.null: does not have a value in the enumeration"),
            both("unknown-type.yaml", 8, "unknown type 'string' (known: simple, bulk, verbatim, integer, double,"
                    + " bignum, boolean, null, array, map, set, push, error)",
                    "$.cases[0].steps[0].expect.type: does not have a value in the enumeration"),
            both("bad-hex.yaml", 7, "hex must be pairs of hex digits: 00f",
                    "$.cases[0].steps[0].send[2].hex: does not match the regex pattern"),
            both("bad-version.yaml", 6, "not a version: seven (write e.g. 6.2.0)",
                    "$.cases[0].since: does not match the regex pattern"),
            parserOnly("until-not-above-since.yaml", 7, "until (6.2.0) must be above since (6.2.0)"),
            both("unknown-flavour.yaml", 6, "unknown flavour 'redict'",
                    "$.cases[0].flavours[1]: does not have a value in the enumeration"),
            both("unknown-mode.yaml", 6, "unknown mode 'sentinel' (standalone, cluster)",
                    "$.cases[0].modes[0]: does not have a value in the enumeration"),
            both("protocol-four.yaml", 6, "protocols are 2 and 3",
                    "$.cases[0].protocols[0]: does not have a value in the enumeration [2, 3]"),
            both("empty-send.yaml", 7, "send needs at least the command name",
                    "$.cases[0].steps[0].send: must have at least 1 items but found 0"),
            // An empty list item and the word null load to the same JSON null; only the parser sees the difference.
            parserOnly("empty-argument.yaml", 10, "empty argument: write \"\" for an empty string"),
            both("scan-without-cursor.yaml", 7,
                    "a scan step names the cursor argument once, as $cursor, e.g. [SSCAN, $key, $cursor, COUNT, 5]",
                    "$.cases[0].steps[0].scan: must contain at least 1 element(s) that passes these validations"),
            both("scan-checks-nothing.yaml", 7, "a scan step checks what it collected: give expect, same_as or both",
                    "$.cases[0].steps[0]: required property 'same_as' not found"),
            both("pairs-on-send.yaml", 8, "'pairs' does not go with send",
                    "$.cases[0].steps[0].pairs: schema for 'pairs' is false"),
            both("bad-exclusive-resource.yaml", 6,
                    "exclusive resource 'Notify Events' must be lower case letters, digits and : . _ - (at most 64)",
                    "$.cases[0].exclusive: must be valid to one and only one schema, but 0 are valid"),
            both("no-cases.yaml", 2, "no cases",
                    "$.cases: must have at least 1 items but found 0"));

    private static SpecSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SpecSchema.load();
    }

    /** {@code schemaSays}: part of the schema's message, to show it rejects for the same reason. */
    static Fixture both(String file, int line, String reason, String schemaSays) {
        return new Fixture(file, line, reason, Catch.BOTH, schemaSays);
    }

    static Fixture parserOnly(String file, int line, String reason) {
        return new Fixture(file, line, reason, Catch.PARSER_ONLY, null);
    }

    static Stream<Fixture> fixtures() {
        return FIXTURES.stream();
    }

    static Stream<Fixture> schemaCatches() {
        return FIXTURES.stream().filter(f -> f.caughtBy() == Catch.BOTH);
    }

    static Stream<Fixture> parserOnlyFixtures() {
        return FIXTURES.stream().filter(f -> f.caughtBy() == Catch.PARSER_ONLY);
    }

    static Path dir() {
        try {
            return Path.of(MalformedSpecTest.class.getResource("/fixtures/malformed").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parserRejectsWithFileLineAndReason(Fixture f) {
        String display = "fixtures/malformed/" + f.file();
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> new SpecParser().parse(dir().resolve(f.file()), display, "malformed/" + f.file()));
        assertThat(e).as("the parser accepted " + f.file()).isNotNull();
        assertThat(e.getMessage()).isEqualTo(display + ":" + f.line() + ": " + f.reason());
        assertThat(e.file()).isEqualTo(display);
        assertThat(e.line()).isEqualTo(f.line());
        assertThat(e.reason()).isEqualTo(f.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaCatches")
    void schemaRejects(Fixture f) {
        assertThat(schema.problems(dir().resolve(f.file()))).as("schema on " + f.file())
                .anySatisfy(p -> assertThat(p).contains(f.schemaSays()));
    }

    /** Documents the schema's blind spots: if one of these starts failing, the schema learnt the rule — move it to both(). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("parserOnlyFixtures")
    void schemaCannotSee(Fixture f) {
        assertThat(schema.problems(dir().resolve(f.file()))).as("schema on " + f.file()).isEmpty();
    }

    /** Mistakes the parser lets through today (see ParserBugsTest) but the schema already flags in the editor. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{send: [BLPOP, $key, 1], async: true, save: v}",
        "{send: [GET, $key], expect: {double: 1.5, tolerance: -0.1}}",
        "{send: [GET, $key], expect: {len: -1}}",
        "{send: [LRANGE, $key, 0, -1], save: {first: -1}}"})
    void schemaRejectsWhatTheParserMisses(String step) {
        String yaml = "cases:\n  - {id: x, name: n, behaviour: b, steps: [" + step + "]}\n";
        assertThat(schema.problems(yaml)).isNotEmpty();
    }

    /** The parser's side of this is in HostileSpecTest (recursive-alias.yaml). */
    @Test
    void schemaReportsARecursiveAliasInsteadOfCrashing() {
        assertThat(schema.problems("cases:\n  - &a {id: x, name: n, behaviour: b, steps: [*a]}\n"))
                .containsExactly("not loadable as JSON: recursive alias: a node contains itself");
    }

    @Test
    void everyFixtureFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(FIXTURES.stream().map(Fixture::file).toList());
        }
    }

    @Test
    void emptyFileIsAnErrorOnLineOne() {
        assertThatThrownBy(() -> new SpecParser().parse("", Path.of("e.yaml"), "e.yaml", "e"))
                .isInstanceOf(SpecException.class).hasMessage("e.yaml:1: empty file");
    }

    @Test
    void notUtf8IsAnErrorNotACrash(@TempDir Path tmp) throws IOException {
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'c', 'a', 's', 'e', 's', ':', ' ', (byte) 0xe9, '\n'});
        assertThatThrownBy(() -> new SpecParser().parse(latin1, "latin1.yaml", "latin1"))
                .isInstanceOf(SpecException.class).hasMessage("latin1.yaml: not UTF-8");
    }

    @Test
    void unreadableFileIsAnErrorNotACrash() {
        assertThatThrownBy(() -> new SpecParser().parse(dir().resolve("no-such.yaml"), "no-such.yaml", "x"))
                .isInstanceOf(SpecException.class).hasMessageStartingWith("no-such.yaml: cannot read: ");
    }
}
