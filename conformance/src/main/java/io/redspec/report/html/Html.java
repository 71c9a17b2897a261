package io.redspec.report.html;

import java.util.Locale;

/** Escaping, anchors and the pass-rate colour scale shared by every HTML report. */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A stable element id from any text: only [a-z0-9-]. */
    public static String anchor(String prefix, String text) {
        String a = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + a;
    }

    /** CSS class of a pass rate: full, most, some or few cases passing; none when nothing ran. */
    public static String rateClass(Double percent) {
        if (percent == null) {
            return "r-none";
        }
        if (percent >= 100.0) return "r-full";
        if (percent >= 90.0) return "r-most";
        if (percent >= 50.0) return "r-some";
        return "r-few";
    }

    public static String percent(Double percent) {
        return percent == null ? "—" : (percent == Math.floor(percent) ? String.valueOf(percent.intValue()) : String.valueOf(percent)) + "%";
    }

    /** Colours of {@link #rateClass}, for every page's style sheet. */
    public static final String RATE_CSS = ".r-full{background:#c7efcf}.r-most{background:#e9f5c0}.r-some{background:#ffe3b3}"
            + ".r-few{background:#ffc9c9}.r-none{background:#eee;color:#777}";
}
