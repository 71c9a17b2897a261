package io.redspec.match;

import java.util.List;
import org.junit.jupiter.api.Test;

import static io.redspec.match.R.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Known matcher bugs, each a failing test kept disabled until fixed (then remove {@code @Disabled}). */
class MatcherBugsTest {

    @Test
    void oneOfSaysOneOf() {
        Matcher each = new PredicateMatchers.Each(new PredicateMatchers.OneOf(bs("a", "b")));
        assertThat(each.describe(RESP2)).isEqualTo("each element one of [\"a\" (bulk), \"b\" (bulk)]");
        assertThat(new PredicateMatchers.OneOf(bs("a")).mismatch(bulk("z"), RESP2))
                .isEqualTo("expected one of [\"a\" (bulk)], got \"z\" (bulk)");
    }

    @Test
    void verbatimMismatchSaysVerbatimOnce() {
        Matcher m = new ScalarMatchers.Verbatim(t("hi"), "txt");
        assertThat(m.mismatch(bulk("hi"), RESP3)).isEqualTo("expected (verbatim txt) \"hi\", got \"hi\" (bulk)");
    }

}
