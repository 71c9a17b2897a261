package io.redspec.spec;

import io.redspec.match.Matcher;
import io.redspec.match.MatchContext;
import io.redspec.match.ScalarMatchers;
import io.redspec.resp.RespValue.RespNull;
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
    void tildeIsTheNullMatcher() {
        assertThat(expect("~")).isEqualTo(new ScalarMatchers.Null(RespNull.Kind.BULK));
    }

    @Test
    void negativeToleranceIsRejected() {
        assertThatThrownBy(() -> expect("{double: 1.5, tolerance: -0.1}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("tolerance");
    }

    @Test
    void negativeLenIsRejected() {
        assertThatThrownBy(() -> expect("{len: -1}")).isInstanceOf(SpecException.class).hasMessageContaining("len");
    }

    @Test
    void hugeLenIsRejectedNotWrapped() {
        assertThatThrownBy(() -> expect("{len: 4294967299}")).isInstanceOf(SpecException.class);
    }

    @Test
    void negativeSaveIndexIsRejected() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [LRANGE, $key, 0, -1], save: {first: -1}}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("save");
    }

    @Test
    void emptyRangeIsRejected() {
        assertThatThrownBy(() -> expect("{range: [10, 1]}")).isInstanceOf(SpecException.class);
    }

    @Test
    void recursiveAliasIsAnErrorNotAStackOverflow() {
        assertThatThrownBy(() -> expect("&a [1, *a]")).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("t.yaml:8: ");
    }

    @Test
    void saveOnAnAsyncSendIsRejected() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [BLPOP, $key, 1], async: true, save: v}",
                "      - {await: {any: true}}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("save");
    }

    @Test
    void hugeTimeOffsetNamesThePlaceholder() {
        assertThatThrownBy(() -> oneCase("", "      - {send: [SET, $key, \"${now+99999999999999999999}\"]}"))
                .isInstanceOf(SpecException.class).hasMessageContaining("${now+99999999999999999999}");
    }

}
