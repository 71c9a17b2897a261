package io.redspec.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Parses the argument list of a {@code send}. Scalars are sent as their source text. */
final class ArgParser {
    private final YamlNodes yaml;
    private final Set<String> variables;
    private final MatcherParser matchers;

    ArgParser(YamlNodes yaml, Set<String> variables, MatcherParser matchers) {
        this.yaml = yaml;
        this.variables = variables;
        this.matchers = matchers;
    }

    List<Arg> args(Node n) {
        List<Node> items = yaml.sequence(n, "send");
        if (items.isEmpty()) {
            throw yaml.error(n, "send needs at least the command name");
        }
        List<Arg> out = new ArrayList<>();
        for (Node item : items) {
            out.add(arg(item));
        }
        return out;
    }

    private Arg arg(Node n) {
        if (n instanceof ScalarNode s) {
            if (YamlNodes.isNull(s) && s.getValue().isEmpty()) {
                throw yaml.error(s, "empty argument: write \"\" for an empty string");
            }
            return new Arg.Text(matchers.template(s.getValue(), s));
        }
        Map<String, Node> f = yaml.mapping(n, "an argument", Set.of("hex", "repeat", "times", "seq", "from", "to"));
        if (f.containsKey("hex") && f.size() == 1) {
            return new Arg.Hex(matchers.hex(f.get("hex")));
        }
        if (f.containsKey("repeat") && f.containsKey("times") && f.size() == 2) {
            long times = yaml.integer(f.get("times"), "times");
            if (times < 0 || times > 10_000_000) {
                throw yaml.error(f.get("times"), "times must be 0..10000000");
            }
            return new Arg.Repeat(matchers.template(f.get("repeat")), (int) times);
        }
        if (f.containsKey("seq") && f.containsKey("from") && f.containsKey("to") && f.size() == 3) {
            Node p = f.get("seq");
            List<Template> patterns = p instanceof ScalarNode
                    ? List.of(matchers.template(p))
                    : yaml.sequence(p, "seq").stream().map(matchers::template).toList();
            long from = yaml.integer(f.get("from"), "from");
            long to = yaml.integer(f.get("to"), "to");
            if (to < from || to - from > 100_000) {
                throw yaml.error(f.get("to"), "seq needs from <= to, at most 100000 steps");
            }
            return new Arg.Seq(patterns, from, to);
        }
        throw yaml.error(n, "an argument is a scalar, {hex: …}, {repeat: …, times: …} or {seq: …, from: …, to: …}");
    }

}
