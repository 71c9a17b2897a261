package io.redspec.spec;

import io.redspec.match.CollectionMatchers;
import io.redspec.match.Matcher;
import io.redspec.match.PredicateMatchers;
import io.redspec.match.ScalarMatchers;
import io.redspec.resp.RespValue.RespNull;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Turns the YAML of an {@code expect}/{@code await} into a {@link Matcher} (vocabulary in spec/README.md). */
final class MatcherParser {

    /** Keys that are modifiers of another matcher rather than matchers of their own. */
    private static final Set<String> MODIFIERS = Set.of("tolerance", "because", "format", "of");
    static final Set<String> NAMES = new TreeSet<>(List.of("simple", "bulk", "hex", "verbatim", "int", "double",
            "bignum", "bool", "null", "array", "unordered", "set", "map", "pairs", "push", "error", "error_regex",
            "resp2", "resp3", "type", "range", "len", "regex", "one_of", "each", "contains", "distinct",
            "not_error", "any", "tolerance", "because", "format", "of"));

    private final YamlNodes yaml;
    private final Set<String> variables;

    MatcherParser(YamlNodes yaml, Set<String> variables) {
        this.yaml = yaml;
        this.variables = variables;
    }

    Matcher parse(Node n) {
        if (n instanceof ScalarNode s) {
            return scalar(s);
        }
        if (n instanceof SequenceNode) {
            return new CollectionMatchers.Array(list(n, "an array matcher"));
        }
        return typed((MappingNode) n);
    }

    private Matcher scalar(ScalarNode s) {
        Tag tag = s.getTag();
        if (tag.equals(Tag.NULL) || (s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN && s.getValue().equals("~"))) {
            return new ScalarMatchers.Null(RespNull.Kind.BULK);
        }
        if (tag.equals(Tag.INT)) {
            return new ScalarMatchers.Int(yaml.integer(s, "an integer matcher"));
        }
        if (tag.equals(Tag.FLOAT)) {
            throw yaml.error(s, "a plain number with a fraction is ambiguous: write {double: " + s.getValue()
                    + "} or quote it for a bulk string");
        }
        if (tag.equals(Tag.BOOL)) {
            throw yaml.error(s, "a plain boolean is ambiguous: write {bool: " + s.getValue()
                    + "} or quote it for a bulk string");
        }
        return new ScalarMatchers.Bulk(template(s));
    }

    private Matcher typed(MappingNode m) {
        Map<String, Node> fields = yaml.mapping(m, "a matcher", null);
        if (fields.isEmpty()) {
            throw yaml.error(m, "empty matcher {}");
        }
        for (String k : fields.keySet()) {
            if (!NAMES.contains(k)) {
                throw yaml.error(YamlNodes.keyNode(m, k), "unknown matcher '" + k + "' (known: "
                        + String.join(", ", NAMES) + ")");
            }
        }
        if (fields.containsKey("resp2") != fields.containsKey("resp3")) {
            throw yaml.error(m, "resp2 and resp3 go together: give both");
        }
        if (fields.containsKey("tolerance") && !fields.containsKey("double")) {
            throw yaml.error(YamlNodes.keyNode(m, "tolerance"), "tolerance goes with double");
        }
        if (fields.containsKey("tolerance") && !fields.containsKey("because")) {
            throw yaml.error(YamlNodes.keyNode(m, "tolerance"), "a tolerance needs a reason: add because: \"…\" "
                    + "(why the value is computed rather than exact)");
        }
        if (fields.containsKey("because") && !fields.containsKey("tolerance")) {
            throw yaml.error(YamlNodes.keyNode(m, "because"), "because explains a tolerance: it goes with tolerance");
        }
        if (fields.containsKey("of") && !fields.containsKey("range")) {
            throw yaml.error(YamlNodes.keyNode(m, "of"), "of goes with range");
        }
        if (fields.containsKey("format") && !fields.containsKey("verbatim")) {
            throw yaml.error(YamlNodes.keyNode(m, "format"), "format goes with verbatim");
        }
        List<Matcher> all = new ArrayList<>();
        if (fields.containsKey("resp2")) {
            all.add(new PredicateMatchers.ByProtocol(parse(fields.get("resp2")), parse(fields.get("resp3"))));
        }
        for (Map.Entry<String, Node> f : fields.entrySet()) {
            if (!MODIFIERS.contains(f.getKey()) && !f.getKey().startsWith("resp")) {
                all.add(one(f.getKey(), f.getValue(), fields));
            }
        }
        return all.size() == 1 ? all.get(0) : new PredicateMatchers.AllOf(List.copyOf(all));
    }

    private Matcher one(String name, Node v, Map<String, Node> fields) {
        return switch (name) {
            case "simple" -> new ScalarMatchers.Simple(template(v));
            case "bulk" -> new ScalarMatchers.Bulk(template(v));
            case "hex" -> new ScalarMatchers.Hex(hex(v));
            case "verbatim" -> new ScalarMatchers.Verbatim(template(v),
                    fields.containsKey("format") ? yaml.string(fields.get("format"), "format") : null);
            case "int" -> new ScalarMatchers.Int(yaml.integer(v, "int"));
            case "double" -> new ScalarMatchers.Double(yaml.number(v, "double"), tolerance(fields.get("tolerance")));
            case "bignum" -> {
                try {
                    yield new ScalarMatchers.BigNum(new BigInteger(yaml.string(v, "bignum")));
                } catch (NumberFormatException e) {
                    throw yaml.error(v, "bignum must be digits");
                }
            }
            case "bool" -> new ScalarMatchers.Bool(yaml.bool(v, "bool"));
            case "null" -> nullMatcher(v);
            case "array" -> new CollectionMatchers.Array(list(v, "array"));
            case "unordered" -> new CollectionMatchers.Unordered(list(v, "unordered"));
            case "set" -> new CollectionMatchers.Set(list(v, "set"));
            case "push" -> new CollectionMatchers.Push(list(v, "push"));
            case "map" -> new CollectionMatchers.MapOf(entries(v));
            case "pairs" -> new CollectionMatchers.Pairs(pairs(v));
            case "error" -> new PredicateMatchers.ErrorPrefix(template(v));
            case "error_regex" -> new PredicateMatchers.ErrorRegex(regex(v));
            case "type" -> {
                String t = yaml.string(v, "type");
                if (!PredicateMatchers.TypeIs.NAMES.contains(t)) {
                    throw yaml.error(v, "unknown type '" + t + "' (known: " + String.join(", ", PredicateMatchers.TypeIs.NAMES) + ")");
                }
                yield new PredicateMatchers.TypeIs(t);
            }
            case "range" -> {
                List<Node> lohi = yaml.sequence(v, "range");
                if (lohi.size() != 2) {
                    throw yaml.error(v, "range takes [low, high]");
                }
                PredicateMatchers.Range.Of of = rangeOf(fields.get("of"));
                Template lo = bound(lohi.get(0), "range low", of);
                Template hi = bound(lohi.get(1), "range high", of);
                if (!lo.source().contains("$") && !hi.source().contains("$")
                        && yaml.number(lohi.get(0), "range low") > yaml.number(lohi.get(1), "range high")) {
                    throw yaml.error(v, "range [low, high] needs low <= high");
                }
                yield new PredicateMatchers.Range(lo, hi, of);
            }
            case "len" -> {
                long n = yaml.integer(v, "len");
                if (n < 0 || n > Integer.MAX_VALUE) {
                    throw yaml.error(v, "len must be 0.." + Integer.MAX_VALUE + ", got " + n);
                }
                yield new PredicateMatchers.Len((int) n);
            }
            case "regex" -> new PredicateMatchers.Regex(regex(v));
            case "one_of" -> new PredicateMatchers.OneOf(list(v, "one_of"));
            case "each" -> new PredicateMatchers.Each(parse(v));
            case "contains" -> new PredicateMatchers.Contains(list(v, "contains"));
            case "distinct" -> flag(v, "distinct", new PredicateMatchers.Distinct());
            case "not_error" -> flag(v, "not_error", new PredicateMatchers.NotError());
            case "any" -> flag(v, "any", new PredicateMatchers.Any());
            default -> throw yaml.error(v, "unknown matcher '" + name + "'");
        };
    }

    /** {@code of: integer} (the default), {@code of: double} or {@code of: bulk}. */
    private PredicateMatchers.Range.Of rangeOf(Node n) {
        if (n == null) {
            return PredicateMatchers.Range.Of.INTEGER;
        }
        String of = yaml.string(n, "of");
        return switch (of) {
            case "integer" -> PredicateMatchers.Range.Of.INTEGER;
            case "double" -> PredicateMatchers.Range.Of.DOUBLE;
            case "bulk" -> PredicateMatchers.Range.Of.BULK;
            default -> throw yaml.error(n, "range of takes 'integer' (the default), 'double' or 'bulk', not '" + of + "'");
        };
    }

    private double tolerance(Node n) {
        if (n == null) {
            return 0;
        }
        double t = yaml.number(n, "tolerance");
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw yaml.error(n, "tolerance must be a finite number >= 0");
        }
        return t;
    }

    /** A range bound: a number, or a text with placeholders that renders to one. */
    private Template bound(Node n, String what, PredicateMatchers.Range.Of of) {
        Template t = template(n);
        if (t.keyNames().isEmpty() && !t.source().contains("$")) {
            if (of == PredicateMatchers.Range.Of.DOUBLE) {
                yaml.number(n, what);
            } else {
                yaml.integer(n, what + " (a range over integers; write of: double for a double reply)");
            }
        }
        return t;
    }

    private Matcher flag(Node v, String name, Matcher m) {
        if (!yaml.bool(v, name)) {
            throw yaml.error(v, name + ": false checks nothing; remove it");
        }
        return m;
    }

    private Matcher nullMatcher(Node v) {
        String kind = yaml.string(v, "null");
        return switch (kind) {
            case "bulk" -> new ScalarMatchers.Null(RespNull.Kind.BULK);
            case "array" -> new ScalarMatchers.Null(RespNull.Kind.ARRAY);
            default -> throw yaml.error(v, "null takes 'bulk' (RESP2 $-1) or 'array' (RESP2 *-1)");
        };
    }

    private List<Matcher> list(Node v, String what) {
        return yaml.sequence(v, what).stream().map(this::parse).toList();
    }

    private List<CollectionMatchers.Entry> entries(Node v) {
        Map<String, Node> fields = yaml.mapping(v, "map", null);
        List<CollectionMatchers.Entry> out = new ArrayList<>();
        for (Map.Entry<String, Node> f : fields.entrySet()) {
            Node keyNode = YamlNodes.keyNode(v, f.getKey());
            out.add(new CollectionMatchers.Entry(new ScalarMatchers.Bulk(template(f.getKey(), keyNode)), parse(f.getValue())));
        }
        return out;
    }

    private List<CollectionMatchers.Entry> pairs(Node v) {
        List<CollectionMatchers.Entry> out = new ArrayList<>();
        for (Node p : yaml.sequence(v, "pairs")) {
            List<Node> kv = yaml.sequence(p, "a pair");
            if (kv.size() != 2) {
                throw yaml.error(p, "a pair is [key, value]");
            }
            out.add(new CollectionMatchers.Entry(parse(kv.get(0)), parse(kv.get(1))));
        }
        return out;
    }

    private Pattern regex(Node v) {
        String r = yaml.string(v, "regex");
        try {
            return Pattern.compile(r);
        } catch (PatternSyntaxException e) {
            throw yaml.error(v, "bad regular expression: " + e.getDescription());
        }
    }

    byte[] hex(Node v) {
        String h = yaml.string(v, "hex").replace(" ", "");
        try {
            return HexFormat.of().parseHex(h);
        } catch (IllegalArgumentException e) {
            throw yaml.error(v, "hex must be pairs of hex digits: " + h);
        }
    }

    Template template(Node v) {
        if (v instanceof ScalarNode s && !YamlNodes.isNull(s)) {
            return template(s.getValue(), v);
        }
        throw yaml.error(v, "expected a text value");
    }

    Template template(String text, Node at) {
        try {
            return Template.parse(text, variables);
        } catch (IllegalArgumentException e) {
            throw yaml.error(at, e.getMessage());
        }
    }
}
