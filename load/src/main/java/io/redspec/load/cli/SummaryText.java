package io.redspec.load.cli;

import java.util.Locale;
import java.util.Map;

/** The few lines printed at the end of a run. */
final class SummaryText {

    private SummaryText() {
    }

    static String of(Map<String, Object> s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "requests %,d (ok %,d, ko %,d)  %,.0f req/s  p50 %.3f ms  p99 %.3f ms  heap peak %.0f MB%n",
                (Long) s.get("requests"), (Long) s.get("ok"), (Long) s.get("ko"), (Double) s.get("rps"),
                (Double) s.get("p50_ms"), (Double) s.get("p99_ms"), (Double) s.get("heap_peak_mb")));
        Map<?, ?> invariants = (Map<?, ?>) s.get("invariants");
        b.append("invariants ").append(invariants.toString().replace("=null", "=unknown"));
        Map<?, ?> figures = (Map<?, ?>) s.get("figures");
        if (!figures.isEmpty()) {
            b.append(System.lineSeparator()).append("figures ").append(figures);
        }
        return b.toString();
    }
}
