package io.redspec.spec;

import io.redspec.match.Matcher;
import io.redspec.match.MatchContext;
import io.redspec.match.ScalarMatchers;
import io.redspec.resp.RespValue.RespNull;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static io.redspec.spec.SpecParserTest.expect;
import static io.redspec.spec.SpecParserTest.oneCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known parser bugs, each a failing test kept disabled until the parser is fixed (then remove
 * {@code @Disabled}). Run them with {@code -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition}.
 */
class ParserBugsTest {

    @Test
    @Disabled("bug: README says `null` or `~` is the null matcher, but SpecParser composes with snakeyaml-engine's"
            + " default JSON schema where `~` is a string, so `expect: ~` expects the bulk string \"~\"")
    void tildeIsTheNullMatcher() {
        assertThat(expect("~")).isEqualTo(new ScalarMatchers.Null(RespNull.Kind.BULK));
    }

    @Test
    @Disabled("bug: a negative tolerance is accepted and makes {double} match nothing, not even the exact value")
    void negativeToleranceIsRejected() {
        assertThatThrownBy(() -> expect("{double: 1.5, tolerance: -0.1}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("tolerance");
    }

    @Test
    @Disabled("bug: a negative len is accepted and can never match")
    void negativeLenIsRejected() {
        assertThatThrownBy(() -> expect("{len: -1}")).isInstanceOf(SpecException.class).hasMessageContaining("len");
    }

    @Test
    @Disabled("bug: len is cast from long to int unchecked: 4294967299 becomes 3")
    void hugeLenIsRejectedNotWrapped() {
        assertThatThrownBy(() -> expect("{len: 4294967299}")).isInstanceOf(SpecException.class);
    }

    @Test
    @Disabled("bug: a negative save index is accepted by the parser and only fails when the case runs")
    void negativeSaveIndexIsRejected() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [LRANGE, $key, 0, -1], save: {first: -1}}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("save");
    }

    @Test
    @Disabled("bug: a range with low > high is accepted and can never match")
    void emptyRangeIsRejected() {
        assertThatThrownBy(() -> expect("{range: [10, 1]}")).isInstanceOf(SpecException.class);
    }

    @Test
    @Disabled("bug: a recursive alias (&a [1, *a]) makes MatcherParser recurse until StackOverflowError, which"
            + " SpecLoader does not catch: a stack trace instead of file:line")
    void recursiveAliasIsAnErrorNotAStackOverflow() {
        assertThatThrownBy(() -> expect("&a [1, *a]")).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("t.yaml:8: ");
    }

    @Test
    @Disabled("bug: save on an async send is accepted, but the async send never reads a reply, so the variable"
            + " is known to the parser and unset when a later step uses it (IllegalStateException at run time)")
    void saveOnAnAsyncSendIsRejected() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [BLPOP, $key, 1], async: true, save: v}",
                "      - {await: {any: true}}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("save");
    }

    @Test
    @Disabled("bug (message): a time offset too large for a long, ${now+99999999999999999999}, is reported as"
            + " 'For input string: \"99999999999999999999\"' (Long.parseLong's NumberFormatException text)")
    void hugeTimeOffsetNamesThePlaceholder() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [SET, $key, \"${now+99999999999999999999}\"]}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("${now+99999999999999999999}");
    }

    /** Shows what the negative tolerance does today (passes): the exact value does not match. */
    @Test
    void negativeToleranceMatchesNothingToday() {
        Matcher m = expect("{double: 1.5, tolerance: -0.1}");
        assertThat(m.mismatch(new io.redspec.resp.RespValue.RespDouble(1.5, "1.5"), new MatchContext(3, new TestBindings())))
                .isNotNull();
    }
}
