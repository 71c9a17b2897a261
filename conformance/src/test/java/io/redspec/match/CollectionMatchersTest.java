package io.redspec.match;

import io.redspec.match.CollectionMatchers.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.redspec.match.R.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Arrays, sets, maps, pairs and pushes: the container type per protocol, order, and multiplicity. */
class CollectionMatchersTest {

    static Matcher arrayOf(String... words) { return new CollectionMatchers.Array(bs(words)); }
    static Matcher unordered(Matcher... ms) { return new CollectionMatchers.Unordered(List.of(ms)); }
    static Matcher setOf(String... words) { return new CollectionMatchers.Set(bs(words)); }
    static Matcher pushOf(String... words) { return new CollectionMatchers.Push(bs(words)); }
    static Entry entry(String k, Matcher v) { return new Entry(b(k), v); }

    @Test
    void arrayIsInOrderAndOnlyAnArray() {
        Matcher m = arrayOf("a", "b");
        acceptsBoth(m, array(bulks("a", "b")));
        rejectsBoth(m, array(bulks("b", "a")), array(bulks("a")), array(bulks("a", "b", "c")),
                set(bulks("a", "b")), push(bulks("a", "b")), NIL_ARRAY, NIL);
        acceptsBoth(new CollectionMatchers.Array(List.of()), array());
        rejectsBoth(new CollectionMatchers.Array(List.of()), NIL_ARRAY, map());
    }

    @Test
    void nestedArraysMatchElementWise() {
        Matcher m = new CollectionMatchers.Array(List.of(b("a"), i(1), arrayOf("b")));
        acceptsBoth(m, array(bulk("a"), integer(1), array(bulk("b"))));
        assertThat(m.mismatch(array(bulk("a"), integer(1), array(simple("b"))), RESP2))
                .isEqualTo("element 3: element 1: expected bulk string \"b\", got b (simple)");
    }

    @Test
    void unorderedIsAMultiset() {
        Matcher aab = unordered(b("a"), b("a"), b("b"));
        acceptsBoth(aab, array(bulks("a", "a", "b")), array(bulks("b", "a", "a")), array(bulks("a", "b", "a")));
        rejectsBoth(aab, array(bulks("a", "b", "b")), array(bulks("a", "b")), array(bulks("a", "a", "b", "b")),
                set(bulks("a", "a", "b")));
    }

    @Test
    void unorderedFindsAnAssignmentAGreedyPairingMisses() {
        // The first expectation could take "a" greedily and leave "b" for nobody; the bipartite matching
        // gives "a" to the second and "b" to the first.
        Matcher m = unordered(new PredicateMatchers.OneOf(bs("a", "b")), b("a"));
        acceptsBoth(m, array(bulks("a", "b")), array(bulks("b", "a")));
        rejectsBoth(m, array(bulks("b", "b")));
        assertThat(m.mismatch(array(bulks("b", "b")), RESP3)).isEqualTo("no element matches \"a\" (bulk)");
    }

    @Test
    void setIsASetUnderResp3AndAnyOrderArrayUnderResp2() {
        Matcher m = setOf("a", "b", "c");
        accepts(m, RESP2, array(bulks("c", "a", "b")));
        rejects(m, RESP2, set(bulks("a", "b", "c")), array(bulks("a", "b")), array(bulks("a", "b", "b")));
        accepts(m, RESP3, set(bulks("b", "c", "a")));
        rejects(m, RESP3, array(bulks("a", "b", "c")), push(bulks("a", "b", "c")), set(bulks("a", "b", "c", "c")));
    }

    @Test
    void setWithRepeatedExpectationsNeedsRepeatedElements() {
        Matcher m = setOf("a", "a");
        accepts(m, RESP3, set(bulks("a", "a")));
        rejects(m, RESP3, set(bulks("a", "b")));
    }

    @Test
    void pushIsAPushUnderResp3AndAnArrayUnderResp2() {
        Matcher m = pushOf("message", "ch", "hi");
        accepts(m, RESP2, array(bulks("message", "ch", "hi")));
        rejects(m, RESP2, push(bulks("message", "ch", "hi")), array(bulks("ch", "message", "hi")));
        accepts(m, RESP3, push(bulks("message", "ch", "hi")));
        rejects(m, RESP3, array(bulks("message", "ch", "hi")), push(bulks("message", "hi", "ch")));
    }

    @Test
    void mapIsAMapUnderResp3AndAFlatArrayUnderResp2() {
        Matcher m = new CollectionMatchers.MapOf(List.of(entry("f1", b("v1")), entry("f2", i(2))));
        accepts(m, RESP2, array(bulk("f1"), bulk("v1"), bulk("f2"), integer(2)),
                array(bulk("f2"), integer(2), bulk("f1"), bulk("v1")));
        rejects(m, RESP2, map(bulk("f1"), bulk("v1"), bulk("f2"), integer(2)),
                array(bulk("f1"), bulk("v1"), bulk("f2")),
                array(bulk("v1"), bulk("f1"), bulk("f2"), integer(2)),
                array(bulk("f1"), bulk("v1"), bulk("f2"), integer(2), bulk("f3"), bulk("v3")),
                array(array(bulk("f1"), bulk("v1")), array(bulk("f2"), integer(2))));
        accepts(m, RESP3, map(bulk("f2"), integer(2), bulk("f1"), bulk("v1")));
        rejects(m, RESP3, array(bulk("f1"), bulk("v1"), bulk("f2"), integer(2)),
                map(bulk("f1"), bulk("v1")), map(bulk("f1"), bulk("v1"), bulk("f2"), bulk("2")));
    }

    @Test
    void mapWithRepeatedActualFieldsDoesNotMatch() {
        Matcher m = new CollectionMatchers.MapOf(List.of(entry("f", b("v"))));
        rejects(m, RESP2, array(bulks("f", "v", "f", "v")));
        rejects(m, RESP3, map(bulk("f"), bulk("v"), bulk("f"), bulk("v")));
    }

    @Test
    void mapMismatchNamesTheEntry() {
        Matcher m = new CollectionMatchers.MapOf(List.of(entry("f", i(1)), entry("g", i(2))));
        assertThat(m.mismatch(map(bulk("f"), integer(1), bulk("g"), integer(3)), RESP3))
                .isEqualTo("entry \"g\" (bulk): expected (integer) 2, got (integer) 3");
        assertThat(m.mismatch(map(bulk("f"), integer(1), bulk("h"), integer(2)), RESP3))
                .isEqualTo("no entry \"g\" (bulk)");
        assertThat(m.mismatch(array(bulks("f", "1", "g")), RESP2))
                .isEqualTo("expected an even number of elements (field/value pairs), got 3");
    }

    @Test
    void pairsAreFlatUnderResp2AndNestedUnderResp3InOrder() {
        Matcher m = new CollectionMatchers.Pairs(List.of(
                new Entry(b("one"), new ScalarMatchers.Double(1, 0)), new Entry(b("two"), new ScalarMatchers.Double(2, 0))));
        accepts(m, RESP2, array(bulks("one", "1", "two", "2")));
        rejects(m, RESP2, array(bulks("two", "2", "one", "1")),
                array(array(bulks("one", "1")), array(bulks("two", "2"))),
                array(bulks("one", "1")));
        accepts(m, RESP3, array(array(bulk("one"), dbl(1)), array(bulk("two"), dbl(2))));
        rejects(m, RESP3, array(bulk("one"), dbl(1), bulk("two"), dbl(2)),
                array(array(bulk("two"), dbl(2)), array(bulk("one"), dbl(1))),
                array(array(bulk("one"), dbl(1), bulk("x")), array(bulk("two"), dbl(2))),
                array(array(bulk("one"), bulk("1")), array(bulk("two"), bulk("2"))),
                map(bulk("one"), dbl(1), bulk("two"), dbl(2)));
        assertThat(m.mismatch(array(bulk("one"), dbl(1), bulk("two"), dbl(2)), RESP3))
                .isEqualTo("expected 2 pairs, got 4 elements");
    }

    @Test
    void describeSaysTheContainerPerProtocol() {
        assertThat(arrayOf("a", "b").describe(RESP2)).isEqualTo("(array) [\"a\" (bulk), \"b\" (bulk)]");
        assertThat(setOf("a").describe(RESP3)).isEqualTo("(set) [\"a\" (bulk)]");
        assertThat(setOf("a").describe(RESP2)).isEqualTo("(array, any order) [\"a\" (bulk)]");
        assertThat(pushOf("a").describe(RESP3)).isEqualTo("(push) [\"a\" (bulk)]");
        assertThat(pushOf("a").describe(RESP2)).isEqualTo("(array) [\"a\" (bulk)]");
        Matcher map = new CollectionMatchers.MapOf(List.of(entry("f", i(1))));
        assertThat(map.describe(RESP3)).isEqualTo("(map) {\"f\" (bulk) => (integer) 1}");
        assertThat(map.describe(RESP2)).isEqualTo("(flat array of pairs, any order) {\"f\" (bulk) => (integer) 1}");
        Matcher pairs = new CollectionMatchers.Pairs(List.of(new Entry(b("m"), new ScalarMatchers.Double(1, 0))));
        assertThat(pairs.describe(RESP3)).isEqualTo("(array of pairs) [[\"m\" (bulk), (double) 1]]");
        assertThat(pairs.describe(RESP2)).isEqualTo("(flat array) [[\"m\" (bulk), \"1\" (bulk, a double's text)]]");
    }
}
