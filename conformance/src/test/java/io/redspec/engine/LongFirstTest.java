package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.SpecParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases that wait are handed out first; the others keep their file order. */
class LongFirstTest {

    private static SpecFile parse(String name, String cases) {
        return new SpecParser().parse("cases:\n" + cases, Path.of(name + ".yaml"), name + ".yaml", name);
    }

    private static String plain(String id) {
        return "  - {id: " + id + ", name: n, behaviour: b, steps: [{send: [PING], expect: {simple: PONG}}]}\n";
    }

    @Test
    void waitingCasesComeFirstLongestFirstOthersInFileOrder() {
        SpecFile f = parse("f", plain("a")
                + "  - {id: sleeps, name: n, behaviour: b, steps: [{sleep: 300}, {send: [PING], expect: {simple: PONG}}]}\n"
                + plain("b")
                + "  - {id: within, name: n, behaviour: b, steps: [{send: [PING], expect: {simple: PONG}, within: 2000}]}\n"
                + plain("c"));
        assertThat(LongFirst.cases(f).stream().map(SpecCase::id)).containsExactly("within", "sleeps", "a", "b", "c");
    }

    @Test
    void theFileWithTheLongestWaitGoesFirst() {
        SpecFile quick = parse("quick", plain("a"));
        SpecFile slow = parse("slow", plain("a")
                + "  - {id: sleeps, name: n, behaviour: b, steps: [{sleep: 300}, {send: [PING], expect: {simple: PONG}}]}\n");
        SpecFile quick2 = parse("quick2", plain("a"));
        assertThat(LongFirst.files(List.of(quick, slow, quick2)).stream().map(SpecFile::name))
                .containsExactly("slow", "quick", "quick2");
    }
}
