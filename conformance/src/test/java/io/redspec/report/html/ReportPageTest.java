package io.redspec.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.report.RunSummary;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** report.html from a summary alone: overview first, causes linked, RESP2/RESP3 merged, skips by reason. */
class ReportPageTest {
    static RunSummary.Failure unknown(String id, int protocol) {
        return new RunSummary.Failure(id, "spec/list/linsert.yaml", 10, protocol, "list", "LINSERT", "unknown_command",
                "major", "step", 12, "4 (integer)", "(error) ERR unknown command 'LINSERT'", "msg <" + id + ">", false);
    }

    static RunSummary summary() {
        List<RunSummary.Failure> failures = List.of(unknown("list/linsert:a", 2), unknown("list/linsert:a", 3),
                unknown("list/linsert:b", 2));
        return new RunSummary("redis://127.0.0.1:7801", new RunSummary.Server("redis", "7.2.6", "info"),
                List.of("the server refused HELLO 3: RESP3 cases skipped"), 6, 2, 3, 1, 0, 1500, 0, null,
                List.of(new RunSummary.KindTotal("unknown_command", "unknown command", 3)),
                List.of(new RunSummary.CommandRollup("LINSERT", "unknown_command", "unknown command", 3, 2,
                        List.of("list/linsert:a", "list/linsert:b"))),
                List.of(new RunSummary.CommandTotals("LINSERT", "list", 4, 0, 3, 1),
                        new RunSummary.CommandTotals("GET", "string", 2, 2, 0, 0)),
                List.of(new RunSummary.GroupTotals("list", 2, 3, 0, 2, 1, 0.0), new RunSummary.GroupTotals("list", 3, 1, 0, 1, 0, 0.0),
                        new RunSummary.GroupTotals("string", 2, 1, 1, 0, 0, 100.0), new RunSummary.GroupTotals("string", 3, 1, 1, 0, 0, 100.0)),
                failures, List.of(), List.of(new RunSummary.Skip("list/linsert:c", 2, "needs 7.4.0 (server is 7.2.6)")),
                List.of(), null, null);
    }

    @Test
    void overviewComesFirstWithColouredPassRates() {
        String h = ReportPage.render(summary());
        assertThat(h.indexOf("id=overview")).isLessThan(h.indexOf("id=failing-commands"));
        assertThat(h).contains("class=\"rate r-full\"", "class=\"rate r-few\"", "100% <small>1/1</small>");
        assertThat(h).contains("the server refused HELLO 3: RESP3 cases skipped");
    }

    @Test
    void everyCauseRowLinksToItsSectionAndCasesAreMergedAcrossProtocols() {
        String h = ReportPage.render(summary());
        Set<String> ids = all(h, " id=\"?([a-z0-9-]+)").stream().collect(Collectors.toSet());
        assertThat(all(h, "href=\"#([a-z0-9-]+)\"")).isNotEmpty().allSatisfy(link -> assertThat(ids).contains(link));
        assertThat(h).contains("LINSERT: unknown command → 3 case runs (2 cases)");
        assertThat(h).contains("<b>list/linsert:a</b> <span class=proto>RESP2 · RESP3</span>");
        assertThat(count(h, "<div class=case>")).isEqualTo(2); // three runs, two cases
        assertThat(h).contains("msg &lt;list/linsert:a&gt;").doesNotContain("msg <list");
    }

    @Test
    void skipReasonsAreListedWithTheirCases() {
        String h = ReportPage.render(summary());
        assertThat(h).contains("<summary>needs 7.4.0 (server is 7.2.6)</summary><div>list/linsert:c [RESP2]</div>");
    }

    private static List<String> all(String h, String regex) {
        Matcher m = Pattern.compile(regex).matcher(h);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String h, String s) {
        return h.split(Pattern.quote(s), -1).length - 1;
    }
}
