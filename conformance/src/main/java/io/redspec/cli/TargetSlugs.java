package io.redspec.cli;

import io.redspec.resp.Endpoint;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sub-directory names for the targets of one run, from the target as typed: {@code embedded:7.0} →
 * {@code embedded-7.0}, {@code redis://u:pw@127.0.0.1:7801} → {@code redis-127.0.0.1-7801} (never
 * the credentials); a repeated target gets {@code -2}, {@code -3}, ….
 */
final class TargetSlugs {
    private final Set<String> used = new HashSet<>();

    String next(String target) {
        String text = Endpoint.redact(target);
        int at = text.lastIndexOf('@');
        int scheme = text.indexOf("://");
        if (scheme >= 0 && at > scheme) {
            text = text.substring(0, scheme + 3) + text.substring(at + 1);
        }
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || slug.startsWith(".")) {
            slug = "target" + slug;
        }
        String name = slug;
        for (int i = 2; !used.add(name); i++) {
            name = slug + "-" + i;
        }
        return name;
    }
}
