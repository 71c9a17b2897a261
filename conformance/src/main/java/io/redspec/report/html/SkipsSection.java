package io.redspec.report.html;

import io.redspec.report.RunSummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Skipped case runs by reason, most first; the cases of each reason folded away. */
final class SkipsSection {
    private SkipsSection() {}

    static void write(RunSummary s, StringBuilder h) {
        if (s.skips().isEmpty()) {
            return;
        }
        Map<String, List<RunSummary.Skip>> byReason = s.skips().stream().collect(Collectors.groupingBy(
                k -> k.reason() == null ? "(no reason given)" : k.reason(), LinkedHashMap::new, Collectors.toList()));
        h.append("<h2 id=skips>Skipped: ").append(s.skips().size()).append(" case runs, ").append(byReason.size())
         .append(" reason").append(byReason.size() == 1 ? "" : "s").append("</h2><table class=skips><tr><th>case runs</th><th>reason</th></tr>");
        byReason.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<RunSummary.Skip>> e) -> e.getValue().size()).reversed())
                .forEach(e -> {
                    h.append("<tr><td class=n>").append(e.getValue().size()).append("</td><td><details><summary>")
                     .append(Html.esc(e.getKey())).append("</summary>");
                    e.getValue().stream().map(k -> k.id() + " [RESP" + k.protocol() + "]").sorted()
                            .forEach(id -> h.append("<div>").append(Html.esc(id)).append("</div>"));
                    h.append("</details></td></tr>");
                });
        h.append("</table>");
    }
}
