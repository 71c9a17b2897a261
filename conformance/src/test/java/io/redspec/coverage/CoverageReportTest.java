package io.redspec.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageReportTest {

    private static final CorpusCoverage CORPUS = Fixtures.corpus();

    @Test
    void defaultGroupsAreTheCoreSixPlusDeclaredOnes() {
        // pubsub is declared by a file; connection (PING) is only used along the way
        assertThat(GroupSelection.of(null, CORPUS))
                .containsExactly("string", "list", "hash", "set", "sorted_set", "generic", "pubsub");
    }

    @Test
    void allMeansEveryGroupOfTheMetadata() {
        assertThat(GroupSelection.of(List.of("all"), CORPUS)).contains("connection", "stream", "server").hasSizeGreaterThan(10);
    }

    @Test
    void anUnknownGroupIsAClearError() {
        assertThatThrownBy(() -> GroupSelection.of(List.of("lists"), CORPUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown group 'lists' (groups: all, string, list");
    }

    @Test
    void coreRowOnlyWhenOtherGroupsAreReportedToo() {
        assertThat(CORPUS.report(GroupSelection.of(null, CORPUS)).core()).isPresent();
        assertThat(CORPUS.report(CorpusCoverage.CORE_GROUPS).core()).isEmpty();
    }

    @Test
    void jsonCarriesExactlyTheDocumentedFieldsPerGroupAndInTotal() {
        Map<String, Object> json = CoverageJson.build(CORPUS.report(List.of("list")));
        assertThat(json).containsKeys("files", "cases", "groups", "total", "commands", "unknown_commands", "stale_exclusions");
        @SuppressWarnings("unchecked")
        Map<String, Object> list = (Map<String, Object>) ((Map<String, Object>) json.get("groups")).get("list");
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) json.get("total");
        List<String> fields = List.of("commands_total", "commands_covered", "tokens_total", "tokens_covered",
                "commands_excluded", "tokens_excluded", "cases", "covered", "excluded", "uncovered_commands",
                "excluded_tokens", "uncovered_tokens");
        assertThat(list.keySet()).containsExactlyElementsOf(fields);
        assertThat(total.keySet()).containsExactlyElementsOf(fields);
        assertThat(list.get("commands_total")).isEqualTo(22);
        assertThat(list.get("tokens_total")).isEqualTo(15);
        assertThat(strings(list.get("uncovered_tokens"))).contains("LPOS COUNT", "LPOS MAXLEN").doesNotContain("LPOS RANK");
        assertThat(strings(list.get("uncovered_commands"))).contains("LINSERT", "BRPOP").doesNotContain("LPOS", "BLPOP");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    @Test
    void htmlHasAGroupTableAndARowPerCommand() {
        String html = CoverageHtml.render(CORPUS.report(List.of("list")));
        assertThat(html).startsWith("<!doctype html>").contains("<a href=\"#list\">list</a>")
                .contains("<code>LPOS</code>").contains("COUNT MAXLEN").doesNotContain("<script");
    }
}
