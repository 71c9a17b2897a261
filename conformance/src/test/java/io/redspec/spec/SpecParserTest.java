package io.redspec.spec;

import io.redspec.match.CollectionMatchers;
import io.redspec.match.Matcher;
import io.redspec.match.PredicateMatchers;
import io.redspec.match.ScalarMatchers;
import io.redspec.resp.RespValue.RespNull;
import io.redspec.server.Flavour;
import io.redspec.server.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What well-formed spec files parse into: templates, argument forms, file-level steps, gates, matchers. */
class SpecParserTest {

    static SpecFile parse(String yaml) {
        return new SpecParser().parse(yaml, Path.of("t.yaml"), "t.yaml", "group/t");
    }

    /** A file with one case whose steps are the given YAML lines (indented as step list items). */
    static SpecCase oneCase(String caseFields, String... steps) {
        return parse("command: X\ncases:\n  - id: c\n    name: n\n    behaviour: b\n" + caseFields
                + "    steps:\n" + String.join("\n", steps) + "\n").cases().get(0);
    }

    static List<String> sent(Step step, Bindings b) {
        List<byte[]> out = new ArrayList<>();
        for (Arg a : ((Step.Send) step).args()) {
            a.expand(b, out);
        }
        return out.stream().map(x -> new String(x, StandardCharsets.UTF_8)).toList();
    }

    static Matcher expect(String matcherYaml) {
        Step s = oneCase("", "      - send: [GET, $key]", "        expect: " + matcherYaml).steps().get(0);
        return ((Step.Send) s).expect();
    }

    @Test
    void placeholdersRenderKeysBuiltinsTimeAndDollar() {
        SpecCase c = oneCase("", "      - send: [SET, $key, \"${key2}:x\", $key_dst, $ns, \"${ns}*\", $db, $now, $now_ms,"
                + " \"${now+100}\", \"${now_ms-5000}\", \"${ now + 7 }\", \"a$$b\", $$]");
        assertThat(sent(c.steps().get(0), new TestBindings())).containsExactly("SET", "ns:key", "ns:key2:x",
                "ns:key_dst", "ns:", "ns:*", "9", "1700000000", "1700000000123", "1700000100", "1699999995123",
                "1700000007", "a$b", "$");
    }

    @Test
    void aScanStepKeepsItsCursorArgumentPairsAndReference() {
        SpecCase c = oneCase("", "      - scan: [HSCAN, $key, $cursor, MATCH, \"f*\", COUNT, 5]",
                "        pairs: true",
                "        same_as: [HGETALL, $key]",
                "        expect: {len: 3}");
        Step.Scan scan = (Step.Scan) c.steps().get(0);
        assertThat(scan.pairs()).isTrue();
        assertThat(scan.expect()).isNotNull();
        List<byte[]> out = new ArrayList<>();
        scan.args().forEach(a -> a.expand(new TestBindings().with("cursor", "17"), out));
        assertThat(out).extracting(x -> new String(x, StandardCharsets.UTF_8))
                .containsExactly("HSCAN", "ns:key", "17", "MATCH", "f*", "COUNT", "5");
        assertThat(scan.sameAs()).hasSize(2);
    }

    @Test
    void scalarsAreSentAsTheirSourceText() {
        SpecCase c = oneCase("", "      - send: [SET, $key, 1.50, true, 0x10, -1.5e3, null, \"\", 007]");
        assertThat(sent(c.steps().get(0), new TestBindings()))
                .containsExactly("SET", "ns:key", "1.50", "true", "0x10", "-1.5e3", "null", "", "007");
    }

    @Test
    void savedVariableIsKnownToLaterStepsOnly() {
        SpecCase c = oneCase("", "      - {send: [INCR, $key], expect: 1, save: n}",
                "      - {send: [HKEYS, $key2], save: {first: 0}}",
                "      - {send: [SET, \"${key}:$n\", \"${first}-$n\"]}");
        assertThat(((Step.Send) c.steps().get(0)).save()).isEqualTo(new Step.Save("n", null, null));
        assertThat(((Step.Send) c.steps().get(1)).save()).isEqualTo(new Step.Save("first", 0, null));
        assertThat(sent(c.steps().get(2), new TestBindings().with("n", "1").with("first", "f")))
                .containsExactly("SET", "ns:key:1", "f-1");
    }

    @Test
    void savedIntegerTakesAnOffset() {
        SpecCase c = oneCase("", "      - {send: [PUBSUB, NUMPAT], expect: {type: integer}, save: n}",
                "      - {send: [ECHO, \"${n+2}\", \"${ n - 3 }\"]}");
        assertThat(sent(c.steps().get(1), new TestBindings().with("n", "7"))).containsExactly("ECHO", "9", "4");
        assertThatThrownBy(() -> sent(c.steps().get(1), new TestBindings().with("n", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an integer");
    }

    @Test
    void saveByFieldOfAMapReply() {
        SpecCase c = oneCase("", "      - {send: [CONFIG, GET, maxmemory], save: {limit: maxmemory}}",
                "      - {send: [CONFIG, SET, maxmemory, $limit]}");
        assertThat(((Step.Send) c.steps().get(0)).save()).isEqualTo(new Step.Save("limit", null, "maxmemory"));
        assertThat(sent(c.steps().get(1), new TestBindings().with("limit", "0"))).containsExactly("CONFIG", "SET", "maxmemory", "0");
    }

    @Test
    void seqRepeatAndHexArguments() {
        SpecCase c = oneCase("",
                "      - send: [MSET, {seq: [\"${key}{i}\", \"v{i}\"], from: 1, to: 3}]",
                "      - send: [DEL, {seq: \"m{i}\", from: -1, to: 1}]",
                "      - send: [SET, $key, {repeat: \"ab\", times: 3}]",
                "      - send: [SET, $key, {repeat: x, times: 0}]",
                "      - send: [SET, $key, {hex: \"00 ff41\"}]");
        TestBindings b = new TestBindings();
        assertThat(sent(c.steps().get(0), b)).containsExactly("MSET", "ns:key1", "v1", "ns:key2", "v2", "ns:key3", "v3");
        assertThat(sent(c.steps().get(1), b)).containsExactly("DEL", "m-1", "m0", "m1");
        assertThat(sent(c.steps().get(2), b)).containsExactly("SET", "ns:key", "ababab");
        assertThat(sent(c.steps().get(3), b)).containsExactly("SET", "ns:key", "");
        List<byte[]> raw = new ArrayList<>();
        ((Step.Send) c.steps().get(4)).args().get(2).expand(b, raw);
        assertThat(raw).singleElement().isEqualTo(new byte[] {0, (byte) 0xff, 0x41});
    }

    @Test
    void argumentFormsMustBeComplete() {
        assertThatThrownBy(() -> oneCase("", "      - send: [SET, $key, {repeat: x}]"))
                .hasMessage("t.yaml:7: an argument is a scalar, {hex: …}, {repeat: …, times: …} or {seq: …, from: …, to: …}");
        assertThatThrownBy(() -> oneCase("", "      - send: [DEL, {seq: \"m{i}\", from: 3, to: 1}]"))
                .hasMessage("t.yaml:7: seq needs from <= to, at most 100000 steps");
        assertThatThrownBy(() -> oneCase("", "      - send: [SET, $key, {repeat: x, times: -1}]"))
                .hasMessage("t.yaml:7: times must be 0..10000000");
    }

    @Test
    void fileSetupAndTeardownWrapEveryCase() {
        SpecFile f = parse("""
                command: LPUSH
                setup:
                  - send: [RPUSH, $key, a]
                teardown:
                  - send: [DEL, $key9]
                cases:
                  - id: one
                    name: n
                    behaviour: b
                    clients: [x, y]
                    setup:
                      - send: [RPUSH, $key, b]
                    steps:
                      - send: [LLEN, $key]
                        expect: 2
                    teardown:
                      - {client: y, send: [DEL, $key]}
                  - id: two
                    name: n
                    behaviour: b
                    steps:
                      - send: [LLEN, $key]
                        expect: 1
                """);
        assertThat(f.setup()).hasSize(1);
        assertThat(f.teardown()).hasSize(1);
        SpecCase one = f.cases().get(0);
        assertThat(one.setup()).extracting(Step::line).containsExactly(3, 12);
        assertThat(one.setup()).extracting(s -> ((Step.Send) s).client()).containsExactly("x", "x");
        assertThat(one.teardown()).extracting(Step::line).containsExactly(17, 5);
        assertThat(one.teardown()).extracting(s -> ((Step.Send) s).client()).containsExactly("y", "x");
        SpecCase two = f.cases().get(1);
        assertThat(two.setup()).extracting(Step::line).containsExactly(3);
        assertThat(two.teardown()).extracting(Step::line).containsExactly(5);
        assertThat(two.clients()).containsExactly("main");
        assertThat(((Step.Send) two.setup().get(0)).client()).isEqualTo("main");
    }

    @Test
    void caseIdentityLocationAndCitation() {
        SpecFile f = parse("""
                command: GET
                group: string
                doc: https://redis.io/docs/latest/commands/get/
                cases:
                  - id: a-1
                    name: n
                    behaviour: b
                    tags: slow
                    steps: [{send: [GET, $key], expect: null}]
                  - id: b-2
                    name: n
                    behaviour: b
                    doc: "history: 6.2.0"
                    note: why
                    exclusive: true
                    tags: [tutorial, slow]
                    steps: [{sleep: 0}]
                """);
        SpecCase a = f.cases().get(0);
        SpecCase b = f.cases().get(1);
        assertThat(f.command()).isEqualTo("GET");
        assertThat(f.group()).isEqualTo("string");
        assertThat(a.fullId()).isEqualTo("group/t:a-1");
        assertThat(a.location()).isEqualTo("t.yaml:5");
        assertThat(a.citation()).isEqualTo("https://redis.io/docs/latest/commands/get/");
        assertThat(a.tags()).containsExactly("slow");
        assertThat(a.exclusive()).isFalse();
        assertThat(b.citation()).isEqualTo("history: 6.2.0");
        assertThat(b.note()).isEqualTo("why");
        assertThat(b.exclusive()).isTrue();
        assertThat(b.tags()).containsExactly("tutorial", "slow");
        assertThat(b.steps()).singleElement().isEqualTo(new Step.Sleep(17, Gate.ALWAYS, 0));
    }

    @Test
    void caseGates() {
        SpecCase c = oneCase("    since: 6.2.0\n    until: \"7.2\"\n    flavours: [redis, Valkey]\n    protocols: [3]\n",
                "      - send: [PING]");
        Gate g = c.gate();
        assertThat(g.since()).isEqualTo(Version.of(6, 2, 0));
        assertThat(g.until()).isEqualTo(Version.of(7, 2, 0));
        assertThat(g.flavours()).containsExactlyInAnyOrder(Flavour.REDIS, Flavour.VALKEY);
        assertThat(g.protocols()).containsExactly(3);
        assertThat(g.applies(Version.of(7, 0, 15), Flavour.REDIS, 3, "standalone")).isTrue();
        assertThat(g.skipReason(Version.of(6, 2, 11), Flavour.REDIS, 2, "standalone")).contains("RESP2 not applicable (protocols [3])");
        assertThat(g.skipReason(Version.of(6, 0, 0), Flavour.REDIS, 3, "standalone")).contains("needs 6.2.0, server is 6.0.0");
        assertThat(g.skipReason(Version.of(7, 2, 4), Flavour.VALKEY, 3, "standalone")).contains("applies before 7.2.0, server is 7.2.4");
        assertThat(g.skipReason(Version.of(7, 0, 0), Flavour.KEYDB, 3, "standalone")).contains("only for [redis, valkey], server is keydb");
    }

    @Test
    void modesGateCasesAndSteps() {
        SpecCase c = oneCase("    modes: cluster\n", "      - {send: [PING], modes: [standalone, cluster]}");
        assertThat(c.gate().modes()).containsExactly("cluster");
        assertThat(c.gate().skipReason(Version.of(7, 0, 0), Flavour.REDIS, 2, "standalone"))
                .contains("only in cluster mode, server is standalone");
        assertThat(c.steps().get(0).gate().modes()).containsExactlyInAnyOrder("standalone", "cluster");
    }

    @Test
    void noGateMeansAlwaysAndAScalarFlavourIsAList() {
        assertThat(oneCase("", "      - send: [PING]").gate()).isSameAs(Gate.ALWAYS);
        assertThat(oneCase("    flavours: dragonfly\n", "      - send: [PING]").gate().flavours())
                .containsExactly(Flavour.DRAGONFLY);
        assertThat(oneCase("    since: 7.0\n", "      - send: [PING]").gate().since()).isEqualTo(Version.of(7, 0, 0));
    }

    @Test
    void stepGatesAndModifiers() {
        SpecCase c = oneCase("    clients: [a, b]\n",
                "      - {client: b, send: [BLPOP, $key, 1], async: true, until: 7.0.0}",
                "      - {client: b, silence: 100, since: 7.0.0, protocols: [2, 3]}",
                "      - {client: a, send: [RPUSH, $key, x], expect: 1, flavours: [garnet]}",
                "      - {client: b, await: [$key, x], timeout: 2000, save: {v: 1}}",
                "      - {send: [GET, $key], expect: null, within: 5000}",
                "      - {sleep: 2000}");
        List<Step> s = c.steps();
        Step.Send blpop = (Step.Send) s.get(0);
        assertThat(blpop.async()).isTrue();
        assertThat(blpop.expect()).isNull();
        assertThat(blpop.client()).isEqualTo("b");
        assertThat(blpop.gate().until()).isEqualTo(Version.of(7, 0, 0));
        assertThat(s.get(1)).isEqualTo(new Step.Silence(9, new Gate(Version.of(7, 0, 0), null, Set.of(), Set.of(2, 3), Set.of()), "b", 100));
        assertThat(((Step.Send) s.get(2)).gate().flavours()).containsExactly(Flavour.GARNET);
        Step.Await await = (Step.Await) s.get(3);
        assertThat(await.client()).isEqualTo("b");
        assertThat(await.timeoutMs()).isEqualTo(2000);
        assertThat(await.save()).isEqualTo(new Step.Save("v", 1, null));
        assertThat(await.expect()).isInstanceOf(CollectionMatchers.Array.class);
        Step.Send get = (Step.Send) s.get(4);
        assertThat(get.client()).isEqualTo("a");
        assertThat(get.withinMs()).isEqualTo(5000);
        assertThat(s.get(5)).isEqualTo(new Step.Sleep(13, Gate.ALWAYS, 2000));
    }

    @Test
    void matcherShorthands() {
        assertThat(expect("abc")).isInstanceOf(ScalarMatchers.Bulk.class);
        assertThat(expect("\"1.5\"")).isInstanceOf(ScalarMatchers.Bulk.class);
        assertThat(expect("42")).isEqualTo(new ScalarMatchers.Int(42));
        assertThat(expect("-7")).isEqualTo(new ScalarMatchers.Int(-7));
        assertThat(expect("null")).isEqualTo(new ScalarMatchers.Null(RespNull.Kind.BULK));
        assertThat(expect("[a, 1, [b]]")).isInstanceOf(CollectionMatchers.Array.class);
    }

    @Test
    void typedMatchers() {
        assertThat(expect("{null: array}")).isEqualTo(new ScalarMatchers.Null(RespNull.Kind.ARRAY));
        assertThat(expect("{double: 1.5, tolerance: 0.01, because: computed}")).isEqualTo(new ScalarMatchers.Double(1.5, 0.01));
        assertThat(expect("{double: inf}")).isEqualTo(new ScalarMatchers.Double(Double.POSITIVE_INFINITY, 0));
        assertThat(expect("{double: -inf}")).isEqualTo(new ScalarMatchers.Double(Double.NEGATIVE_INFINITY, 0));
        assertThat(expect("{double: 3}")).isEqualTo(new ScalarMatchers.Double(3, 0));
        assertThat(((ScalarMatchers.Double) expect("{double: nan}")).value()).isNaN();
        assertThat(expect("{bool: true}")).isEqualTo(new ScalarMatchers.Bool(true));
        assertThat(expect("{bignum: \"123456789012345678901234567890\"}")).isInstanceOf(ScalarMatchers.BigNum.class);
        assertThat(expect("{verbatim: hi, format: txt}")).isInstanceOf(ScalarMatchers.Verbatim.class);
        assertThat(expect("{resp2: {map: {f: v}}, resp3: {pairs: [[f, v]]}}")).isInstanceOf(PredicateMatchers.ByProtocol.class);
        assertThat(expect("{len: 3, each: {one_of: [a, b]}}")).isInstanceOf(PredicateMatchers.AllOf.class);
        assertThat(expect("{range: [\"${now+98}\", \"${now+101}\"]}")).isInstanceOf(PredicateMatchers.Range.class);
        assertThat(expect("{type: map}")).isEqualTo(new PredicateMatchers.TypeIs("map"));
        assertThat(((PredicateMatchers.Range) expect("{range: [1, 2]}")).of()).isEqualTo(PredicateMatchers.Range.Of.INTEGER);
        assertThat(((PredicateMatchers.Range) expect("{range: [1, 2.5], of: double}")).of()).isEqualTo(PredicateMatchers.Range.Of.DOUBLE);
        assertThat(((PredicateMatchers.Range) expect("{range: [1, 2], of: bulk}")).of()).isEqualTo(PredicateMatchers.Range.Of.BULK);
    }

    @Test
    void rangesSayWhatTheyAreOverAndTolerancesWhy() {
        assertThatThrownBy(() -> expect("{range: [1, 2.5]}")).hasMessageContaining("write of: double for a double reply");
        assertThatThrownBy(() -> expect("{range: [1, 2], of: text}")).hasMessageContaining("range of takes 'integer'");
        assertThatThrownBy(() -> expect("{len: 2, of: double}")).hasMessage("t.yaml:8: of goes with range");
        assertThatThrownBy(() -> expect("{double: 1.5, tolerance: 0.01}")).hasMessageContaining("a tolerance needs a reason");
        assertThatThrownBy(() -> expect("{double: 1.5, because: x}")).hasMessageContaining("because explains a tolerance");
    }

    @Test
    void matcherValuesAreChecked() {
        assertThatThrownBy(() -> expect("{range: [1]}")).hasMessage("t.yaml:8: range takes [low, high]");
        assertThatThrownBy(() -> expect("{range: [a, 2]}")).hasMessage("t.yaml:8: range low (a range over integers; write of: double for a double reply) must be an integer");
        assertThatThrownBy(() -> expect("{regex: \"(\"}")).hasMessageStartingWith("t.yaml:8: bad regular expression: ");
        assertThatThrownBy(() -> expect("{bignum: 1x}")).hasMessage("t.yaml:8: bignum must be digits");
        assertThatThrownBy(() -> expect("{}")).hasMessage("t.yaml:8: empty matcher {}");
        assertThatThrownBy(() -> expect("{pairs: [[a]]}")).hasMessage("t.yaml:8: a pair is [key, value]");
        assertThatThrownBy(() -> expect("{bulk: null}")).hasMessage("t.yaml:8: expected a text value");
        assertThatThrownBy(() -> expect("{any: false}")).hasMessage("t.yaml:8: any: false checks nothing; remove it");
    }

    @Test
    void duplicateFieldsAreRejected() {
        assertThatThrownBy(() -> parse("command: A\ncommand: B\ncases: []\n"))
                .hasMessage("t.yaml:2: duplicate field 'command' in the file");
    }

    @Test
    void clientsMustBeDistinct() {
        assertThatThrownBy(() -> oneCase("    clients: [a, a]\n", "      - send: [PING]"))
                .hasMessage("t.yaml:6: clients must be distinct names");
    }

    @Test
    void fileSetupMayOnlyUseTheDefaultClient() {
        assertThatThrownBy(() -> parse("setup:\n  - {client: a, send: [PING]}\ncases: []\n"))
                .hasMessage("t.yaml:2: unknown client 'a' (the case declares [main])");
    }

    @Test
    void aFileThatIsNotAMappingIsAnError() {
        assertThatThrownBy(() -> parse("- a\n- b\n")).hasMessage("t.yaml:1: the file must be a mapping");
        assertThatThrownBy(() -> parse("command: X\n")).hasMessage("t.yaml:1: missing 'cases'");
    }
}
