package io.redspec.schema;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a run's {@link BranchHits} travel from the engine to the report writers: as report-entry
 * facts, text only (JUnit report entries hold strings, and none may be blank).
 */
public final class SchemaFacts {
    public static final String CHECKED = "redspec.schema.checked";
    /** One line per command: {@code ZADD<TAB>/anyOf/0 /anyOf/1}. */
    public static final String BRANCHES = "redspec.schema.branches";
    /** Commands sent that have no reply_schema, comma-separated. */
    public static final String WITHOUT_SCHEMA = "redspec.schema.withoutSchema";
    private static final String NONE = "-";

    private SchemaFacts() {}

    public static Map<String, String> encode(BranchHits hits) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(CHECKED, Long.toString(hits.checkedReplies()));
        StringBuilder b = new StringBuilder();
        hits.taken().forEach((cmd, ptrs) -> b.append(cmd).append('\t').append(String.join(" ", ptrs)).append('\n'));
        out.put(BRANCHES, b.length() == 0 ? NONE : b.toString());
        Set<String> without = hits.withoutSchema();
        out.put(WITHOUT_SCHEMA, without.isEmpty() ? NONE : String.join(",", without));
        return out;
    }

    /** Null when the run published no schema facts (run with {@code --no-schema}). */
    public static Long checked(Map<String, String> facts) {
        String n = facts.get(CHECKED);
        return n == null ? null : Long.parseLong(n);
    }

    public static Map<String, List<String>> branches(Map<String, String> facts) {
        Map<String, List<String>> out = new TreeMap<>();
        String text = facts.getOrDefault(BRANCHES, NONE);
        if (!text.equals(NONE)) {
            text.lines().filter(l -> l.contains("\t")).forEach(l -> {
                int tab = l.indexOf('\t');
                out.put(l.substring(0, tab), List.of(l.substring(tab + 1).split(" ")));
            });
        }
        return out;
    }

    public static List<String> withoutSchema(Map<String, String> facts) {
        String text = facts.getOrDefault(WITHOUT_SCHEMA, NONE);
        return text.equals(NONE) ? List.of() : Arrays.asList(text.split(","));
    }
}
