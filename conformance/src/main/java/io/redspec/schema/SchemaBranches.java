package io.redspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The {@code oneOf}/{@code anyOf} branches of a reply schema, named by their JSON pointer in the
 * schema ({@code /anyOf/3}, {@code /items/oneOf/0}), and which of them a reply takes. A branch is
 * taken when the part of the reply it applies to is valid against it; branches of the same shape
 * (ZADD's two integer ones) are taken together, since a reply's shape cannot tell them apart; an
 * integer reply does not take a {@code number} branch beside an {@code integer} one.
 */
public final class SchemaBranches {

    /** One branch: where it is in the schema and what the metadata says it means. */
    public record Branch(String pointer, String description) {}

    private SchemaBranches() {}

    public static List<Branch> of(JsonNode schema) {
        List<Branch> out = new ArrayList<>();
        list(schema, "", out);
        return out;
    }

    private static void list(JsonNode s, String at, List<Branch> out) {
        if (s == null || !s.isObject()) {
            return;
        }
        for (String k : List.of("oneOf", "anyOf")) {
            JsonNode bs = s.get(k);
            for (int i = 0; bs != null && i < bs.size(); i++) {
                out.add(new Branch(at + "/" + k + "/" + i, bs.get(i).path("description").asText("")));
                list(bs.get(i), at + "/" + k + "/" + i, out);
            }
        }
        children(s, at, (child, ptr) -> {
            list(child, ptr, out);
            return true;
        });
    }

    /**
     * Adds to {@code taken} the pointer of every branch the reply takes. {@code valid} tells whether
     * a JSON value is valid against the branch schema at a pointer.
     */
    public static void taken(JsonNode s, String at, JsonNode value, BiPredicate<String, JsonNode> valid, Set<String> taken) {
        if (s == null || !s.isObject()) {
            return;
        }
        for (String k : List.of("oneOf", "anyOf")) {
            JsonNode bs = s.get(k);
            List<Integer> fit = new ArrayList<>();
            for (int i = 0; bs != null && i < bs.size(); i++) {
                if (valid.test(at + "/" + k + "/" + i, value)) {
                    fit.add(i);
                }
            }
            // an integer reply fits a "number" branch too (JSON Schema), but RESP3 tells them apart:
            // ZADD's integer replies do not take its double (INCR) branch
            if (value.isIntegralNumber() && fit.stream().anyMatch(i -> type(bs.get(i)).equals("integer"))) {
                fit.removeIf(i -> type(bs.get(i)).equals("number"));
            }
            for (int i : fit) {
                String ptr = at + "/" + k + "/" + i;
                taken.add(ptr);
                taken(bs.get(i), ptr, value, valid, taken);
            }
        }
        JsonNode all = s.get("allOf");
        for (int i = 0; all != null && i < all.size(); i++) {
            taken(all.get(i), at + "/allOf/" + i, value, valid, taken);
        }
        if (value.isArray()) {
            JsonNode items = s.get("items");
            JsonNode more = s.get("additionalItems");
            for (int j = 0; j < value.size(); j++) {
                if (items != null && items.isArray()) {
                    if (j < items.size()) {
                        taken(items.get(j), at + "/items/" + j, value.get(j), valid, taken);
                    } else {
                        taken(more, at + "/additionalItems", value.get(j), valid, taken);
                    }
                } else {
                    taken(items, at + "/items", value.get(j), valid, taken);
                }
            }
        } else if (value.isObject()) {
            JsonNode props = s.path("properties");
            JsonNode patterns = s.path("patternProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                boolean named = props.has(f.getKey());
                if (named) {
                    taken(props.get(f.getKey()), at + "/properties/" + escape(f.getKey()), f.getValue(), valid, taken);
                }
                for (Iterator<String> ps = patterns.fieldNames(); ps.hasNext(); ) {
                    String p = ps.next();
                    if (Pattern.compile(p).matcher(f.getKey()).find()) {
                        named = true;
                        taken(patterns.get(p), at + "/patternProperties/" + escape(p), f.getValue(), valid, taken);
                    }
                }
                if (!named) {
                    taken(s.get("additionalProperties"), at + "/additionalProperties", f.getValue(), valid, taken);
                }
            }
        }
    }

    /** Every sub-schema under {@code s} that is not a branch: items, properties, allOf. */
    private static void children(JsonNode s, String at, BiPredicate<JsonNode, String> visit) {
        JsonNode items = s.get("items");
        if (items != null && items.isArray()) {
            for (int j = 0; j < items.size(); j++) {
                visit.test(items.get(j), at + "/items/" + j);
            }
        } else if (items != null) {
            visit.test(items, at + "/items");
        }
        for (String k : List.of("additionalItems", "additionalProperties")) {
            if (s.has(k)) {
                visit.test(s.get(k), at + "/" + k);
            }
        }
        for (String k : List.of("properties", "patternProperties")) {
            s.path(k).fields().forEachRemaining(e -> visit.test(e.getValue(), at + "/" + k + "/" + escape(e.getKey())));
        }
        JsonNode all = s.get("allOf");
        for (int i = 0; all != null && i < all.size(); i++) {
            visit.test(all.get(i), at + "/allOf/" + i);
        }
    }

    private static String type(JsonNode branch) {
        return branch.path("type").asText("");
    }

    /** JSON pointer escaping (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
