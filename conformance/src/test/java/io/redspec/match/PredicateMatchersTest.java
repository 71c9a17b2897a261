package io.redspec.match;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static io.redspec.match.R.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Matchers that check a property of a reply: alternatives, elements, sizes, ranges, patterns, errors. */
class PredicateMatchersTest {

    @Test
    void oneOfNeedsOneAlternative() {
        Matcher m = new PredicateMatchers.OneOf(List.of(b("a"), i(1)));
        acceptsBoth(m, bulk("a"), integer(1));
        rejectsBoth(m, simple("a"), bulk("1"), integer(2));
        assertThat(m.mismatch(bulk("z"), RESP2)).isEqualTo("expected one of [\"a\" (bulk), (integer) 1], got \"z\" (bulk)");
    }

    @Test
    void eachCoversArraysSetsAndPushes() {
        Matcher m = new PredicateMatchers.Each(new PredicateMatchers.Regex(Pattern.compile("^v[0-9]+$")));
        acceptsBoth(m, array(bulks("v1", "v2")), set(bulks("v1")), push(bulks("v3")), array());
        rejectsBoth(m, array(bulks("v1", "x")), bulk("v1"), map(bulk("v1"), bulk("v2")), NIL_ARRAY);
        assertThat(m.mismatch(array(bulks("v1", "x")), RESP3)).startsWith("element 2: ");
    }

    @Test
    void containsNeedsADistinctElementPerExpectation() {
        Matcher m = new PredicateMatchers.Contains(bs("a", "a"));
        acceptsBoth(m, array(bulks("a", "b", "a")), set(bulks("a", "a")));
        rejectsBoth(m, array(bulks("a", "b")), array(), bulk("a"));
        Matcher one = new PredicateMatchers.Contains(bs("b"));
        acceptsBoth(one, array(bulks("a", "b", "c")));
        rejectsBoth(one, array(simple("b")));
    }

    @Test
    void distinctComparesBytesAndWireTypes() {
        Matcher m = new PredicateMatchers.Distinct();
        acceptsBoth(m, array(bulks("a", "b")), array(bulk("a"), simple("a")), array(integer(1), bulk("1")), set(), array());
        rejectsBoth(m, array(bulks("a", "b", "a")), set(integer(1), integer(1)), array(bytes(0, 0xff), bytes(0, 0xff)),
                array(array(bulk("x")), array(bulk("x"))), integer(1));
        assertThat(m.mismatch(array(bulks("a", "a")), RESP2)).isEqualTo("element repeats: \"a\" (bulk)");
    }

    @Test
    void lenCountsElementsEntriesOrBytes() {
        Matcher three = new PredicateMatchers.Len(3);
        acceptsBoth(three, array(bulks("a", "b", "c")), set(bulks("a", "b", "c")), push(bulks("a", "b", "c")),
                map(bulk("a"), integer(1), bulk("b"), integer(2), bulk("c"), integer(3)),
                bulk("abc"), simple("abc"), verbatim("txt", "abc"), bulk("é."));
        rejectsBoth(three, array(bulks("a", "b")), bulk("abcd"), integer(3), NIL_BULK, NIL, error("abc"));
        acceptsBoth(new PredicateMatchers.Len(0), array(), bulk(""), map());
    }

    @Test
    void rangeIsOverIntegerRepliesOnly() {
        Matcher m = new PredicateMatchers.Range(t("1"), t("3"));
        acceptsBoth(m, integer(1), integer(2), integer(3));
        rejectsBoth(m, integer(0), integer(4), dbl(2), bulk("2"), simple("2"), big("2"), NIL_BULK, array(integer(1)));
        Matcher top = new PredicateMatchers.Range(t("9223372036854775806"), t("9223372036854775807"));
        acceptsBoth(top, integer(Long.MAX_VALUE), integer(Long.MAX_VALUE - 1));
        rejectsBoth(top, integer(Long.MAX_VALUE - 2));
        assertThat(m.describe(RESP2)).isEqualTo("(integer) in [1, 3]");
    }

    @Test
    void rangeOfDoublesIsADoubleUnderResp3AndADoublesTextUnderResp2() {
        Matcher m = new PredicateMatchers.Range(t("1"), t("2.5"), PredicateMatchers.Range.Of.DOUBLE);
        accepts(m, RESP3, dbl(1), dbl(2.5));
        rejects(m, RESP3, dbl(2.51), integer(2), bulk("2"));
        accepts(m, RESP2, bulk("1.5"), bulk("2"), bulk("2.5"));
        rejects(m, RESP2, bulk(" 2"), bulk("2.0.0"), bulk("abc"), bulk("nan"), integer(2), dbl(2), simple("2"));
    }

    @Test
    void rangeOfBulkIsABulkStringHoldingAnInteger() {
        Matcher m = new PredicateMatchers.Range(t("10"), t("20"), PredicateMatchers.Range.Of.BULK);
        acceptsBoth(m, bulk("10"), bulk("15"), bulk("20"));
        rejectsBoth(m, bulk("9"), bulk("21"), bulk("15.0"), bulk("015"), bulk(" 15"), bulk("+15"), integer(15), simple("15"));
    }

    @Test
    void rangeBoundsMayHoldPlaceholders() {
        Matcher m = new PredicateMatchers.Range(t("${now+98}"), t("${now+101}"));
        acceptsBoth(m, integer(1_700_000_100));
        rejectsBoth(m, integer(1_700_000_000), integer(1_700_000_102));
        assertThat(m.describe(RESP2)).isEqualTo("(integer) in [1700000098, 1700000101]");
        Matcher infinite = new PredicateMatchers.Range(t("-inf"), t("+inf"));
        acceptsBoth(infinite, integer(Long.MIN_VALUE), integer(Long.MAX_VALUE));
        Matcher infiniteDoubles = new PredicateMatchers.Range(t("-inf"), t("+inf"), PredicateMatchers.Range.Of.DOUBLE);
        accepts(infiniteDoubles, RESP3, dbl(Double.NEGATIVE_INFINITY));
        accepts(infiniteDoubles, RESP2, bulk("inf"));
    }

    @Test
    void regexFindsInSimpleBulkAndVerbatimStringsOnly() {
        Matcher m = new PredicateMatchers.Regex(Pattern.compile("[0-9a-f]{4}"));
        acceptsBoth(m, bulk("xx00ffxx"), simple("beef"), verbatim("txt", "cafe"));
        rejectsBoth(m, bulk("zzzz"), integer(1234), error("ERR beef"), array(bulk("beef")));
        Matcher anchored = new PredicateMatchers.Regex(Pattern.compile("^[0-9]+$"));
        rejectsBoth(anchored, bulk("12a"));
    }

    @Test
    void errorPrefixAndRegexMatchOnlyErrors() {
        Matcher wrongtype = new PredicateMatchers.ErrorPrefix(t("WRONGTYPE"));
        acceptsBoth(wrongtype, error("WRONGTYPE Operation against a key holding the wrong kind of value"),
                new io.redspec.resp.RespValue.RespError("WRONGTYPE blob", true));
        rejectsBoth(wrongtype, error("ERR WRONGTYPE"), simple("WRONGTYPE"), bulk("WRONGTYPE"));
        Matcher range = new PredicateMatchers.ErrorRegex(Pattern.compile("^ERR .*range"));
        acceptsBoth(range, error("ERR value is out of range"));
        rejectsBoth(range, error("WRONGTYPE out of range"), bulk("ERR out of range"));
        assertThat(wrongtype.mismatch(bulk("x"), RESP2)).isEqualTo("expected an error starting with \"WRONGTYPE\", got \"x\" (bulk)");
    }

    @Test
    void typeIsTheWireType() {
        acceptsBoth(new PredicateMatchers.TypeIs("null"), NIL_BULK, NIL_ARRAY, NIL);
        acceptsBoth(new PredicateMatchers.TypeIs("simple"), simple("x"));
        rejectsBoth(new PredicateMatchers.TypeIs("simple"), bulk("x"));
        acceptsBoth(new PredicateMatchers.TypeIs("map"), map());
        rejectsBoth(new PredicateMatchers.TypeIs("map"), array());
        acceptsBoth(new PredicateMatchers.TypeIs("boolean"), bool(false));
        acceptsBoth(new PredicateMatchers.TypeIs("bignum"), big("1"));
        acceptsBoth(new PredicateMatchers.TypeIs("error"), error("ERR"));
        for (String name : PredicateMatchers.TypeIs.NAMES) {
            assertThat(new PredicateMatchers.TypeIs(name).describe(RESP3)).isEqualTo("any " + name);
        }
    }

    @Test
    void notErrorAndAny() {
        acceptsBoth(new PredicateMatchers.NotError(), simple("OK"), NIL, array());
        rejectsBoth(new PredicateMatchers.NotError(), error("ERR x"));
        acceptsBoth(new PredicateMatchers.Any(), error("ERR x"), NIL_ARRAY, push());
    }

    @Test
    void allOfNeedsEveryPart() {
        Matcher m = new PredicateMatchers.AllOf(List.of(new PredicateMatchers.Len(2),
                new PredicateMatchers.Each(new PredicateMatchers.OneOf(bs("a", "b")))));
        acceptsBoth(m, array(bulks("a", "b")), array(bulks("b", "b")));
        rejectsBoth(m, array(bulks("a")), array(bulks("a", "c")));
        assertThat(m.describe(RESP2)).isEqualTo("length 2 and each element one of [\"a\" (bulk), \"b\" (bulk)]");
    }

    @Test
    void byProtocolPicksPerProtocol() {
        Matcher m = new PredicateMatchers.ByProtocol(i(1), new ScalarMatchers.Simple(t("OK")));
        accepts(m, RESP2, integer(1));
        rejects(m, RESP2, simple("OK"));
        accepts(m, RESP3, simple("OK"));
        rejects(m, RESP3, integer(1));
        assertThat(m.describe(RESP2)).isEqualTo("(integer) 1");
        assertThat(m.describe(RESP3)).isEqualTo("OK (simple)");
    }

    @Test
    void describeIsReadable() {
        assertThat(new PredicateMatchers.Contains(bs("a")).describe(RESP2)).isEqualTo("containing [\"a\" (bulk)]");
        assertThat(new PredicateMatchers.Distinct().describe(RESP2)).isEqualTo("distinct elements");
        assertThat(new PredicateMatchers.Regex(Pattern.compile("^a")).describe(RESP2)).isEqualTo("a string matching /^a/");
        assertThat(new PredicateMatchers.ErrorPrefix(t("ERR")).describe(RESP2)).isEqualTo("(error) ERR…");
        assertThat(new PredicateMatchers.ErrorRegex(Pattern.compile("^ERR")).describe(RESP2)).isEqualTo("(error) /^ERR/");
        assertThat(new PredicateMatchers.NotError().describe(RESP2)).isEqualTo("any reply but an error");
        assertThat(new PredicateMatchers.Any().describe(RESP2)).isEqualTo("anything");
        assertThat(new PredicateMatchers.Len(2).mismatch(array(bulks("a")), RESP2))
                .isEqualTo("expected length 2, got length 1: [\"a\" (bulk)]");
    }
}
