package io.redspec.coverage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the {@code --group} values into the groups to report: none given means the defaults, {@code all} every group. */
public final class GroupSelection {
    private GroupSelection() {}

    /** @throws IllegalArgumentException naming the unknown group and the known ones */
    public static List<String> of(List<String> requested, CorpusCoverage corpus) {
        if (requested == null || requested.isEmpty()) {
            return corpus.defaultGroups();
        }
        List<String> known = corpus.allGroups();
        Set<String> out = new LinkedHashSet<>();
        for (String r : requested) {
            String g = r.strip().toLowerCase(Locale.ROOT);
            if (g.equals("all")) {
                out.addAll(known);
            } else if (known.contains(g)) {
                out.add(g);
            } else {
                throw new IllegalArgumentException("unknown group '" + r + "' (groups: all, " + String.join(", ", known) + ")");
            }
        }
        return List.copyOf(out);
    }
}
