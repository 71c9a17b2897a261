package io.redspec.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Typed, line-aware access to the YAML tree of one file; every complaint becomes a {@link SpecException}. */
final class YamlNodes {
    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    SpecException error(Node at, String reason) {
        return new SpecException(file, line(at), reason);
    }

    /** The entries of a mapping, in order, rejecting duplicate and unknown keys. */
    Map<String, Node> mapping(Node n, String what, Set<String> allowed) {
        if (!(n instanceof MappingNode m)) {
            throw error(n, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(t.getKeyNode(), "keys of " + what + " must be plain words");
            }
            String key = k.getValue();
            if (allowed != null && !allowed.contains(key)) {
                throw error(k, "unknown field '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw error(k, "duplicate field '" + key + "' in " + what);
            }
        }
        return out;
    }

    /** Key nodes of a mapping, for line numbers. */
    static Node keyNode(Node mapping, String key) {
        for (NodeTuple t : ((MappingNode) mapping).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return k;
            }
        }
        return mapping;
    }

    List<Node> sequence(Node n, String what) {
        if (!(n instanceof SequenceNode s)) {
            throw error(n, what + " must be a list");
        }
        return s.getValue();
    }

    String string(Node n, String what) {
        if (!(n instanceof ScalarNode s) || isNull(s)) {
            throw error(n, what + " must be a text value");
        }
        return s.getValue();
    }

    long integer(Node n, String what) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Long.decode(s.getValue().replace("0o", "0"));
            } catch (NumberFormatException e) {
                throw error(n, what + " is out of range: " + s.getValue());
            }
        }
        throw error(n, what + " must be an integer");
    }

    double number(Node n, String what) {
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)
                || s.getScalarStyle() == ScalarStyle.PLAIN)) {
            String v = s.getValue().trim().toLowerCase();
            switch (v) {
                case "inf", "+inf", ".inf", "+.inf": return Double.POSITIVE_INFINITY;
                case "-inf", "-.inf": return Double.NEGATIVE_INFINITY;
                case "nan", ".nan": return Double.NaN;
                default:
                    try {
                        return Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        // fall through
                    }
            }
        }
        throw error(n, what + " must be a number (inf, -inf and nan allowed)");
    }

    boolean bool(Node n, String what) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(s.getValue().toLowerCase());
        }
        throw error(n, what + " must be true or false");
    }

    List<String> strings(Node n, String what) {
        if (n instanceof ScalarNode) {
            return List.of(string(n, what));
        }
        return sequence(n, what).stream().map(x -> string(x, what)).toList();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    static boolean isPlainScalar(Node n) {
        return n instanceof ScalarNode;
    }
}
