package io.redspec.report.html;

import io.redspec.report.RunSummary;

/** Wording differences that --lenient-error-text let through: accepted, still shown. */
final class AcceptedSection {
    private AcceptedSection() {}

    static void write(RunSummary s, StringBuilder h) {
        if (s.accepted().isEmpty()) {
            return;
        }
        h.append("<h2 id=accepted>Accepted with --lenient-error-text: ").append(s.accepted().size())
         .append(" step(s), right error code in other words</h2><table class=accepted><tr><th>case</th><th>command</th>"
                 + "<th>expected</th><th>actual</th></tr>");
        for (RunSummary.Failure f : s.accepted()) {
            h.append("<tr><td>").append(Html.esc(f.id())).append(" [RESP").append(f.protocol()).append("]</td><td>")
             .append(Html.esc(f.command())).append("</td><td><code>").append(Html.esc(f.expected())).append("</code></td><td><code>")
             .append(Html.esc(f.actual())).append("</code></td></tr>");
        }
        h.append("</table>");
    }
}
